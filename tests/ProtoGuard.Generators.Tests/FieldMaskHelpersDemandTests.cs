using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ProtoGuard.Generators.Tests.Infrastructure;

namespace ProtoGuard.Generators.Tests;

/// <summary>
/// Demand-driven helpers: under <c>auto</c> (the default) a message also gets helpers when the compilation uses them on
/// it — <c>x.ApplyFieldMask(…)</c>, <c>T.ComputeFieldMask(…)</c>, <c>T.FieldPaths</c>, <c>T.IsValidPath</c>,
/// <c>T.ValidatePaths</c> — together with the messages its nested paths go through; <c>none</c> still generates nothing.
/// </summary>
public sealed class FieldMaskHelpersDemandTests
{
    private static readonly string[] ProfileAndItsSubMessages =
    {
        "Acme.Profiles.Address.FieldMask.g.cs",
        "Acme.Profiles.Geo.FieldMask.g.cs",
        "Acme.Profiles.Profile.FieldMask.g.cs",
        "Acme.Profiles.Profile.Types.Settings.FieldMask.g.cs",
    };

    [Theory]
    [InlineData("profile.ApplyFieldMask(patch, mask);")]
    [InlineData("_ = Profile.ComputeFieldMask(profile, patch);")]
    [InlineData("_ = Profile.FieldPaths.Address.City;")]
    [InlineData("_ = Profile.IsValidPath(\"address.geo.lat\");")]
    [InlineData("Profile.ValidatePaths(mask);")]
    [InlineData("System.Func<string, bool> valid = Profile.IsValidPath;")]
    public void A_helper_used_on_a_message_selects_it_and_the_messages_its_nested_paths_reach(string body)
    {
        (var result, var output) = FieldMaskHarness.Run(WithCaller(FieldMaskHarness.CompilationFor("Profile"), body));

        Assert.Equal(ProfileAndItsSubMessages, FieldMaskHarness.HintNames(result));
        Assert.Empty(GeneratorHarness.WarningsAndErrors(output));
    }

    [Fact]
    public void A_helper_used_on_a_nested_message_selects_only_what_it_reaches()
    {
        (var result, var output) = FieldMaskHarness.Run(WithCaller(
            FieldMaskHarness.CompilationFor("Profile"),
            "new Profile.Types.Settings().ApplyFieldMask(new Profile.Types.Settings(), mask); address.ApplyFieldMask(address, mask);"));

        Assert.Equal(
            new[] { "Acme.Profiles.Address.FieldMask.g.cs", "Acme.Profiles.Geo.FieldMask.g.cs", "Acme.Profiles.Profile.Types.Settings.FieldMask.g.cs" },
            FieldMaskHarness.HintNames(result));
        Assert.Empty(GeneratorHarness.WarningsAndErrors(output));
    }

    [Fact]
    public void Demand_adds_to_the_update_requests_resources()
    {
        (var result, _) = FieldMaskHarness.Run(WithCaller(FieldMaskHarness.CompilationFor("User", "Profile"), "_ = geo.ComputeFieldMask(geo, geo);"));

        Assert.Equal(new[] { "Acme.Profiles.Geo.FieldMask.g.cs", "Myservice.V1.User.FieldMask.g.cs" }, FieldMaskHarness.HintNames(result));
    }

    [Fact]
    public void The_same_names_on_other_types_select_nothing()
    {
        (var result, _) = FieldMaskHarness.Run(WithCaller(
            FieldMaskHarness.CompilationFor("Profile"),
            "new Other().ApplyFieldMask(); _ = Other.FieldPaths; _ = mask.Paths.Count;",
            "internal sealed class Other { public void ApplyFieldMask() { } public const int FieldPaths = 1; }"));

        Assert.Empty(result.GeneratedTrees);
    }

    [Fact]
    public void None_generates_nothing_even_for_used_helpers()
    {
        var compilation = WithCaller(FieldMaskHarness.CompilationFor("Profile"), "profile.ApplyFieldMask(patch, mask);");

        (var result, _) = FieldMaskHarness.Run(compilation, FieldMaskHarness.Mode("none"));

        Assert.Empty(result.GeneratedTrees);
    }

