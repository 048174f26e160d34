using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ProtoGuard.Tests.Infrastructure;

/// <summary>A code-fix test that compiles the code before and after the fix next to the generated Greeter service.</summary>
internal sealed class GrpcCodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public GrpcCodeFixTest(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        ReferenceAssemblies = GrpcTestSources.ReferenceAssemblies;

        // The "result compiles" check of every fix test: a compiler error in the fixed code that the test does not
        // expect fails it (ResultCompilesCheckTests proves this with a fix that breaks code). Never lower this.
        CompilerDiagnostics = CompilerDiagnostics.Errors;
        TestState.Sources.Add(("/0/Test0.cs", source));
        FixedState.Sources.Add(("/0/Test0.cs", fixedSource));
        foreach (var state in new[] { TestState, FixedState })
        {
            state.Sources.Add(("/0/Greet.cs", GrpcTestSources.Messages));
            state.Sources.Add(("/0/GreetGrpc.cs", GrpcTestSources.Service));
        }

        ExpectedDiagnostics.AddRange(expected);
    }

    /// <summary>Adds an .editorconfig that applies to every C# file.</summary>
    public GrpcCodeFixTest<TAnalyzer, TCodeFix> WithEditorConfig(params string[] lines)
    {
        TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + string.Join("\n", lines) + "\n"));
        return this;
    }

    public static DiagnosticResult Diagnostic() => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic();
}
