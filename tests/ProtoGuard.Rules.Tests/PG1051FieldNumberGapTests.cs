namespace ProtoGuard.Rules.Tests;

public sealed class PG1051FieldNumberGapTests
{
    private const string Id = "PG1051";

    [Fact]
    public void Fires_at_the_message_naming_each_unreserved_gap_below_the_highest_number()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            message [|User|] {
              string id = 1;
              string email = 3;
              string phone = 7;
              reserved 5;
              reserved "fax";
            }
            """,
            [["User", "2, 4, 6", "reserved 2, 4, 6;"]]);
    }

    [Fact]
    public void Reports_ranges_and_nested_messages_on_their_own()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            message Outer {
              string id = 1;
              message [|Inner|] {
                string a = 1;
                string b = 10;
              }
              Inner inner = 2;
            }
            """,
            [["Inner", "2-9", "reserved 2 to 9;"]]);
    }

    [Fact]
    public void Silent_when_numbers_are_contiguous_reserved_or_in_extension_ranges()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            message User {
              string id = 1;
              reserved 2 to 4;
              reserved "email", "phone", "fax";
              string name = 5;
              oneof contact {
                string slack_id = 6;
                string team_id = 7;
              }
              map<string, string> labels = 8;
            }
            message Empty {}
            """));
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto2";
            package acme.v1;
            message Extensible {
              optional string id = 1;
              extensions 2 to 99;
              optional string late = 100;
            }
            """));
    }

    [Fact]
    public void The_implementation_range_19000_to_19999_is_never_a_gap()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            message [|Wide|] {
              string id = 1;
              reserved 2 to 18999;
              reserved "old";
              string far = 20001;
            }
            """,
            [["Wide", "20000", "reserved 20000;"]]);
    }

    [Fact]
    public void Is_Info_by_default()
    {
        var finding = Assert.Single(RuleTestHarness.LintRule(Id, "syntax = \"proto3\";\nmessage M { string a = 1; string c = 3; }\n"));
        Assert.Equal(Catalog.RuleSeverity.Info, finding.Severity);
    }
}
