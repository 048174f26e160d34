namespace ProtoGuard.Rules.Tests;

public sealed class PG1016MessagePascalCaseTests
{
    private const string Id = "PG1016";

    [Fact]
    public void Fires_on_a_message_that_is_not_PascalCase()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            message [|user_profile|] {}
            """,
            [["user_profile", "UserProfile"]]);
    }

    [Fact]
    public void Silent_on_PascalCase_messages()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            message UserProfile { message Inner {} }
            """, null));
    }

    [Fact]
    public void Fix_renames_the_message_and_every_use_in_the_file_and_relints_clean()
    {
        var fixedText = RuleTestHarness.ApplyFix(Id, """
            syntax = "proto3";
            package acme.v1;

            // A profile.
            message user_profile {
              message Address { string city = 1; }
              string id = 1; // the id
            }

            message Account {
              user_profile profile = 1;
              acme.v1.user_profile.Address home = 2;
              map<string, .acme.v1.user_profile> by_id = 3;
              repeated user_profile.Address others = 4;
            }

            service AccountService {
              rpc GetProfile(Account) returns (user_profile);
            }
            """);

        Assert.Equal("""
            syntax = "proto3";
            package acme.v1;

            // A profile.
            message UserProfile {
              message Address { string city = 1; }
              string id = 1; // the id
            }

            message Account {
              UserProfile profile = 1;
              acme.v1.UserProfile.Address home = 2;
              map<string, .acme.v1.UserProfile> by_id = 3;
              repeated UserProfile.Address others = 4;
            }

            service AccountService {
              rpc GetProfile(Account) returns (UserProfile);
            }
            """, fixedText);
        Assert.DoesNotContain(RuleTestHarness.Lint(fixedText), f => f.Rule.Id == Id || f.Rule.Id.StartsWith("PG0", StringComparison.Ordinal));
        Assert.Equal("Rename 'user_profile' to 'UserProfile' and its uses in this file (changes the generated code and the type's full name)", RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            message user_profile {}
            """).Single().Fix!.Title);
    }

    [Fact]
    public void No_fix_when_another_file_uses_the_message()
    {
        var findings = RuleTestHarness.LintFiles(new Dictionary<string, string>
        {
            ["a.proto"] = "syntax = \"proto3\";\npackage acme.v1;\nmessage user_profile {}\n",
            ["b.proto"] = "syntax = \"proto3\";\npackage acme.v1;\nimport \"a.proto\";\nmessage Account { user_profile profile = 1; }\n",
        })["a.proto"];

        var finding = Assert.Single(findings, f => f.Rule.Id == Id);
        Assert.Null(finding.Fix);
    }
}
