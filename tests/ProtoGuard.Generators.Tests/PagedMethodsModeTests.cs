using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ProtoGuard.Generators.Tests.Infrastructure;

namespace ProtoGuard.Generators.Tests;

/// <summary>
/// <c>ProtoGuardPagedMethods</c>: <c>all</c> (the generator's default, and the IDE's) gives every client its paged
/// methods; <c>used</c> (command-line builds) only the clients the code calls a paged method on; <c>none</c> nothing.
/// </summary>
public sealed class PagedMethodsModeTests
{
    private const string UserExtensions = "Myservice.V1.UserService.UserServiceClient.Paging.g.cs";
    private const string CatalogExtensions = "Acme.Catalog.Api.CatalogService.CatalogServiceClient.Paging.g.cs";
    private const string Runtime = "ProtoGuard.Paging.g.cs";

    private static IEnumerable<(string Path, string Text)> UserAndCatalog()
        => GrpcToolsOutput.For("User").Concat(GrpcToolsOutput.For("Catalog"));

    private static string[] HintNames(GeneratorDriverRunResult result)
        => result.Results.Single().GeneratedSources.Select(source => source.HintName).Order(StringComparer.Ordinal).ToArray();

    private static string Code(string body) => $$"""
        using System.Threading.Tasks;
        using Myservice.V1;

        namespace App;

        internal static class Calls
        {
            internal static async Task<int> CountAsync(UserService.UserServiceClient client, UserService.UserServiceClient? maybe)
            {
                var count = 0;
                {{body}}
                await Task.Yield();
                return count;
            }
        }

        internal sealed class DerivedClient : UserService.UserServiceClient
        {
        }
        """;

    public static TheoryData<string?, string, string[]> Cases() => new()
    {
        // Unset and 'all': every client, called or not.
        { null, "", new[] { CatalogExtensions, UserExtensions, Runtime } },
        { "all", "", new[] { CatalogExtensions, UserExtensions, Runtime } },
        { " ALL ", "", new[] { CatalogExtensions, UserExtensions, Runtime } },
        { "typo", "", new[] { CatalogExtensions, UserExtensions, Runtime } },

        // 'used': only the clients a paged method is called on; nothing at all when none is.
        { "used", "", Array.Empty<string>() },
        { "used", "await foreach (var user in client.ListUsersPagedAsync(new ListUsersRequest())) { count++; }", new[] { UserExtensions, Runtime } },
        { "Used", "foreach (var user in client.ListUsersPaged(new ListUsersRequest())) { count++; }", new[] { UserExtensions, Runtime } },
        { "used", "var users = maybe?.ListUsersPaged(new ListUsersRequest());", new[] { UserExtensions, Runtime } },
        { "used", "foreach (var user in new DerivedClient().ListUsersPaged(new ListUsersRequest())) { count++; }", new[] { UserExtensions, Runtime } },

        // A method of another name ending in "Paged", or a paged name on a type that is no client, asks for nothing.
        { "used", "count = \"ListUsersPaged\".Length;", Array.Empty<string>() },

        // A call through the generated class names no client: every client gets its methods.
        { "used", "foreach (var user in UserServiceClientPagingExtensions.ListUsersPaged(client, new ListUsersRequest())) { count++; }", new[] { CatalogExtensions, UserExtensions, Runtime } },

        // A method of the caller's own whose name ends in "Paged" binds, and asks for nothing.
        { "used", "static int OwnPaged(int value) => value; count = OwnPaged(1);", Array.Empty<string>() },

        // 'none': nothing, even where called.
        { "none", "foreach (var user in client.ListUsersPaged(new ListUsersRequest())) { count++; }", Array.Empty<string>() },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Mode_chooses_the_clients_that_get_paged_methods(string? mode, string body, string[] expected)
    {
        var compilation = GeneratorHarness.CreateCompilation(UserAndCatalog().Append(("Calls.cs", Code(body))));

        (var result, var output) = GeneratorHarness.Run(compilation, mode);

        Assert.Equal(expected, HintNames(result));
        // Every call compiles, except where 'none' generated nothing.
        var errors = GeneratorHarness.WarningsAndErrors(output).Select(diagnostic => diagnostic.Id).Distinct().ToArray();
        Assert.Equal(mode == "none" ? new[] { "CS1061" } : Array.Empty<string>(), errors);
    }

    [Fact]
    public void Used_generates_the_same_extensions_as_all_for_a_called_client()
    {
        var compilation = GeneratorHarness.CreateCompilation(UserAndCatalog().Append(("Calls.cs", Code("foreach (var user in client.ListUsersPaged(new ListUsersRequest())) { count++; }"))));

        var used = GeneratorHarness.Run(compilation, "used").Result.Results.Single().GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString());
        var all = GeneratorHarness.Run(compilation, "all").Result.Results.Single().GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString());

