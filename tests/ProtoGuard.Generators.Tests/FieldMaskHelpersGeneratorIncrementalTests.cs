using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ProtoGuard.Generators.Tests.Infrastructure;

namespace ProtoGuard.Generators.Tests;

/// <summary>The field mask pipeline caches: an unrelated edit re-runs nothing; an edit to a descriptor regenerates.</summary>
public sealed class FieldMaskHelpersGeneratorIncrementalTests
{
    private static readonly string[] FieldMaskTrackingNames = typeof(TrackingNames.FieldMask)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .Where(name => name is not (TrackingNames.FieldMask.ReferencedMessages or TrackingNames.FieldMask.ReferencedOutputs))
        .ToArray();

    [Theory]
    [InlineData("auto")]
    [InlineData("all")]
    public void Unrelated_edit_leaves_every_step_and_output_cached(string mode)
    {
        // A use of the helpers too, so that the step that finds them has something to track.
        var compilation = FieldMaskHarness.CompilationFor("User", "Profile").AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "internal static class Caller { internal static bool Valid(string path) => Acme.Profiles.Geo.IsValidPath(path); }",
            GeneratorHarness.ParseOptions,
            "Caller.cs"));
        var driver = FieldMaskHarness.CreateDriver(globalOptions: FieldMaskHarness.Mode(mode)).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();

        var edited = compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace Unrelated { internal sealed class Added { } }", GeneratorHarness.ParseOptions, "Added.cs"));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        // The steps of referenced messages have nothing to track here (ReferencedMessageFieldMaskTests covers them).
        Assert.Equal(9, FieldMaskTrackingNames.Length);
        foreach (var stepName in FieldMaskTrackingNames)
        {
            Assert.True(second.TrackedSteps.ContainsKey(stepName), $"Step '{stepName}' did not run.");
            Assert.All(
                second.TrackedSteps[stepName].SelectMany(run => run.Outputs),
                output => Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"Step '{stepName}' output was {output.Reason} after an unrelated edit."));
        }

        Assert.NotEmpty(second.TrackedOutputSteps);
        Assert.All(
            second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.Equal(
            first.GeneratedSources.Select(source => (source.HintName, source.SourceText.ToString())),
            second.GeneratedSources.Select(source => (source.HintName, source.SourceText.ToString())));
    }

    [Fact]
    public void Editing_a_message_regenerates_its_helpers_and_those_that_nest_into_it()
    {
        var compilation = FieldMaskHarness.CompilationFor("Profile");
        var driver = FieldMaskHarness.CreateDriver(globalOptions: FieldMaskHarness.All).RunGenerators(compilation);

        // Renaming the Geo property 'Lat' to 'Latitude' without touching the descriptor: Geo no longer maps, so it is
        // skipped, and Address stops offering nested paths into 'geo'.
        var tree = compilation.SyntaxTrees.Single(candidate => candidate.FilePath == "Profile.cs");
        var edited = tree.GetText().ToString().Replace("public double Lat {", "public double Latitude {", StringComparison.Ordinal);
        var second = driver
            .RunGenerators(compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(edited, GeneratorHarness.ParseOptions, tree.FilePath)))
            .GetRunResult().Results.Single();

        Assert.Contains(
            second.TrackedSteps[TrackingNames.FieldMask.Messages].SelectMany(run => run.Outputs),
            output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.DoesNotContain(second.GeneratedSources, source => source.HintName == "Acme.Profiles.Geo.FieldMask.g.cs");
        var address = second.GeneratedSources.Single(source => source.HintName == "Acme.Profiles.Address.FieldMask.g.cs").SourceText.ToString();
        Assert.DoesNotContain("IsValidPath(path, end + 1)", address, StringComparison.Ordinal);
    }
}
