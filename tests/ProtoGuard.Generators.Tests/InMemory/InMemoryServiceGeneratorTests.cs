using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ProtoGuard.Generators.InMemory;
using ProtoGuard.Generators.Tests.Infrastructure;

namespace ProtoGuard.Generators.Tests.InMemory;

/// <summary>The generated source is the committed snapshot, compiles without a warning, and the pipeline caches.</summary>
public sealed class InMemoryServiceGeneratorTests
{
    private static readonly string[] InMemoryTrackingNames = typeof(TrackingNames.InMemory)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    private const string UserServiceSource = """
        namespace Tests
        {
            [ProtoGuard.InMemoryService(IdFormat = ProtoGuard.InMemoryIdFormat.Sequential)]
            internal partial class InMemoryUsers : Myservice.V1.UserService.UserServiceBase
            {
                public override global::System.Threading.Tasks.Task<Myservice.V1.User> GetUser(Myservice.V1.GetUserRequest request, global::Grpc.Core.ServerCallContext context)
                    => global::System.Threading.Tasks.Task.FromResult(new Myservice.V1.User { Id = request.Id });
            }
        }
        """;

    [Fact]
    public void Library_service_matches_the_snapshot_and_compiles_without_warnings()
    {
        (var result, var output) = InMemoryHarness.Run(InMemoryHarness.Compilation(InMemoryHarness.LibraryServiceSource, "Library"));

        Snapshot.Verify("InMemoryLibrary", InMemoryHarness.Generated(result));
        Assert.Empty(GeneratorHarness.WarningsAndErrors(output));
    }

    [Fact]
    public void A_hand_written_method_is_kept_and_the_rest_generated()
    {
        (var result, var output) = InMemoryHarness.Run(InMemoryHarness.Compilation(UserServiceSource, "User"));

        var generated = InMemoryHarness.Generated(result);
        Snapshot.Verify("InMemoryUser", generated);
        var service = generated["Tests.InMemoryUsers.InMemory.g.cs"];
        Assert.Contains("CreateUser(", service, StringComparison.Ordinal);
        Assert.Contains("ListUsers(", service, StringComparison.Ordinal);
        Assert.Contains("BulkCreateUsers(", service, StringComparison.Ordinal);
        Assert.DoesNotContain(" GetUser(", service, StringComparison.Ordinal);
        Assert.DoesNotContain("WatchUsers(", service, StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.WarningsAndErrors(output));
    }

    [Fact]
    public void Without_field_mask_helpers_the_masked_update_is_not_generated_and_the_rest_compiles()
    {
        (var result, var output) = InMemoryHarness.Run(InMemoryHarness.Compilation(InMemoryHarness.LibraryServiceSource, "Library"), fieldMaskMode: "none");

        var service = InMemoryHarness.Generated(result)["Tests.InMemoryLibrary.InMemory.g.cs"];
        Assert.DoesNotContain("UpdateBook(", service, StringComparison.Ordinal);
        Assert.Contains("CreateBook(", service, StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.WarningsAndErrors(output));
    }

    [Theory]
    [InlineData("public class NotPartial : Library.V1.LibraryService.LibraryServiceBase { }")]
    [InlineData("public partial class NoBase { }")]
    [InlineData("public partial class Invalid : Library.V1.LibraryService.LibraryServiceBase { }", "MaxPageSize = 5, DefaultPageSize = 10")]
    public void Nothing_but_the_attribute_is_generated_for_a_class_it_cannot_implement(string declaration, string arguments = "")
    {
        var source = $"namespace Tests {{ [ProtoGuard.InMemoryService({arguments})] {declaration} }}";

        (var result, _) = InMemoryHarness.Run(InMemoryHarness.Compilation(source, "Library"));

        Assert.Equal(new[] { "ProtoGuard.InMemoryServiceAttribute.g.cs" }, InMemoryHarness.Generated(result).Keys);
    }

    [Fact]
    public void Generated_code_compiles_with_nullable_enabled_and_warnings_as_errors_at_the_highest_level()
    {
        var compilation = InMemoryHarness.Compilation(InMemoryHarness.LibraryServiceSource, "Library")
            .WithOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, generalDiagnosticOption: ReportDiagnostic.Error, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress, ["CS1591"] = ReportDiagnostic.Suppress }));

        (_, var output) = InMemoryHarness.Run(compilation);

        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Unrelated_edit_leaves_every_step_and_output_cached()
    {
        var compilation = InMemoryHarness.Compilation(InMemoryHarness.LibraryServiceSource, "Library");
        var driver = InMemoryHarness.CreateDriver().RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single(r => r.Generator.GetGeneratorType() == typeof(InMemoryServiceGenerator));

        var edited = compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace Unrelated { internal sealed class Added { } }", GeneratorHarness.ParseOptions, "Added.cs"));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single(r => r.Generator.GetGeneratorType() == typeof(InMemoryServiceGenerator));

        foreach (var stepName in InMemoryTrackingNames)
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
    public void Changing_an_option_regenerates_the_service()
    {
        var compilation = InMemoryHarness.Compilation(InMemoryHarness.LibraryServiceSource, "Library");
        var driver = InMemoryHarness.CreateDriver().RunGenerators(compilation);
        var serviceTree = compilation.SyntaxTrees.Single(tree => tree.FilePath == "Service.cs");
        var edited = compilation.ReplaceSyntaxTree(
            serviceTree,
            CSharpSyntaxTree.ParseText(InMemoryHarness.LibraryServiceSource.Replace("MaxPageSize = 100", "MaxPageSize = 200", StringComparison.Ordinal), GeneratorHarness.ParseOptions, "Service.cs"));

        var second = driver.RunGenerators(edited).GetRunResult().Results.Single(r => r.Generator.GetGeneratorType() == typeof(InMemoryServiceGenerator));

        Assert.Contains(second.TrackedSteps[TrackingNames.InMemory.ValidServices].SelectMany(run => run.Outputs), output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("public const int MaxPageSize = 200;", second.GeneratedSources.Single(s => s.HintName == "Tests.InMemoryLibrary.InMemory.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }
}
