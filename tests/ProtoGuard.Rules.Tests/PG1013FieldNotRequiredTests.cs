namespace ProtoGuard.Rules.Tests;

public sealed class PG1013FieldNotRequiredTests
{
    private const string Id = "PG1013";

    [Fact]
    public void Fires_on_a_proto2_required_field()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto2";
            package acme.v1;
            message User { required string [|id|] = 1; }
            """,
            [["id"]]);
    }

    [Fact]
    public void Fires_on_an_editions_legacy_required_field()
    {
        RuleTestHarness.Verify(Id, """
            edition = "2023";
            package acme.v1;
            message User { string [|id|] = 1 [features.field_presence = LEGACY_REQUIRED]; }
            """,
            [["id"]]);
    }

    [Fact]
    public void Silent_on_optional_fields()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto2";
            package acme.v1;
            message User { optional string id = 1; }
            """, null));
    }
}
