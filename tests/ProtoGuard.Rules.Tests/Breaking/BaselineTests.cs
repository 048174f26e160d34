using ProtoGuard.Rules.Breaking;
using ProtoGuard.Rules.Breaking.Baseline;

namespace ProtoGuard.Rules.Tests.Breaking;

/// <summary>The baseline file holds everything every rule compares, is deterministic, and reports bad lines.</summary>
public sealed class BaselineTests
{
    public static TheoryData<string> CaseNames() =>
        new(Directory.EnumerateDirectories(BreakingTestSupport.CasesRoot).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    /// <summary>
    /// For every conformance case, checking against the 'before' side read back from its baseline gives exactly the
    /// findings of checking against the compiled 'before' side, in every category: no rule loses data.
    /// </summary>
    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Checking_against_the_baseline_equals_checking_against_the_sources(string name)
    {
        var directory = Path.Combine(BreakingTestSupport.CasesRoot, name);
        var before = BreakingTestSupport.Shape(Path.Combine(directory, "before"));
        var after = BreakingTestSupport.Shape(Path.Combine(directory, "after"));
        var text = BaselineWriter.Write(before);
        var read = BaselineReader.Read(text);
        Assert.Empty(read.Errors);
        Assert.Equal(text, BaselineWriter.Write(read.Schema!));

        foreach (var category in BreakingCategory.All)
        {
            var expected = BreakingChecker.Check(before, after, category).Select(finding => finding.ToString()).ToArray();
            var actual = BreakingChecker.Check(read.Schema!, after, category).Select(finding => finding.ToString()).ToArray();
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void The_baseline_is_one_sorted_line_per_element()
    {
        var schema = BreakingTestSupport.ShapeOf("""
            syntax = "proto3";
            package acme.v1;
            option csharp_namespace = "Acme.V1";
            message User {
              reserved 4;
              reserved "email";
              string id = 1;
              optional string display_name = 2 [json_name = "name"];
              map<string, string> labels = 3;
            }
            enum Role {
              ROLE_UNSPECIFIED = 0;
              ROLE_ADMIN = 1;
            }
            service Users {
              rpc Watch(User) returns (stream User);
            }
            """, "acme/v1/user.proto");

        var text = BaselineWriter.Write(schema);

        Assert.Equal(
            BaselineFormat.Header + "\n" + """
            acme.v1.Role enum file=acme/v1/user.proto
            acme.v1.Role=0 value name=ROLE_UNSPECIFIED
            acme.v1.Role=1 value name=ROLE_ADMIN
            acme.v1.User message file=acme/v1/user.proto reserved=4 reserved_names=email synthetic_oneofs=_display_name
            acme.v1.User#1 field name=id kind=string cardinality=implicit json_name=id
            acme.v1.User#2 field name=display_name kind=string cardinality=explicit json_name=name
            acme.v1.User#3 field name=labels kind=message type=acme.v1.User.LabelsEntry cardinality=map json_name=labels
            acme.v1.User.LabelsEntry message file=acme/v1/user.proto map_entry=true
            acme.v1.User.LabelsEntry#1 field name=key kind=string cardinality=implicit json_name=key
            acme.v1.User.LabelsEntry#2 field name=value kind=string cardinality=implicit json_name=value
            acme.v1.Users service file=acme/v1/user.proto
            acme.v1.Users/Watch rpc request=acme.v1.User response=acme.v1.User server_streaming=true
            acme/v1/user.proto file package=acme.v1 syntax=proto3 csharp_namespace=Acme.V1

            """.Replace("\r\n", "\n"),
            text);
    }

    [Fact]
    public void Values_with_spaces_quotes_and_backslashes_round_trip()
    {
        var schema = BreakingTestSupport.ShapeOf("""
            syntax = "proto2";
            package p;
            option php_namespace = "Acme\\V1";
            option go_package = "example.com/a b";
            message M {
              optional string s = 1 [default = "say \"hi\"=now"];
            }
            """);

        var text = BaselineWriter.Write(schema);
        var read = BaselineReader.Read(text);

        Assert.Empty(read.Errors);
        Assert.Equal(text, BaselineWriter.Write(read.Schema!));
        Assert.Equal("Acme\\V1", read.Schema!.Files[0].GetOption("php_namespace"));
        Assert.Equal("say \"hi\"=now", read.Schema.Files[0].Messages[0].Fields[0].DefaultValue);
    }

    [Theory]
    [InlineData("acme.v1.User message", 2, "a message needs file=<path>")]
    [InlineData("acme.v1.User message file=x.proto", 2, "file 'x.proto' has no 'file' line")]
    [InlineData("acme.v1.User#x field name=a", 2, "a field key is '<message>#<number>'")]
    [InlineData("acme.v1.Nope#1 field name=a kind=string cardinality=implicit json_name=a", 2, "field of message 'acme.v1.Nope', which has no 'message' line")]
    [InlineData("acme/v1/a.proto file package=acme.v1 syntax=proto4", 2, "attribute syntax='proto4' is not valid")]
    [InlineData("acme.v1.User message file=\"a.proto", 2, "a quoted value is not closed")]
    [InlineData("justonetoken", 2, "expected '<key> <kind> name=value...'")]
    [InlineData("acme.v1.X gadget file=a.proto", 2, "unknown element kind 'gadget'")]
    [InlineData("a.proto file package=p syntax=proto3 colour=red", 2, "unknown attribute 'colour' for a file")]
    public void A_malformed_line_is_an_error_naming_the_line(string line, int lineNumber, string message)
    {
        var result = BaselineReader.Read(BaselineFormat.Header + "\n" + line + "\n");

        Assert.Null(result.Schema);
        var error = Assert.Single(result.Errors);
        Assert.Equal(lineNumber, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Garbage_never_throws()
    {
        const string Noise = " =\"#\\\nx9-,+/";
        var random = new Random(8);
        var valid = BaselineWriter.Write(BreakingTestSupport.Shape(Path.Combine(BreakingTestSupport.CasesRoot, "proto3-additions-only", "after")));
        for (var i = 0; i < 2000; i++)
        {
            var chars = valid.ToCharArray();
            for (var j = 0; j < 5; j++)
            {
                chars[random.Next(chars.Length)] = Noise[random.Next(Noise.Length)];
            }

            var result = BaselineReader.Read(new string(chars));
            Assert.True(result.Schema != null || result.Errors.Count > 0);
        }
    }
}