        Assert.Equal(all[UserExtensions], used[UserExtensions]);
        Assert.Equal(all[Runtime], used[Runtime]);
    }

    [Fact]
    public void Used_an_unrelated_edit_leaves_every_step_and_output_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation(UserAndCatalog().Append(("Calls.cs", Code("foreach (var user in client.ListUsersPaged(new ListUsersRequest())) { count++; }"))));
        var driver = GeneratorHarness.CreateDriver(pagedMethods: "used").RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();

        var edited = compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace Unrelated { internal sealed class Added { } }", GeneratorHarness.ParseOptions, "Added.cs"));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var stepName in new[] { TrackingNames.PagedMethodsMode, TrackingNames.PagedMethodTrees, TrackingNames.PagedMethodCalls, TrackingNames.CalledPagedClients, TrackingNames.CalledPagedClientOutputs, TrackingNames.Capabilities, TrackingNames.PagingRuntimeOutput })
        {
            Assert.True(second.TrackedSteps.ContainsKey(stepName), $"Step '{stepName}' did not run.");
            Assert.All(
                second.TrackedSteps[stepName].SelectMany(run => run.Outputs),
                output => Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"Step '{stepName}' output was {output.Reason} after an unrelated edit."));
        }

        Assert.All(
            second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.Equal(
            first.GeneratedSources.Select(source => (source.HintName, source.SourceText.ToString())),
            second.GeneratedSources.Select(source => (source.HintName, source.SourceText.ToString())));
    }

    [Fact]
    public void Used_the_first_call_on_a_client_generates_exactly_its_extensions()
    {
        var compilation = GeneratorHarness.CreateCompilation(UserAndCatalog().Append(("Calls.cs", Code(""))));
        var driver = GeneratorHarness.CreateDriver(pagedMethods: "used").RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().Results.Single().GeneratedSources);

        var callsTree = compilation.SyntaxTrees.Single(tree => tree.FilePath == "Calls.cs");
        var edited = compilation.ReplaceSyntaxTree(
            callsTree,
            CSharpSyntaxTree.ParseText(Code("foreach (var user in client.ListUsersPaged(new ListUsersRequest())) { count++; }"), GeneratorHarness.ParseOptions, "Calls.cs"));
        var second = driver.RunGenerators(edited).GetRunResult();

        Assert.Equal(new[] { UserExtensions, Runtime }, HintNames(second));
        Assert.Equal(new[] { "Myservice.V1.UserService+UserServiceClient" }, second.Results.Single().TrackedSteps[TrackingNames.PagedMethodCalls].SelectMany(run => run.Outputs).Select(output => (string)output.Value).Distinct().ToArray());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Used_a_referenced_client_gets_its_extensions_when_called(bool called)
    {
        var library = TwoAssemblies.CompileLibrary(UserAndCatalog(), generator: null);
        var program = """
            using Myservice.V1;

            namespace App;

            internal static class Program
            {
                internal static int Count(UserService.UserServiceClient client)
                {
                    var count = 0;
                    CALL
                    return count;
                }
            }
            """.Replace("CALL", called ? "foreach (var user in client.ListUsersPaged(new ListUsersRequest())) { count++; }" : string.Empty, StringComparison.Ordinal);

        (var result, var app) = GeneratorHarness.Run(TwoAssemblies.CreateApp(library, ("Program.cs", program)), "used");

        Assert.Equal(called ? new[] { UserExtensions, Runtime } : Array.Empty<string>(), HintNames(result));
        Assert.Empty(GeneratorHarness.WarningsAndErrors(app).Select(diagnostic => diagnostic.ToString()));
    }

    [Theory]
    [InlineData("Pages/Users.razor", "@foreach (var user in Client.ListUsersPaged(new ListUsersRequest())) { <p>@user.Id</p> }", true)]
    [InlineData("Pages/Users.CSHTML", "@await foreach (var user in Model.Client.ListUsersPagedAsync(new ListUsersRequest())) { }", true)]
    [InlineData("Pages/Users.razor", "<p>@Client.ListUsers(new ListUsersRequest()).Users.Count</p>", false)]
    [InlineData("Protos/paged.proto", "message Paged { }", false)]
    public void Used_Razor_markup_that_mentions_a_paged_method_gets_every_client(string path, string markup, bool generated)
    {
        // Razor compiles markup through C# its own generator writes, which this generator never sees: a .razor or .cshtml
        // file that mentions "Paged" gets every client its paged methods, as 'all' does; other additional files do not count.
        var compilation = GeneratorHarness.CreateCompilation(UserAndCatalog().Append(("Calls.cs", Code(""))));
        var driver = GeneratorHarness.CreateDriver(pagedMethods: "used", additionalTexts: new[] { new Markup(path, markup) });

        var result = driver.RunGenerators(compilation).GetRunResult();

        Assert.Equal(generated ? new[] { CatalogExtensions, UserExtensions, Runtime } : Array.Empty<string>(), HintNames(result));
    }

    private sealed class Markup(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default)
            => Microsoft.CodeAnalysis.Text.SourceText.From(text);
    }
}
