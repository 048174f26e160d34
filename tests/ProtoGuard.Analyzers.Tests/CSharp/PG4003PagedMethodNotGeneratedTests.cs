using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.CSharp;

/// <summary>
/// paging.proto's WidgetService (TestData/README.md) has one List RPC with the AIP-158 shape and one near miss per reason.
/// The analyzer runs without the generator, so every paged method is missing (CS1061): PG4003 must explain exactly the
/// List RPCs the generator skips, with the generator's reason, and stay silent for ListWidgets, which it pages.
/// </summary>
public sealed class PG4003PagedMethodNotGeneratedTests
{
    private static string Caller(string body) => $$"""
        using Paging.V1;

        namespace App
        {
            class Caller
            {
                void Run(WidgetService.WidgetServiceClient client)
                {
                    {{body}}
                }
            }
        }
        """;

    private static DiagnosticResult Expected(string rpc, string pagedMethod, string reason) =>
        GrpcAnalyzerTest<PG4003PagedMethodNotGenerated>.Diagnostic().WithLocation(0).WithArguments(rpc, pagedMethod, reason);

    private static GrpcAnalyzerTest<PG4003PagedMethodNotGenerated> Test(string source, params DiagnosticResult[] expected)
    {
        var test = new GrpcAnalyzerTest<PG4003PagedMethodNotGenerated>(source, expected);
        test.TestState.Sources.Add(("/0/Paging.cs", GrpcTestSources.PagingMessages));
        test.TestState.Sources.Add(("/0/PagingGrpc.cs", GrpcTestSources.PagingService));
        return test;
    }

    public static TheoryData<string, string> NearMisses => new()
    {
        { "ListGadgets", "ListGadgetsResponse has no 'next_page_token' field; add 'string next_page_token' to it (AIP-158)" },
        { "ListParts", "ListPartsResponse has several repeated fields ('Parts', 'Warnings'), so which one is the page is ambiguous; keep one and move the others into a message" },
        { "ListTools", "'page_token' of ListToolsRequest is int64, not a settable string; declare it 'string page_token'" },
        { "ListBolts", "'page_size' of ListBoltsRequest is int64, not a settable int32; declare it 'int32 page_size'" },
        { "ListNuts", "ListNutsResponse has no repeated field for the page's results; add one, e.g. 'repeated Item items'" },
        { "ListScrews", "ListScrewsRequest has no 'page_size' field; add 'int32 page_size' to it (AIP-158)" },
        { "ListSprings", "'next_page_token' of ListSpringsResponse is int32, not string; declare it 'string next_page_token'" },
    };

    [Theory]
    [MemberData(nameof(NearMisses))]
    public async Task Reports_AsyncCallOfAListRpcThatGetsNoPagedMethod(string rpc, string reason) =>
        await Test(Caller($"var call = client.{{|#0:{rpc}Async|}}(new {rpc}Request());"), Expected(rpc, rpc + "PagedAsync", reason)).RunAsync();

    [Theory]
    [MemberData(nameof(NearMisses))]
    public async Task Reports_BlockingCallOfAListRpcThatGetsNoPagedMethod(string rpc, string reason) =>
        await Test(Caller($"var page = client.{{|#0:{rpc}|}}(new {rpc}Request());"), Expected(rpc, rpc + "Paged", reason)).RunAsync();

    [Theory]
    [MemberData(nameof(NearMisses))]
    public async Task Reports_ThePagedMethodAskedFor(string rpc, string reason) =>
        await Test(
            Caller($"var items = client.{{|#0:{{|CS1061:{rpc}PagedAsync|}}|}}(new {rpc}Request());"),
            Expected(rpc, rpc + "PagedAsync", reason)).RunAsync();

    [Fact]
    public async Task Reports_TheBlockingPagedMethodAskedFor() =>
        await Test(
            Caller("var items = client.{|#0:{|CS1061:ListGadgetsPaged|}|}(new ListGadgetsRequest());"),
            Expected("ListGadgets", "ListGadgetsPaged", "ListGadgetsResponse has no 'next_page_token' field; add 'string next_page_token' to it (AIP-158)")).RunAsync();

    [Fact]
    public async Task Reports_APagedMethodAskedForOfAStreamingRpc() =>
        await Test(
            Caller("var items = client.{|#0:{|CS1061:StreamWidgetsPagedAsync|}|}(new ListWidgetsRequest());"),
            Expected("StreamWidgets", "StreamWidgetsPagedAsync", "it is not a unary RPC; paged methods are generated for unary List RPCs (AIP-158), a streaming RPC sends its results without pages")).RunAsync();

