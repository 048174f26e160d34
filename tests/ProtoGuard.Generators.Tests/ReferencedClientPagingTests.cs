using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ProtoGuard.Generators.Paging;
using ProtoGuard.Generators.Tests.Infrastructure;

namespace ProtoGuard.Generators.Tests;

/// <summary>
/// The "Contracts" layout: the clients live in a referenced library (seen through its reference assembly, as with a
/// project reference), and the App that calls them gets the paging extensions; with both assemblies using ProtoGuard
/// and <c>InternalsVisibleTo</c>, each keeps its own <c>[Embedded]</c> copies (no CS0436, no ambiguity).
/// </summary>
public sealed class ReferencedClientPagingTests
{
    private const string ExpectedRun =
        "a,b,c,a,b,c|The server returned next_page_token 't1' for /myservice.v1.UserService/ListUsers more than once; stopped paging to avoid an endless loop.";

    private static readonly string[] AppOutputs =
    {
        "Myservice.V1.UserService.UserServiceClient.Paging.g.cs",
        "ProtoGuard.Paging.g.cs",
    };

    private const string Program = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Grpc.Core;
        using Myservice.V1;
        using ProtoGuard.Generated;

        namespace App;

        /// <summary>Pages through the referenced client.</summary>
        public static class Program
        {
            /// <summary>The ids listed, then the error of a server that repeats a page token.</summary>
            /// <returns>What happened.</returns>
            public static string Run() => RunAsync().GetAwaiter().GetResult();

            private static async Task<string> RunAsync()
            {
                var client = new UserService.UserServiceClient(new PagesInvoker(loop: false));
                var ids = new List<string>();
                await foreach (User user in client.ListUsersPagedAsync(new ListUsersRequest { PageSize = 2 }, new ProtoGuardPagingOptions { ReadAhead = true }))
                {
                    ids.Add(user.Id);
                }

                foreach (User user in client.ListUsersPaged(new ListUsersRequest()))
                {
                    ids.Add(user.Id);
                }

                string loop = "no error";
                try
                {
                    foreach (User user in new UserService.UserServiceClient(new PagesInvoker(loop: true)).ListUsersPaged(new ListUsersRequest()))
                    {
                    }
                }
                catch (InvalidOperationException e)
                {
                    loop = e.Message;
                }

                return string.Join(",", ids) + "|" + loop;
            }
        }

        internal sealed class PagesInvoker : CallInvoker
        {
            private readonly bool _loop;

            public PagesInvoker(bool loop) => _loop = loop;

            public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
                => (TResponse)(object)Page((ListUsersRequest)(object)request);

            public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
                => new AsyncUnaryCall<TResponse>(
                    Task.FromResult(BlockingUnaryCall(method, host, options, request)),
                    Task.FromResult(new Metadata()),
                    () => Status.DefaultSuccess,
                    () => new Metadata(),
                    () => { });

            public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
                => throw new NotSupportedException();

            public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options)
                => throw new NotSupportedException();

