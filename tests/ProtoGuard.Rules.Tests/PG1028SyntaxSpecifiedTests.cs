namespace ProtoGuard.Rules.Tests;

public sealed class PG1028SyntaxSpecifiedTests
{
    private const string Id = "PG1028";

    [Fact]
    public void Fires_at_the_start_of_a_file_without_syntax()
    {
        RuleTestHarness.Verify(Id, """
            [||]package acme.v1;
            message M {}
            """,
            [[]]);
    }

    [Fact]
    public void Silent_with_syntax_or_edition()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            edition = "2023";
            package acme.v1;
            """, null));
    }
}
