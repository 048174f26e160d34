using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.Proto;
using ProtoGuard.Rules.Catalog;

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

        // These tests are about the adapter; the snippets are not meant to satisfy buf's STANDARD layout and naming
        // rules (package, directory, version), which have their own tests in ProtoGuard.Rules.Tests.
        test.DisabledDiagnostics.AddRange(RuleCatalog.All
            .Select(rule => rule.Id)
            .Where(id => string.CompareOrdinal(id, "PG1002") >= 0 && string.CompareOrdinal(id, "PG1999") <= 0 && !expected.Any(e => e.Id == id)));
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
    public async Task Links_the_projects_proto_files_and_reports_reserved_number_reuse()
    {
        var test = Test("/0/protos/user.proto", """
            syntax = "proto3";
            import "common.proto";
            message User {
              reserved 2;
              string id = 1;
              string email = {|#0:2|};
              Audit audit = 3;
            }
            """,
            Diagnostic("PG0007").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments("Field \"email\" uses number 2, which is reserved in \"User\"; pick an unused number"));
        test.TestState.AdditionalFiles.Add(("/0/protos/common.proto", """
            syntax = "proto3";
            import "google/protobuf/timestamp.proto";
            message Audit { google.protobuf.Timestamp created_at = 1; }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Reports_unresolved_types_when_every_import_resolved()
    {
        await Test("/0/protos/user.proto", """
            syntax = "proto3";
            import "google/protobuf/timestamp.proto";
            message User { {|#0:Timestmap|} created_at = 1; }
            """,
            Diagnostic("PG0003").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments("Type \"Timestmap\" is not defined; check the spelling and the imports")).RunAsync();
    }

    [Fact]
    public async Task Stays_quiet_about_imports_and_types_it_cannot_see()
    {
        // protoc may find shared/money.proto under an import root that the analyzer does not see.
        await Test("/0/protos/user.proto", """
            syntax = "proto3";
            import "shared/money.proto";
            message Order { shared.Money total = 1; }
            """).RunAsync();
    }

    private const string UnusedImport = """
        syntax = "proto3";
        {|#0:import "google/protobuf/timestamp.proto";|}
        message M {}
        """;

    [Fact]
    public async Task An_unused_import_is_reported_once_by_PG1015_not_also_by_protocs_PG0013()
    {
        await Test("/0/protos/user.proto", UnusedImport,
            Diagnostic("PG1015").WithLocation(0).WithArguments("google/protobuf/timestamp.proto")).RunAsync();
    }

    [Fact]
    public async Task With_PG1015_suppressed_like_NoWarn_does_PG0013_reports_the_unused_import()
    {
        // The harness suppresses the PG1xxx rules a test does not expect in the compilation options, as NoWarn does.
        var test = Test("/0/protos/user.proto", UnusedImport,
            Diagnostic("PG0013").WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments("Import \"google/protobuf/timestamp.proto\" is unused; remove it"));
        Assert.Contains("PG1015", test.DisabledDiagnostics);
        await test.RunAsync();
    }

    [Fact]
    public async Task With_PG1015_none_in_a_global_config_PG0013_reports_the_unused_import()
    {
        var test = Test("/0/protos/user.proto", UnusedImport,
            Diagnostic("PG0013").WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments("Import \"google/protobuf/timestamp.proto\" is unused; remove it"));
        test.DisabledDiagnostics.Remove("PG1015");
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.PG1015.severity = none\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Resolves_imports_against_the_items_ProtoRoot()
    {
        var test = Test("/0/src/protos/api/v1/orders.proto", """
            syntax = "proto3";
            package api.v1;
            import "common/v1/money.proto";
            message Order { common.v1.Money total = 1; {|#0:common.v1.Currency|} currency = 2; }
            """,
            Diagnostic("PG0003").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments("Type \"common.v1.Currency\" is not defined; check the spelling and the imports"));
        test.TestState.AdditionalFiles.Add(("/0/src/protos/common/v1/money.proto", """
            syntax = "proto3";
            package common.v1;
            message Money { int64 units = 1; }
            """));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", """
            is_global = true
            build_property.ProjectDir = /0/src/

            [/0/src/protos/api/v1/orders.proto]
            build_metadata.AdditionalFiles.ProtoRoot = protos

            [/0/src/protos/common/v1/money.proto]
            build_metadata.AdditionalFiles.ProtoRoot = protos
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Ignores_additional_files_that_are_not_proto_files()
    {
        await Test("/0/notes.txt", "enum UserRole { ROLE_ADMIN = 0; }").RunAsync();
    }

    [Fact]
    public async Task Honors_severity_from_an_editorconfig_section_for_proto_files()
    {
        var test = Test("/0/protos/user.proto", """
            syntax = "proto3";
            enum UserRole { {|#0:ROLE_ADMIN|} = 0; }
            """,
            Diagnostic("PG1001").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments("ROLE_ADMIN", "USER_ROLE_UNSPECIFIED"));
        AddEditorConfig(test, "root = true\n\n[*.proto]\ndotnet_diagnostic.PG1001.severity = error\n");
        await test.RunAsync();
    }

    [Fact]
    public async Task A_rule_that_is_off_by_default_reports_when_a_proto_section_turns_it_on()
    {
        var test = Test("/0/protos/user.proto", """
            syntax = "proto3";
            {|#0:message User {}|}
            """,
            Diagnostic("PG1039").WithLocation(0).WithMessage("Message 'User' has no comment; document it"));
        AddEditorConfig(test, "root = true\n\n[*.proto]\ndotnet_diagnostic.PG1039.severity = warning\n");
        await test.RunAsync();
    }

    [Fact]
    public async Task Severity_none_in_an_editorconfig_section_silences_the_rule_for_matching_files_only()
    {
        var test = Test("/0/legacy/old.proto", """
            syntax = "proto3";
            enum UserRole { ROLE_ADMIN = 0; }
            """);
        test.TestState.AdditionalFiles.Add(("/0/protos/new.proto", """
            syntax = "proto3";
            enum Kind { {|#0:KIND_A|} = 0; }
            """));
        test.ExpectedDiagnostics.Add(Diagnostic("PG1001").WithLocation(0).WithArguments("KIND_A", "KIND_UNSPECIFIED"));
        AddEditorConfig(test, "root = true\n\n[0/legacy/*.proto]\ndotnet_diagnostic.PG1001.severity = none\n");
        await test.RunAsync();
    }

    [Fact]
    public async Task Without_the_editorconfig_as_an_additional_file_the_compiler_ignores_proto_severities()
    {
        var test = Test("/0/protos/user.proto", """
            syntax = "proto3";
            enum UserRole { {|#0:ROLE_ADMIN|} = 0; }
            """,
            Diagnostic("PG1001").WithLocation(0).WithArguments("ROLE_ADMIN", "USER_ROLE_UNSPECIFIED"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.proto]\ndotnet_diagnostic.PG1001.severity = error\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_nearer_editorconfig_overrides_a_farther_one()
    {
        var test = Test("/0/protos/user.proto", """
            syntax = "proto3";
            enum UserRole { {|#0:ROLE_ADMIN|} = 0; }
            """,
            Diagnostic("PG1001").WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments("ROLE_ADMIN", "USER_ROLE_UNSPECIFIED"));
        AddEditorConfig(test, "root = true\n\n[*.proto]\ndotnet_diagnostic.PG1001.severity = error\n");
        AddEditorConfig(test, "[*.{proto,txt}]\ndotnet_diagnostic.PG1001.severity = suggestion\n", "/0/protos/.editorconfig");
        await test.RunAsync();
    }

    [Fact]
    public async Task Path_sections_match_a_proto_file_included_from_outside_the_project_folder()
    {
        // Issue 14: <Protobuf Include="..\Proto\greet.proto" /> in /0/Server reaches the analyzer as
        // /0/Server/../Proto/greet.proto; [Proto/*.proto] in /0/.editorconfig must match it.
        var test = Test("/0/Server/../Proto/greet.proto", """
            syntax = "proto3";
            enum UserRole { ROLE_ADMIN = 0; }
            """);
        test.TestState.AdditionalFiles.Add(("/0/Server/../Other/other.proto", """
            syntax = "proto3";
            enum Kind { {|#0:KIND_A|} = 0; }
            """));
        test.ExpectedDiagnostics.Add(Diagnostic("PG1001").WithLocation(0).WithArguments("KIND_A", "KIND_UNSPECIFIED"));
        AddEditorConfig(test, "root = true\n\n[Proto/*.proto]\ndotnet_diagnostic.PG1001.severity = none\n", "/0/.editorconfig");
        await test.RunAsync();
    }

    [Fact]
    public async Task An_editorconfig_in_the_proto_folder_outside_the_project_applies()
    {
        var test = Test("/0/Server/../Proto/greet.proto", """
            syntax = "proto3";
            enum UserRole { {|#0:ROLE_ADMIN|} = 0; }
            """,
            Diagnostic("PG1001").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments("ROLE_ADMIN", "USER_ROLE_UNSPECIFIED"));
        AddEditorConfig(test, "[*.proto]\ndotnet_diagnostic.PG1001.severity = error\n", "/0/Proto/.editorconfig");
        await test.RunAsync();
    }

    [Fact]
    public async Task A_buf_yaml_passed_by_the_targets_configures_the_buf_rules()
    {
        var test = Test("/0/protos/user.proto", """
            syntax = "proto3";
            {|#0:message User {}|}
            """,
            Diagnostic("PG1039").WithLocation(0).WithMessage("Message 'User' has no comment; document it"));
        test.TestState.AdditionalFiles.Add(("/0/buf.yaml", "version: v2\nlint:\n  use: [COMMENTS]\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_suppression_baseline_silences_its_rule_in_its_files_only()
    {
        // Issue 14 (adoption): ProtoGuard.Suppressions.txt in /0/Server lists ../Proto/greet.proto for PG1001.
        var test = Test("/0/Server/../Proto/greet.proto", """
            syntax = "proto3";
            enum UserRole { ROLE_ADMIN = 0; }
            """);
        test.TestState.AdditionalFiles.Add(("/0/Proto/other.proto", """
            syntax = "proto3";
            enum Kind { {|#0:KIND_A|} = 0; }
            """));
        test.ExpectedDiagnostics.Add(Diagnostic("PG1001").WithLocation(0).WithArguments("KIND_A", "KIND_UNSPECIFIED"));
        test.TestState.AdditionalFiles.Add(("/0/Server/ProtoGuard.Suppressions.txt", "# baseline\nPG1001 ../Proto/greet.proto\nPG0006 ../Proto/other.proto\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", """
            is_global = true

            [/0/Server/ProtoGuard.Suppressions.txt]
            build_metadata.AdditionalFiles.ProtoGuardSuppressions = true
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task ProtoGuardUseBufConfig_false_ignores_the_buf_yaml()
    {
        var test = Test("/0/protos/user.proto", """
            syntax = "proto3";
            message User {}
            """);
        test.DisabledDiagnostics.Remove("PG1039");
        test.TestState.AdditionalFiles.Add(("/0/buf.yaml", "version: v2\nlint:\n  use: [COMMENTS]\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ProtoGuardUseBufConfig = false\n"));
        await test.RunAsync();
    }

    private static void AddEditorConfig(CSharpAnalyzerTest<ProtoFileAnalyzer, DefaultVerifier> test, string text, string path = "/.editorconfig")
    {
        // As the package's targets do: the compiler gets it as analyzer config, ProtoGuard as an additional file.
        test.TestState.AnalyzerConfigFiles.Add((path, text));
        test.TestState.AdditionalFiles.Add((path, text));
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

    private const string Baseline = """
        # ProtoGuard schema baseline v1
        acme.v1.User message file=user.proto
        acme.v1.User#1 field name=id kind=string cardinality=implicit json_name=id
        acme.v1.User#4 field name=email kind=string cardinality=implicit json_name=email
        user.proto file package=acme.v1 syntax=proto3
        """;

    [Fact]
    public async Task Reports_a_deleted_field_against_the_baseline_as_an_error_at_its_message()
    {
        var test = Test("/0/protos/user.proto", """
            syntax = "proto3";
            package acme.v1;
            message {|#0:User|} {
              string id = 1;
            }
            """,
            Diagnostic("PG2032").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments(4, "email", "User", "reserved 4; reserved \"email\";"));
        test.TestState.AdditionalFiles.Add(("/0/protos/protoguard.baseline.txt", Baseline));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_ignore_comment_on_the_message_suppresses_its_breaking_change()
    {
        var test = Test("/0/protos/user.proto", """
            syntax = "proto3";
            package acme.v1;
            // protoguard:ignore PG2032 email was never released to clients (ADR-7)
            message User {
              string id = 1;
            }
            """);
        test.TestState.AdditionalFiles.Add(("/0/protos/protoguard.baseline.txt", Baseline));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_ignore_comment_that_suppresses_no_breaking_change_is_reported()
    {
        var test = Test("/0/protos/user.proto", """
            syntax = "proto3";
            package acme.v1;
            // {|#0:protoguard:ignore PG2035 names may change|}
            message {|#1:User|} {
              string id = 1;
              string email = 4;
            }
            """,
            Diagnostic("PG1047").WithLocation(0).WithArguments("'protoguard:ignore PG2035' suppresses no breaking change; remove it"),
            Diagnostic("PG1051").WithLocation(1).WithSeverity(DiagnosticSeverity.Info).WithArguments("User", "2-3", "reserved 2 to 3;"));
        test.TestState.AdditionalFiles.Add(("/0/protos/protoguard.baseline.txt", Baseline));
        await test.RunAsync();
    }

    [Fact]
    public async Task Checks_the_configured_category()
    {
        var test = Test("/0/protos/user.proto", """
            syntax = "proto3";
            package acme.v1;
            message {|#0:User|} {
              reserved 4;
              string id = 1;
            }
            """,
            Diagnostic("PG2033").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments(4, "email", "User", "reserved \"email\";"));
        test.TestState.AdditionalFiles.Add(("/0/protos/protoguard.baseline.txt", Baseline));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ProtoGuardBaselineFile = /0/protos/protoguard.baseline.txt\nbuild_property.ProtoGuardBreakingCategory = WIRE_JSON\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_buf_yaml_breaking_use_selects_the_rules_instead_of_the_category()
    {
        var test = Test("/0/protos/user.proto", """
            syntax = "proto3";
            package acme.v1;
            message {|#0:User|} {
              reserved 4;
              string id = 1;
            }
            """,
            Diagnostic("PG2033").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments(4, "email", "User", "reserved \"email\";"));
        test.TestState.AdditionalFiles.Add(("/0/protos/protoguard.baseline.txt", Baseline));
        test.TestState.AdditionalFiles.Add(("/0/buf.yaml", "version: v2\nbreaking:\n  use: [WIRE_JSON]\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_buf_yaml_breaking_except_turns_a_rule_off()
    {
        var test = Test("/0/protos/user.proto", """
            syntax = "proto3";
            package acme.v1;
            message User {
              string id = 1;
            }
            """);
        test.TestState.AdditionalFiles.Add(("/0/protos/protoguard.baseline.txt", Baseline));
        test.TestState.AdditionalFiles.Add(("/0/buf.yaml", "version: v2\nbreaking:\n  except: [FIELD_NO_DELETE]\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Without_a_baseline_reports_one_info_saying_how_to_create_it()
    {
        var test = Test("/0/protos/user.proto", "syntax = \"proto3\";\nmessage User {}\n",
            Diagnostic("PG2065").WithSeverity(DiagnosticSeverity.Info).WithNoLocation().WithArguments("/0/protoguard.baseline.txt"));
        test.TestState.AdditionalFiles.Add(("/0/protos/other.proto", "syntax = \"proto3\";\nmessage Other {}\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ProtoGuardBaselineFile = /0/protoguard.baseline.txt\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_malformed_baseline_is_an_error_at_its_line_and_nothing_else_runs()
    {
        var test = Test("/0/protos/user.proto", "syntax = \"proto3\";\npackage acme.v1;\nmessage User {}\n");
        test.TestState.AdditionalFiles.Add(("/0/protos/protoguard.baseline.txt", """
            # ProtoGuard schema baseline v1
            {|#0:acme.v1.User message file=user.proto reserved=4-x|}
            user.proto file package=acme.v1 syntax=proto3
            """));
        test.ExpectedDiagnostics.Add(Diagnostic("PG2066").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments("line 2: '4-x' in reserved is not a number or a range 'start-end'"));
        await test.RunAsync();
    }
}