            public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options)
                => throw new NotSupportedException();

            private ListUsersResponse Page(ListUsersRequest request)
            {
                var response = new ListUsersResponse();
                if (request.PageToken.Length == 0)
                {
                    response.Users.Add(new User { Id = "a" });
                    response.Users.Add(new User { Id = "b" });
                    response.NextPageToken = "t1";
                }
                else
                {
                    response.Users.Add(new User { Id = "c" });
                    response.NextPageToken = _loop ? "t1" : "";
                }

                return response;
            }
        }
        """;

    [Fact]
    public void A_client_of_a_referenced_library_gets_paging_extensions_that_page()
    {
        var library = TwoAssemblies.CompileLibrary(GrpcToolsOutput.For("User"), generator: null);

        (var result, var app) = GeneratorHarness.Run(TwoAssemblies.CreateApp(library, ("Program.cs", Program)));

        Assert.Equal(AppOutputs, result.Results.Single().GeneratedSources.Select(source => source.HintName).Order(StringComparer.Ordinal));
        Assert.Empty(GeneratorHarness.WarningsAndErrors(app).Select(diagnostic => diagnostic.ToString()));
        Assert.Equal(ExpectedRun, TwoAssemblies.RunApp(library, app));
    }

    [Fact]
    public void Both_assemblies_using_ProtoGuard_with_InternalsVisibleTo_keep_their_own_copies_without_CS0436()
    {
        var library = TwoAssemblies.CompileLibrary(
            GrpcToolsOutput.For("User").Append(("AssemblyInfo.cs", TwoAssemblies.InternalsVisibleToApp)),
            new PaginatingClientGenerator());

        (var result, var app) = GeneratorHarness.Run(TwoAssemblies.CreateApp(library, ("Program.cs", Program)));

        Assert.Equal(AppOutputs, result.Results.Single().GeneratedSources.Select(source => source.HintName).Order(StringComparer.Ordinal));
        Assert.Empty(GeneratorHarness.WarningsAndErrors(app).Select(diagnostic => diagnostic.ToString()));
        Assert.Equal(ExpectedRun, TwoAssemblies.RunApp(library, app));
    }

    [Fact]
    public void The_generated_method_path_of_a_referenced_client_comes_from_its_service_descriptor()
    {
        var library = TwoAssemblies.CompileLibrary(GrpcToolsOutput.For("User"), generator: null);

        (var result, _) = GeneratorHarness.Run(TwoAssemblies.CreateApp(library, ("Program.cs", Program)));

        var extensions = result.Results.Single().GeneratedSources
            .Single(source => source.HintName == "Myservice.V1.UserService.UserServiceClient.Paging.g.cs").SourceText.ToString();
        Assert.Contains("\"/\" + global::Myservice.V1.UserService.Descriptor.FullName + \"/ListUsers\",", extensions, StringComparison.Ordinal);
        Assert.Contains("[global::Microsoft.CodeAnalysis.Embedded]\ninternal static partial class UserServiceClientPagingExtensions", extensions.Replace("    ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_paged_method_the_library_already_exposes_is_not_generated_again()
    {
        const string LibraryExtension = """
            namespace Myservice.V1
            {
                /// <summary>The library's own paging method.</summary>
                public static class UserServiceClientExtras
                {
                    /// <summary>Not ProtoGuard's.</summary>
                    /// <param name="client">The client.</param>
                    /// <param name="request">The request.</param>
                    /// <returns>Nothing.</returns>
                    public static System.Collections.Generic.IEnumerable<User> ListUsersPagedAsync(this UserService.UserServiceClient client, ListUsersRequest request)
                        => new User[0];
                }
            }
            """;
        var library = TwoAssemblies.CompileLibrary(GrpcToolsOutput.For("User").Append(("Extras.cs", LibraryExtension)), generator: null);
        const string Caller = """
            using Myservice.V1;

            namespace App
            {
                internal static class Caller
                {
                    public static object Call(Myservice.V1.UserService.UserServiceClient client)
                        => (client.ListUsersPagedAsync(new Myservice.V1.ListUsersRequest()), client.ListUsersPaged(new Myservice.V1.ListUsersRequest()));
                }
            }
            """;

        (var result, var app) = GeneratorHarness.Run(TwoAssemblies.CreateApp(library, ("Caller.cs", Caller)));

        var extensions = result.Results.Single().GeneratedSources
            .Single(source => source.HintName == "Myservice.V1.UserService.UserServiceClient.Paging.g.cs").SourceText.ToString();
        Assert.DoesNotContain("ListUsersPagedAsync(", extensions, StringComparison.Ordinal);
        Assert.Contains(" ListUsersPaged(", extensions, StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.WarningsAndErrors(app).Select(diagnostic => diagnostic.ToString()));
    }

    [Theory]
    [InlineData(false, new string[0])]
    [InlineData(true, new[] { "Acme.Catalog.Api.CatalogService.CatalogServiceClient.Paging.g.cs", "ProtoGuard.Paging.g.cs" })]
    public void An_internal_client_of_a_referenced_library_gets_extensions_only_through_InternalsVisibleTo(bool internalsVisible, string[] expected)
    {
        IEnumerable<(string Path, string Text)> sources = GrpcToolsOutput.For("Catalog");
        var library = TwoAssemblies.CompileLibrary(
            internalsVisible ? sources.Append(("AssemblyInfo.cs", TwoAssemblies.InternalsVisibleToApp)) : sources,
            generator: null);

        (var result, var app) = GeneratorHarness.Run(TwoAssemblies.CreateApp(library, ("Empty.cs", "namespace App { }")));

        Assert.Equal(expected, result.Results.Single().GeneratedSources.Select(source => source.HintName).Order(StringComparer.Ordinal));
        Assert.Empty(GeneratorHarness.WarningsAndErrors(app).Select(diagnostic => diagnostic.ToString()));
    }

    [Fact]
    public void An_edit_of_the_App_regenerates_nothing_for_referenced_clients()
    {
        var library = TwoAssemblies.CompileLibrary(GrpcToolsOutput.For("User"), generator: null);
        var app = TwoAssemblies.CreateApp(library, ("Program.cs", Program));
        var driver = GeneratorHarness.CreateDriver().RunGenerators(app);

        var second = driver
            .RunGenerators(app.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App { internal sealed class Added { } }", GeneratorHarness.ParseOptions, "Added.cs")))
            .GetRunResult().Results.Single();

        Assert.All(
            second.TrackedSteps[TrackingNames.ReferencedPagedClients].SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Unchanged, output.Reason));
        Assert.Equal(2, second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs).Count());
        Assert.All(
            second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }
}
