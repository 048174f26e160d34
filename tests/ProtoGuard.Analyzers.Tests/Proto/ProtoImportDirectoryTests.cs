using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.Proto;

namespace ProtoGuard.Tests.Proto;

/// <summary>
/// Issue 14: a file protoc compiles never gets a ProtoGuard error. The third-party shape is a JSON-transcoding
/// project: greet.proto imports google/api/annotations.proto, which protoc finds under an import directory (the
/// project directory, an AdditionalImportDirs entry, or Google.Api.CommonProtos' standard import path). The package's
/// targets pass those files as additional files with ProtoGuardImportOnly = true: linked, never reported.
/// </summary>
public sealed class ProtoImportDirectoryTests
{
    private const string TranscodedGreet = """
        syntax = "proto3";
        package greet;
        import "google/api/annotations.proto";
        service Greeter {
          rpc SayHello (HelloRequest) returns (HelloReply) {
            option (google.api.http) = { get: "/v1/greeter/{name}" };
          }
          rpc SayHelloPost (HelloRequest) returns (HelloReply) {
            option (google.api.http) = { post: "/v1/greeter" body: "*" };
          }
        }
        message HelloRequest { string name = 1; }
        message HelloReply { string message = 1; }
        """;

    private static readonly string Annotations = ReadGoogleApi("annotations.proto");
    private static readonly string Http = ReadGoogleApi("http.proto");

