using Microsoft.CodeAnalysis;
using ProtoGuard.Generators.Tests.Infrastructure;

namespace ProtoGuard.Generators.Tests;

/// <summary>
/// <c>ProtoGuardFieldMaskHelpers</c>: <c>auto</c> (default, also for unknown values) selects the resources of AIP-134
/// update requests and their singular sub-messages transitively; <c>all</c> every message; <c>none</c> nothing.
/// </summary>
public sealed class FieldMaskHelpersSelectionTests
{
    private static readonly string[] UserMessages =
    {
        "Myservice.V1.BulkResp.FieldMask.g.cs",
        "Myservice.V1.ChatMessage.FieldMask.g.cs",
        "Myservice.V1.CreateUserRequest.FieldMask.g.cs",
        "Myservice.V1.CreateUserResponse.FieldMask.g.cs",
        "Myservice.V1.GetUserRequest.FieldMask.g.cs",
        "Myservice.V1.ListUsersRequest.FieldMask.g.cs",
        "Myservice.V1.ListUsersResponse.FieldMask.g.cs",
        "Myservice.V1.UpdateUserRequest.FieldMask.g.cs",
        "Myservice.V1.User.FieldMask.g.cs",
        "Myservice.V1.UserEvent.FieldMask.g.cs",
        "Myservice.V1.WatchUsersRequest.FieldMask.g.cs",
    };

    [Fact]
    public void Auto_is_the_default_and_selects_only_the_updated_resource_of_the_guide()
    {
        // UpdateUserRequest { User user; FieldMask update_mask; } → User; User's message fields are well-known types.
        (var result, var output) = FieldMaskHarness.Run(FieldMaskHarness.CompilationFor("User"));

        Assert.Equal(new[] { "Myservice.V1.User.FieldMask.g.cs" }, FieldMaskHarness.HintNames(result));
        Assert.Empty(GeneratorHarness.WarningsAndErrors(output));
    }

    [Theory]
    [InlineData("auto")]
    [InlineData(" AUTO ")]
    [InlineData("")]
    [InlineData("some")]
    [InlineData("true")]
    [InlineData("al")]
    public void Auto_and_unknown_values_select_like_the_default(string value)
    {
        (var result, _) = FieldMaskHarness.Run(FieldMaskHarness.CompilationFor("User", "Account"), FieldMaskHarness.Mode(value));
        (var unset, _) = FieldMaskHarness.Run(FieldMaskHarness.CompilationFor("User", "Account"));

        Assert.Equal(
            new[]
            {
                "Acme.Account.V1.Account.FieldMask.g.cs",
                "Acme.Account.V1.Owner.FieldMask.g.cs",
                "Acme.Account.V1.Postal.FieldMask.g.cs",
                "Myservice.V1.User.FieldMask.g.cs",
            },
            FieldMaskHarness.HintNames(result));
        Assert.Equal(FieldMaskHarness.GeneratedByHintName(unset), FieldMaskHarness.GeneratedByHintName(result));
    }

