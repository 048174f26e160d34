using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.Proto;

namespace ProtoGuard.Tests.Proto;

/// <summary>The Roslyn adapter for the .proto rules: AdditionalFiles in, diagnostics at file.proto positions out.</summary>
public sealed class ProtoFileAnalyzerTests
{
    private static CSharpAnalyzerTest<ProtoFileAnalyzer, DefaultVerifier> Test(string protoPath, string protoMarkup, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<ProtoFileAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
            TestCode = "class Program { }",
        };
        test.TestState.AdditionalFiles.Add((protoPath, protoMarkup));
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }

    private static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<ProtoFileAnalyzer, DefaultVerifier>.Diagnostic(id);

    [Fact]
    public async Task Reports_a_proto_rule_at_its_span_in_the_proto_file()
    {
        await Test("/0/protos/user.proto", """
            syntax = "proto3";
            enum UserRole {
              {|#0:ROLE_ADMIN|} = 0;
            }
            """,
            Diagnostic("PG1001").WithLocation(0).WithArguments("ROLE_ADMIN", "USER_ROLE_UNSPECIFIED")).RunAsync();
    }

    [Fact]
    public async Task Reports_syntax_errors_as_PG0001_errors()
    {
        await Test("/0/broken.proto", """
            syntax = "proto3";
            message M {
              string id = 1{|#0:|}
            }
            """,
            Diagnostic("PG0001").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments("Expected ';' after field declaration")).RunAsync();
    }

    [Fact]
    public async Task Ignores_additional_files_that_are_not_proto_files()
    {
        await Test("/0/notes.txt", "enum UserRole { ROLE_ADMIN = 0; }").RunAsync();
    }

    [Fact]
    public async Task Rule_options_are_read_from_the_proto_files_section()
    {
        var test = Test("/0/protos/user.proto", """
            syntax = "proto3";
            enum Mode { {|#0:MODE_UNSPECIFIED|} = 0; }
            """,
            Diagnostic("PG1001").WithLocation(0).WithArguments("MODE_UNSPECIFIED", "MODE_UNKNOWN"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.proto]\ndotnet_diagnostic.PG1001.suffix = _UNKNOWN\n"));
        await test.RunAsync();
    }
}
