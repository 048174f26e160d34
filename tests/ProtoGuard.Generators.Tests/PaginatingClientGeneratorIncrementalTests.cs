using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ProtoGuard.Generators.Tests.Infrastructure;

namespace ProtoGuard.Generators.Tests;

/// <summary>The pipeline caches: an unrelated edit re-runs nothing; an edit to a client regenerates its output.</summary>
public sealed class PaginatingClientGeneratorIncrementalTests
{
    private static readonly string[] AllTrackingNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    /// <summary>
    /// The steps of a compilation whose clients are all its own, with the default <c>ProtoGuardPagedMethods</c> (all): the
    /// referenced clients' steps have nothing to track here (ReferencedClientPagingTests covers them), nor those of
    /// <c>used</c>, which no code here calls (PagedMethodsModeTests covers them).
    /// </summary>
    private static readonly string[] OwnClientTrackingNames = AllTrackingNames
        .Where(name => name is not (TrackingNames.ReferencedPagedClients or TrackingNames.ReferencedPagedClientOutputs
            or TrackingNames.PagedMethodTrees or TrackingNames.PagedMethodCalls or TrackingNames.CalledPagedClients
            or TrackingNames.CalledPagedClientOutputs))
        .ToArray();

    [Fact]
    public void Unrelated_edit_leaves_every_step_and_output_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation(GrpcToolsOutput.For("User"));
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();

        var edited = compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace Unrelated { internal sealed class Added { } }", GeneratorHarness.ParseOptions, "Added.cs"));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        // TrackedSteps also holds Roslyn's own steps (Compilation, ...), which do change: look at ours only.
        foreach (var stepName in OwnClientTrackingNames)
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
    public void Editing_a_client_regenerates_its_extensions()
    {
        var sources = GrpcToolsOutput.For("User");
        var compilation = GeneratorHarness.CreateCompilation(sources);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        var grpcTree = compilation.SyntaxTrees.Single(tree => tree.FilePath == "UserGrpc.cs");
        var renamed = grpcTree.GetText().ToString().Replace("ListUsersAsync(", "ListPeopleAsync(", StringComparison.Ordinal);
        var edited = compilation.ReplaceSyntaxTree(
            grpcTree,
            CSharpSyntaxTree.ParseText(renamed, GeneratorHarness.ParseOptions, grpcTree.FilePath));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Contains(
            second.TrackedSteps[TrackingNames.PagedClients].SelectMany(run => run.Outputs),
            output => output.Reason == IncrementalStepRunReason.Modified);
        var extensions = second.GeneratedSources.Single(source => source.HintName.EndsWith("UserServiceClient.Paging.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("ListPeoplePagedAsync(", extensions, StringComparison.Ordinal);
        Assert.DoesNotContain("ListUsersPagedAsync(", extensions, StringComparison.Ordinal);
    }
}
