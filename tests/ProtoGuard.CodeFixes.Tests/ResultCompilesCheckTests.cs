using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.CodeFixes.Tests;

/// <summary>
/// Every fix test compiles the fixed code and fails on a new compiler error. Proven here with the old PG3004 fix's
/// behaviour (append <c>context.CancellationToken</c> wherever the diagnostic is), which broke a static local function.
/// </summary>
public sealed class ResultCompilesCheckTests
{
    private static string Handler(string body) => $$"""
        using System.Threading.Tasks;
        using Greet;
        using Grpc.Core;

        class GreeterService : Greeter.GreeterBase
        {
            public override async Task<HelloReply> SayHello(HelloRequest request, ServerCallContext context)
            {
                {{body}}
                return new HelloReply();
            }
        }
        """;

    [Fact]
    public async Task A_fix_whose_result_does_not_compile_fails_its_test()
    {
        var test = new GrpcCodeFixTest<PG3004HandlerCallWithoutCancellation, AppendContextTokenEverywhere>(
            Handler("static async Task Local() { await Task.[|Delay|](100); } await Local();"),
            Handler("static async Task Local() { await Task.Delay(100, context.CancellationToken); } await Local();"));

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => test.RunAsync());

        Assert.Contains("CS8421", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>The naive fix: no check that <c>context</c> can be named where the token goes.</summary>
    private sealed class AppendContextTokenEverywhere : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("PG3004");

        public override FixAllProvider? GetFixAllProvider() => null;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root?.FindNode(context.Span).FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } invocation)
            {
                return;
            }

            var token = SyntaxFactory.Argument(SyntaxFactory.ParseExpression("context.CancellationToken"));
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Append the token",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(invocation.ArgumentList, invocation.ArgumentList.AddArguments(token)))),
                    equivalenceKey: "naive"),
                context.Diagnostics);
        }
    }
}