    private static string ReadGoogleApi(string fileName)
    {
        using var stream = typeof(ProtoImportDirectoryTests).Assembly.GetManifestResourceStream("TestData.googleapis." + fileName)
            ?? throw new InvalidOperationException("Missing test resource " + fileName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static CSharpAnalyzerTest<ProtoFileAnalyzer, DefaultVerifier> Test(string globalConfig)
    {
        var test = new CSharpAnalyzerTest<ProtoFileAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
            TestCode = "class Program { }",
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        return test;
    }

    private static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<ProtoFileAnalyzer, DefaultVerifier>.Diagnostic(id);

    [Fact]
    public async Task Transcoding_options_resolve_through_google_api_files_copied_into_the_project_directory()
    {
        // The layout of the ASP.NET Core transcoding docs: google/api/*.proto copied next to Protos/, found by protoc
        // under the item's default ProtoRoot (the project directory).
        var test = Test("""
            build_property.ProjectDir = /0/Server/

            [/0/Server/google/api/annotations.proto]
            build_metadata.AdditionalFiles.ProtoGuardImportOnly = true

            [/0/Server/google/api/http.proto]
            build_metadata.AdditionalFiles.ProtoGuardImportOnly = true
            """);
        test.TestState.AdditionalFiles.Add(("/0/Server/Protos/greet.proto", TranscodedGreet));
        test.TestState.AdditionalFiles.Add(("/0/Server/google/api/annotations.proto", Annotations));
        test.TestState.AdditionalFiles.Add(("/0/Server/google/api/http.proto", Http));
        await test.RunAsync();
    }

    [Fact]
    public async Task Transcoding_options_resolve_through_an_additional_import_directory_and_are_checked()
    {
        // The files are really linked, not just tolerated: a misspelt HttpRule field is still reported.
        var test = Test("""
            build_property.ProjectDir = /0/Server/

            [/0/Server/Protos/greet.proto]
            build_metadata.AdditionalFiles.AdditionalImportDirs = ../third_party

            [/0/third_party/google/api/annotations.proto]
            build_metadata.AdditionalFiles.ProtoGuardImportOnly = true
            build_metadata.AdditionalFiles.ProtoRoot = /0/third_party

            [/0/third_party/google/api/http.proto]
            build_metadata.AdditionalFiles.ProtoGuardImportOnly = true
            build_metadata.AdditionalFiles.ProtoRoot = /0/third_party
            """);
        test.TestState.AdditionalFiles.Add(("/0/Server/Protos/greet.proto", TranscodedGreet.Replace(
            "{ post: \"/v1/greeter\" body: \"*\" }",
            "{ post: \"/v1/greeter\" {|#0:bdy|}: \"*\" }",
            StringComparison.Ordinal)));
        test.TestState.AdditionalFiles.Add(("/0/third_party/google/api/annotations.proto", Annotations));
        test.TestState.AdditionalFiles.Add(("/0/third_party/google/api/http.proto", Http));
        test.ExpectedDiagnostics.Add(Diagnostic("PG0010").WithLocation(0).WithSeverity(DiagnosticSeverity.Error)
            .WithArguments("Message type \"google.api.HttpRule\" has no field named \"bdy\""));
        await test.RunAsync();
    }

    [Fact]
    public async Task Transcoding_options_resolve_through_the_import_directories_the_targets_pass()
    {
        // Google.Api.CommonProtos with IncludeGoogleApiCommonProtos=true: its protos folder is on protoc's standard
        // import path. The targets pass the directories as ProtoGuardImportDirectories and the files protoc read as
        // import-only additional files, without ProtoRoot metadata.
        var test = Test("""
            build_property.ProjectDir = /0/Server/
            build_property.ProtoGuardImportDirectories = /0/Server/|/nuget/grpc.tools/build/native/include|/nuget/google.api.commonprotos/content/protos

            [/nuget/google.api.commonprotos/content/protos/google/api/annotations.proto]
            build_metadata.AdditionalFiles.ProtoGuardImportOnly = true

            [/nuget/google.api.commonprotos/content/protos/google/api/http.proto]
            build_metadata.AdditionalFiles.ProtoGuardImportOnly = true
            """);
        test.TestState.AdditionalFiles.Add(("/0/Server/Protos/greet.proto", TranscodedGreet.Replace(
            "{ post: \"/v1/greeter\" body: \"*\" }",
            "{ {|#0:pots|}: \"/v1/greeter\" body: \"*\" }",
            StringComparison.Ordinal)));
        test.TestState.AdditionalFiles.Add(("/nuget/google.api.commonprotos/content/protos/google/api/annotations.proto", Annotations));
        test.TestState.AdditionalFiles.Add(("/nuget/google.api.commonprotos/content/protos/google/api/http.proto", Http));
        test.ExpectedDiagnostics.Add(Diagnostic("PG0010").WithLocation(0).WithSeverity(DiagnosticSeverity.Error)
            .WithArguments("Message type \"google.api.HttpRule\" has no field named \"pots\""));
        await test.RunAsync();
    }

    [Fact]
    public async Task Import_only_files_are_never_reported()
    {
        var test = Test("""
            build_property.ProjectDir = /0/Server/

            [/0/Server/google/api/annotations.proto]
            build_metadata.AdditionalFiles.ProtoGuardImportOnly = true

            [/0/Server/google/api/legacy.proto]
            build_metadata.AdditionalFiles.ProtoGuardImportOnly = true
            """);
        test.TestState.AdditionalFiles.Add(("/0/Server/Protos/greet.proto", TranscodedGreet));
        test.TestState.AdditionalFiles.Add(("/0/Server/google/api/annotations.proto", Annotations));
        // Not imported by anything, a PG1001 and a PG0001 in it: linked only when imported, reported never.
        test.TestState.AdditionalFiles.Add(("/0/Server/google/api/legacy.proto", "syntax = \"proto3\";\nenum Role { ROLE_ADMIN = 0; }\nmessage M { string id = 1 }\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_shared_proto_another_project_reports_is_linked_for_its_importers_but_not_reported()
    {
        // Client includes ..\Proto\common.proto (GrpcServices="Client"): the targets mark it import-only, so its PG1001
        // shows once (from the server project), while Client's own file still resolves its types, and still gets a
        // certain PG0003 for a type common.proto does not declare.
        var test = Test("""
            build_property.ProjectDir = /0/Client/

            [/0/Proto/common.proto]
            build_metadata.AdditionalFiles.ProtoGuardImportOnly = true
            build_metadata.AdditionalFiles.ProtoRoot = /0/Proto/
            """);
        test.TestState.AdditionalFiles.Add(("/0/Client/../Proto/common.proto", """
            syntax = "proto3";
            package common.v1;
            enum Color { RED = 0; }
            message Money { int64 units = 1; }
            """));
        test.TestState.AdditionalFiles.Add(("/0/Client/Protos/cart.proto", """
            syntax = "proto3";
            package cart.v1;
            import "common.proto";
            message Cart { common.v1.Money total = 1; common.v1.Color color = 2; {|#0:common.v1.Currency|} currency = 3; }
            """));
        test.TestState.AnalyzerConfigFiles.Add(("/0/Client/.globalconfig", """
            is_global = true
            global_level = 1
            build_property.ProtoGuardImportDirectories = /0/Client|/0/Proto
            """));
        test.ExpectedDiagnostics.Add(Diagnostic("PG0003").WithLocation(0).WithSeverity(DiagnosticSeverity.Error)
            .WithArguments("Type \"common.v1.Currency\" is not defined; check the spelling and the imports"));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_unseen_import_suppresses_every_error_that_depends_on_it()
    {
        // protoc finds google/api/annotations.proto somewhere the analyzer was not told about: no PG0010 on the
        // options it defines, no PG0003 on its types, no PG0012 on their use, no PG0002 on the import.
        var test = Test("build_property.ProjectDir = /0/Server/\n");
        test.TestState.AdditionalFiles.Add(("/0/Server/Protos/greet.proto", TranscodedGreet + """

            service Echo {
              rpc Call (google.api.HttpRule) returns (google.api.HttpRule);
            }
            message Holder { map<google.api.HttpRule, string> rules = 1; }
            extend google.api.HttpRule { string note = 50000; }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_import_unseen_deeper_in_the_import_graph_suppresses_the_dependent_errors_too()
    {
        // annotations.proto is seen, the http.proto it imports is not: google.api.http's type is unknown to the analyzer.
        var test = Test("""
            build_property.ProjectDir = /0/Server/

            [/0/Server/google/api/annotations.proto]
            build_metadata.AdditionalFiles.ProtoGuardImportOnly = true
            """);
        test.TestState.AdditionalFiles.Add(("/0/Server/Protos/greet.proto", TranscodedGreet + """

            service Legacy {
              rpc Get (HelloRequest) returns (HelloReply) {
                option (google.api.http).get = "/v1/legacy";
              }
            }
            """));
        test.TestState.AdditionalFiles.Add(("/0/Server/google/api/annotations.proto", Annotations));
        await test.RunAsync();
    }

    [Fact]
    public async Task Errors_that_do_not_depend_on_other_files_are_still_reported_next_to_an_unseen_import()
    {
        var test = Test("build_property.ProjectDir = /0/Server/\n");
        test.TestState.AdditionalFiles.Add(("/0/Server/Protos/greet.proto", TranscodedGreet + """

            message Numbers { string a = 1; string b = {|#0:1|}; }
            """));
        test.ExpectedDiagnostics.Add(Diagnostic("PG0006").WithLocation(0).WithSeverity(DiagnosticSeverity.Error)
            .WithArguments("Field number 1 of \"b\" is already used by \"a\" in \"Numbers\"; give each field its own number"));
        await test.RunAsync();
    }

    [Fact]
    public async Task With_every_import_seen_option_errors_are_reported()
    {
        // The counterpart of the suppression: nothing unseen, so an unknown custom option is a certain error.
        var test = Test("build_property.ProjectDir = /0/Server/\n");
        test.TestState.AdditionalFiles.Add(("/0/Server/Protos/greet.proto", """
            syntax = "proto3";
            import "google/protobuf/descriptor.proto";
            message M {
              option {|#0:(google.api.resource)|} = { type: "x" };
            }
            """));
        test.ExpectedDiagnostics.Add(Diagnostic("PG0010").WithLocation(0).WithSeverity(DiagnosticSeverity.Error)
            .WithArguments("Option \"(google.api.resource)\" is unknown; import the file that defines it"));
        await test.RunAsync();
    }
}