    [Theory]
    [InlineData("var call = client.ListWidgetsAsync(new ListWidgetsRequest());")]
    [InlineData("var page = client.ListWidgets(new ListWidgetsRequest());")]
    [InlineData("var items = client.{|CS1061:ListWidgetsPagedAsync|}(new ListWidgetsRequest());")]
    [InlineData("var items = client.{|CS1061:ListWidgetsPaged|}(new ListWidgetsRequest());")]
    public async Task DoesNotReport_AListRpcThatGetsItsPagedMethod(string body) =>
        await Test(Caller(body)).RunAsync();

    [Theory]
    [InlineData("var call = client.ListColorsAsync(new ListColorsRequest());")]
    [InlineData("var items = client.{|CS1061:ListColorsPagedAsync|}(new ListColorsRequest());")]
    [InlineData("var stream = client.StreamWidgets(new ListWidgetsRequest());")]
    [InlineData("var items = client.{|CS1061:ListRegionsPagedAsync|}(new ListColorsRequest());")]
    public async Task DoesNotReport_RpcsThatAreNotListRpcs(string body) =>
        await Test(Caller(body)).RunAsync();

    [Fact]
    public async Task DoesNotReport_MethodsOfOtherTypesWithListNames()
    {
        const string Source = """
            using System.Collections.Generic;
            using Paging.V1;

            namespace App
            {
                class Store
                {
                    public List<Widget> ListGadgets(ListGadgetsRequest request) => new List<Widget>();
                }

                class Caller
                {
                    void Run(Store store) => store.ListGadgets(new ListGadgetsRequest());
                }
            }
            """;
        await Test(Source).RunAsync();
    }

    [Fact]
    public async Task Reports_AListRpcOfAClientFromAReferencedAssembly()
    {
        var test = new GrpcAnalyzerTest<PG4003PagedMethodNotGenerated>(
            Caller("var gadgets = client.{|#0:ListGadgetsAsync|}(new ListGadgetsRequest()); var widgets = client.ListWidgetsAsync(new ListWidgetsRequest());"),
            Expected("ListGadgets", "ListGadgetsPagedAsync", "ListGadgetsResponse has no 'next_page_token' field; add 'string next_page_token' to it (AIP-158)"));
        test.TestState.AdditionalProjects["Contracts"].Sources.Add(("/1/Paging.cs", GrpcTestSources.PagingMessages));
        test.TestState.AdditionalProjects["Contracts"].Sources.Add(("/1/PagingGrpc.cs", GrpcTestSources.PagingService));
        test.TestState.AdditionalProjectReferences.Add("Contracts");
        await test.RunAsync();
    }

    [Fact]
    public async Task Reports_AListRpcWithTheShapeWhenTheProjectCompilesWithCSharp7()
    {
        var test = Test(
            Caller("var call = client.{|#0:ListWidgetsAsync|}(new ListWidgetsRequest());"),
            Expected("ListWidgets", "ListWidgetsPagedAsync", "the generated code needs C# 8 or later; set <LangVersion> to 8.0 or later"));
        test.SolutionTransforms.Add((solution, projectId) =>
            solution.WithProjectParseOptions(projectId, ((CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!).WithLanguageVersion(LanguageVersion.CSharp7_3)));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("ListWidgetsPagedAsync")]
    [InlineData("ListWidgetsPaged")]
    public async Task Reports_APagedMethodAskedFor_WhenThePropertyTurnsThemOff(string member)
    {
        var test = Test(
            Caller($"var items = client.{{|#0:{{|CS1061:{member}|}}|}}(new ListWidgetsRequest()); var call = client.ListWidgetsAsync(new ListWidgetsRequest());"),
            Expected("ListWidgets", member, "the project sets ProtoGuardPagedMethods to 'none'; set it to 'used' (or remove it) to get the paged methods the code calls"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ProtoGuardPagedMethods = None\n"));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("used")]
    [InlineData("all")]
    public async Task DoesNotReport_AWellShapedRpc_WhenThePropertyLetsItBeGenerated(string mode)
    {
        var test = Test(Caller("var items = client.{|CS1061:ListWidgetsPagedAsync|}(new ListWidgetsRequest());"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property.ProtoGuardPagedMethods = {mode}\n"));
        await test.RunAsync();
    }
}