    /// <summary>
    /// Adding the first call on a type adds exactly that type's helpers; the others' text is unchanged. (Roslyn compares
    /// the per-message outputs by position, so the message that sorts after the new one shows as Modified, not Cached.)
    /// </summary>
    [Fact]
    public void The_first_call_on_a_type_generates_exactly_that_types_helpers()
    {
        var compilation = WithCaller(FieldMaskHarness.CompilationFor("Account", "User"), "_ = mask;");
        var driver = FieldMaskHarness.CreateDriver().RunGenerators(compilation);
        var first = FieldMaskHarness.GeneratedByHintName(driver.GetRunResult());

        var caller = compilation.SyntaxTrees.Single(tree => tree.FilePath == "Caller.cs");
        var edited = compilation.ReplaceSyntaxTree(caller, CallerTree("_ = Acme.Account.V1.Tag.FieldPaths.Key;"));
        driver = driver.RunGenerators(edited);
        var second = FieldMaskHarness.GeneratedByHintName(driver.GetRunResult());

        Assert.Equal(first.Keys.Append("Acme.Account.V1.Tag.FieldMask.g.cs").Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        Assert.All(first, pair => Assert.Equal(pair.Value, second[pair.Key]));
        var run = driver.GetRunResult().Results.Single();
        Assert.All(
            run.TrackedSteps[TrackingNames.FieldMask.DescriptorFiles].SelectMany(step => step.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
        Assert.Equal(
            new[] { IncrementalStepRunReason.New },
            run.TrackedSteps[TrackingNames.FieldMask.HelperCalls].SelectMany(step => step.Outputs)
                .Where(output => output.Value is "Acme.Account.V1.Tag").Select(output => output.Reason));
    }

    [Fact]
    public void An_unrelated_edit_next_to_a_call_regenerates_nothing()
    {
        var compilation = WithCaller(FieldMaskHarness.CompilationFor("Profile"), "address.ApplyFieldMask(address, mask);");
        var driver = FieldMaskHarness.CreateDriver().RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace Unrelated { internal static class Added { internal static int Count(string s) => s.Length; } }", GeneratorHarness.ParseOptions, "Added.cs"));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Equal(2, second.GeneratedSources.Length);
        Assert.All(
            second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.All(
            second.TrackedSteps[TrackingNames.FieldMask.HelperCalls].SelectMany(run => run.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
    }

    [Fact]
    public void A_Protobuf_item_mode_overrides_the_project_mode_for_its_file()
    {
        (var result, var output) = FieldMaskHarness.Run(
            FieldMaskHarness.CompilationFor("User", "Account"),
            protobufItems: new Dictionary<string, string> { ["/repo/Protos/account.proto"] = " All ", ["/repo/Protos/user.proto"] = "" });

        Assert.Equal(
            new[]
            {
                "Acme.Account.V1.Account.FieldMask.g.cs",
                "Acme.Account.V1.Card.FieldMask.g.cs",
                "Acme.Account.V1.GetAccountRequest.FieldMask.g.cs",
                "Acme.Account.V1.Owner.FieldMask.g.cs",
                "Acme.Account.V1.Postal.FieldMask.g.cs",
                "Acme.Account.V1.Tag.FieldMask.g.cs",
                "Acme.Account.V1.UpdateAccountRequest.FieldMask.g.cs",
                "Myservice.V1.User.FieldMask.g.cs",
            },
            FieldMaskHarness.HintNames(result));
        Assert.Empty(GeneratorHarness.WarningsAndErrors(output));
    }

    [Fact]
    public void A_Protobuf_item_set_to_none_keeps_its_messages_out_even_when_used_or_reached()
    {
        var compilation = WithCaller(FieldMaskHarness.CompilationFor("User", "Profile"), "profile.ApplyFieldMask(patch, mask);");

        (var result, _) = FieldMaskHarness.Run(
            compilation,
            FieldMaskHarness.All,
            new Dictionary<string, string> { ["/repo/Protos/profile.proto"] = "none", ["/repo/Protos/other/user.proto.bak"] = "none" });

        Assert.DoesNotContain(FieldMaskHarness.HintNames(result), name => name.StartsWith("Acme.Profiles.", StringComparison.Ordinal));
        Assert.Contains("Myservice.V1.User.FieldMask.g.cs", FieldMaskHarness.HintNames(result));
    }

    private static CSharpCompilation WithCaller(CSharpCompilation compilation, string body, string extraTypes = "")
        => compilation.AddSyntaxTrees(CallerTree(body, extraTypes));

    private static SyntaxTree CallerTree(string body, string extraTypes = "") => CSharpSyntaxTree.ParseText(
        $$"""
        using Acme.Profiles;
        using Google.Protobuf.WellKnownTypes;

        internal static class Caller
        {
            internal static void Run(Profile profile, Profile patch, Address address, Geo geo, FieldMask mask)
            {
                {{body}}
            }
        }

        {{extraTypes}}
        """,
        GeneratorHarness.ParseOptions,
        "Caller.cs");
}
