namespace ProtoGuard.Rules.Tests;

public sealed class PG1017OneofLowerSnakeCaseTests
{
    private const string Id = "PG1017";

    [Fact]
    public void Fires_on_a_oneof_that_is_not_lower_snake_case()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            message M { oneof [|PaymentMethod|] { string card = 1; } }
            """,
            [["PaymentMethod", "payment_method"]]);
    }

    [Fact]
    public void Silent_on_lower_snake_case_oneofs_and_proto3_optional()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            message M { oneof payment_method { string card = 1; } optional string note = 2; }
            """, null));
    }

    [Fact]
    public void Fix_renames_the_oneof()
    {
        var fixedText = RuleTestHarness.ApplyFix(Id, """
            syntax = "proto3";
            package acme.v1;
            message M { oneof PaymentMethod { string card = 1; } }
            """);

        Assert.Equal("""
            syntax = "proto3";
            package acme.v1;
            message M { oneof payment_method { string card = 1; } }
            """, fixedText);
        Assert.Empty(RuleTestHarness.LintRule(Id, fixedText));
    }
}