    [Fact]
    public void Auto_follows_singular_own_message_fields_transitively_and_keeps_nested_paths()
    {
        (var result, var output) = FieldMaskHarness.Run(FieldMaskHarness.CompilationFor("Account"));

        // Tag (repeated), Card (oneof member), Timestamp (well-known), the request itself and GetAccountRequest: no helpers.
        Assert.Equal(
            new[] { "Acme.Account.V1.Account.FieldMask.g.cs", "Acme.Account.V1.Owner.FieldMask.g.cs", "Acme.Account.V1.Postal.FieldMask.g.cs" },
            FieldMaskHarness.HintNames(result));
        Assert.Empty(GeneratorHarness.WarningsAndErrors(output));

        var sources = FieldMaskHarness.GeneratedByHintName(result);
        var account = sources["Acme.Account.V1.Account.FieldMask.g.cs"];
        Assert.Contains("global::Acme.Account.V1.Owner.IsValidPath(path, end + 1)", account, StringComparison.Ordinal);
        Assert.Contains("global::Acme.Account.V1.Account.IsValidPath(path, end + 1)", account, StringComparison.Ordinal);
        Assert.DoesNotContain("global::Acme.Account.V1.Card.", account, StringComparison.Ordinal);
        Assert.Contains(
            "global::Acme.Account.V1.Postal.IsValidPath(path, end + 1)",
            sources["Acme.Account.V1.Owner.FieldMask.g.cs"],
            StringComparison.Ordinal);
        Assert.DoesNotContain("IsValidPath(path, end + 1)", sources["Acme.Account.V1.Postal.FieldMask.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Auto_output_of_a_resource_equals_its_all_output_when_its_sub_messages_are_selected_too()
    {
        var auto = FieldMaskHarness.GeneratedByHintName(FieldMaskHarness.Run(FieldMaskHarness.CompilationFor("Account")).Result);
        var all = FieldMaskHarness.GeneratedByHintName(
            FieldMaskHarness.Run(FieldMaskHarness.CompilationFor("Account"), FieldMaskHarness.All).Result);

        Assert.All(auto, pair => Assert.Equal(all[pair.Key], pair.Value));
    }

    [Fact]
    public void Auto_snapshot_of_the_guide()
    {
        (var result, _) = FieldMaskHarness.Run(FieldMaskHarness.CompilationFor("User"), FieldMaskHarness.Mode("auto"));

        Snapshot.Verify("FieldMaskUserAuto", FieldMaskHarness.GeneratedByHintName(result));
    }

    [Theory]
    [InlineData("all")]
    [InlineData("All")]
    [InlineData(" ALL ")]
    public void All_selects_every_message(string value)
    {
        (var result, _) = FieldMaskHarness.Run(FieldMaskHarness.CompilationFor("User"), FieldMaskHarness.Mode(value));

        Assert.Equal(UserMessages, FieldMaskHarness.HintNames(result));
    }

    [Theory]
    [InlineData("none")]
    [InlineData("None")]
    [InlineData(" NONE ")]
    public void None_generates_nothing(string value)
    {
        (var result, _) = FieldMaskHarness.Run(FieldMaskHarness.CompilationFor("User", "Account", "Profile"), FieldMaskHarness.Mode(value));

        Assert.Empty(result.GeneratedTrees);
    }

    [Fact]
    public void Auto_generates_nothing_without_an_update_request()
    {
        (var result, _) = FieldMaskHarness.Run(FieldMaskHarness.CompilationFor("Profile", "Catalog", "Legacy", "Gadget"));

        Assert.Empty(result.GeneratedTrees);
    }

    [Fact]
    public void Output_of_a_protoc_without_GeneratedCode_gets_no_helpers_as_PG4002_says()
    {
        // protoc before 3.12 marked no member [GeneratedCode]: the first message's Descriptor property is how the generator
        // finds a file's descriptor, so such output is skipped, and PG4002 tells the user to regenerate it.
        var old = GrpcToolsOutput.For("User")
            .Select(source => (source.Path, source.Text.Replace("[global::System.CodeDom.Compiler.GeneratedCode(\"protoc\", null)]", string.Empty, StringComparison.Ordinal)))
            .ToArray();
        Assert.DoesNotContain(old, source => source.Item2.Contains("GeneratedCode(\"protoc\"", StringComparison.Ordinal));

        (var result, _) = FieldMaskHarness.Run(GeneratorHarness.CreateCompilation(old), FieldMaskHarness.All);

        Assert.Empty(result.GeneratedTrees);
    }

    [Fact]
    public void The_descriptor_is_found_through_an_attribute_spelled_any_way()
    {
        // [GeneratedCode] as protoc writes it, or shortened with a using: the same messages.
        var shortened = GrpcToolsOutput.For("User")
            .Select(source => (source.Path, source.Text.Replace("[global::System.CodeDom.Compiler.GeneratedCode(\"protoc\", null)]", "[System.CodeDom.Compiler.GeneratedCodeAttribute(\"protoc\", null)]", StringComparison.Ordinal)))
            .ToArray();

        (var result, _) = FieldMaskHarness.Run(GeneratorHarness.CreateCompilation(shortened), FieldMaskHarness.All);

        Assert.Equal(UserMessages, FieldMaskHarness.HintNames(result));
    }
}
