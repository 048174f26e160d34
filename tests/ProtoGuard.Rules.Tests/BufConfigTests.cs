using ProtoGuard.Rules.Configuration;
using ProtoGuard.Rules.Engine;

namespace ProtoGuard.Rules.Tests;

/// <summary>A buf.yaml's lint section becomes ProtoGuard options, for v1 and v2 files, and presets pick the default rule set.</summary>
public sealed class BufConfigTests
{
    private static IReadOnlyDictionary<string, string> OptionsFor(string yaml, string file) =>
        BufConfig.Parse("/repo/buf.yaml", yaml)!.OptionsFor(file);

    [Fact]
    public void The_breaking_section_gives_its_ignores_per_file_and_module()
    {
        const string Yaml = """
            version: v2
            modules:
              - path: proto
                breaking:
                  ignore:
                    - proto/legacy
              - path: beta
            breaking:
              ignore_unstable_packages: true
            """;

        Assert.Equal("true", OptionsFor(Yaml, "/repo/proto/legacy/old.proto")[BufConfig.BreakingIgnoredKey]);
        Assert.Equal("false", OptionsFor(Yaml, "/repo/proto/legacy/old.proto")[BufConfig.BreakingIgnoreUnstablePackagesKey]);
        Assert.Equal("false", OptionsFor(Yaml, "/repo/proto/api.proto")[BufConfig.BreakingIgnoredKey]);
        Assert.Equal("true", OptionsFor(Yaml, "/repo/beta/api.proto")[BufConfig.BreakingIgnoreUnstablePackagesKey]);
    }

    [Fact]
    public void Breaking_use_and_except_select_buf_rule_ids_categories_standing_for_their_rules()
    {
        const string Yaml = """
            version: v2
            modules:
              - path: wire
                breaking:
                  use: [WIRE]
                  except: [FIELD_WIRE_COMPATIBLE_TYPE, ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED]
              - path: one
                breaking:
                  use: [FIELD_NO_DELETE, RPC_NO_DELETE]
              - path: plain
                breaking:
                  ignore: [plain/old]
            """;

        Assert.Equal(
            "FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED,FIELD_SAME_DEFAULT,FIELD_SAME_ONEOF,FIELD_WIRE_COMPATIBLE_CARDINALITY,FILE_SAME_PACKAGE,MESSAGE_SAME_REQUIRED_FIELDS," +
            "RESERVED_ENUM_NO_DELETE,RESERVED_MESSAGE_NO_DELETE,RPC_SAME_CLIENT_STREAMING,RPC_SAME_IDEMPOTENCY_LEVEL,RPC_SAME_REQUEST_TYPE,RPC_SAME_RESPONSE_TYPE,RPC_SAME_SERVER_STREAMING",
            OptionsFor(Yaml, "/repo/wire/a.proto")[BufConfig.BreakingRulesKey]);
        Assert.Equal("FIELD_NO_DELETE,RPC_NO_DELETE", OptionsFor(Yaml, "/repo/one/a.proto")[BufConfig.BreakingRulesKey]);
        Assert.False(OptionsFor(Yaml, "/repo/plain/a.proto").ContainsKey(BufConfig.BreakingRulesKey));
    }

    [Fact]
    public void V2_use_except_and_options_map_onto_the_equivalent_rules()
    {
        var options = OptionsFor("""
            version: v2
            lint:
              use:
                - STANDARD
                - COMMENTS
              except: [PACKAGE_VERSION_SUFFIX, FIELD_LOWER_SNAKE_CASE]
              enum_zero_value_suffix: _NONE
              service_suffix: API
              rpc_allow_google_protobuf_empty_requests: true
              disallow_comment_ignores: true
            """, "/repo/acme/v1/a.proto");

        Assert.Equal("warning", options["dotnet_diagnostic.PG1002.severity"]);
        Assert.Equal("none", options["dotnet_diagnostic.PG1001.severity"]);
        Assert.Equal("warning", options["dotnet_diagnostic.PG1039.severity"]);
        Assert.Equal("none", options["dotnet_diagnostic.PG1031.severity"]);
        Assert.Equal("none", options["dotnet_diagnostic.PG1012.severity"]);
        Assert.Equal("none", options["dotnet_diagnostic.PG1043.severity"]);
        Assert.Equal("_NONE", options["dotnet_diagnostic.PG1002.enum_zero_value_suffix"]);
        Assert.Equal("API", options["dotnet_diagnostic.PG1035.service_suffix"]);
        Assert.Equal("true", options["dotnet_diagnostic.PG1033.rpc_allow_google_protobuf_empty_requests"]);
        Assert.Equal("false", options["protoguard.buf_comment_ignores"]);
    }

    [Fact]
    public void Ignore_and_ignore_only_paths_are_relative_to_the_buf_yaml()
    {
        const string Yaml = """
            version: v1
            lint:
              use: [DEFAULT]
              ignore:
                - vendor
              ignore_only:
                ENUM_VALUE_PREFIX:
                  - acme/legacy/old.proto
            """;

        Assert.Equal("none", OptionsFor(Yaml, "/repo/vendor/x/y.proto")["dotnet_diagnostic.PG1012.severity"]);
        Assert.Equal("none", OptionsFor(Yaml, "/repo/acme/legacy/old.proto")["dotnet_diagnostic.PG1029.severity"]);
        Assert.Equal("warning", OptionsFor(Yaml, "/repo/acme/legacy/old.proto")["dotnet_diagnostic.PG1012.severity"]);
        Assert.Equal("warning", OptionsFor(Yaml, "/repo/acme/v1/new.proto")["dotnet_diagnostic.PG1029.severity"]);
        Assert.Equal("false", OptionsFor(Yaml, "/repo/acme/v1/new.proto")["protoguard.buf_comment_ignores"]);
        Assert.Empty(OptionsFor(Yaml, "/elsewhere/a.proto"));
    }

    [Fact]
    public void V2_modules_have_their_own_lint_section_and_default_to_standard()
    {
        const string Yaml = """
            version: v2
            modules:
              - path: proto
                lint:
                  use:
                    - MINIMAL
              - path: other
            """;

        Assert.Equal("none", OptionsFor(Yaml, "/repo/proto/acme/v1/a.proto")["dotnet_diagnostic.PG1012.severity"]);
        Assert.Equal("warning", OptionsFor(Yaml, "/repo/proto/acme/v1/a.proto")["dotnet_diagnostic.PG1005.severity"]);
        Assert.Equal("warning", OptionsFor(Yaml, "/repo/other/a.proto")["dotnet_diagnostic.PG1012.severity"]);
    }

    [Fact]
    public void A_file_that_is_not_a_buf_configuration_is_not_one()
    {
        Assert.Null(BufConfig.Parse("/repo/buf.yaml", "name: something else\n"));
    }

    [Fact]
    public void Buf_yaml_options_change_what_the_rules_report()
    {
        var options = OptionsFor("version: v2\nlint:\n  use: [STANDARD]\n  except: [FIELD_LOWER_SNAKE_CASE]\n", "/repo/acme/v1/test.proto");

        var findings = RuleTestHarness.Lint(
            "syntax = \"proto3\";\npackage acme.v1;\nenum Role { ROLE_NONE = 0; }\nmessage M { string displayName = 1; }\n",
            options,
            "acme/v1/test.proto");

        Assert.Equal(["PG1002"], findings.Select(f => f.Rule.Id));
    }

    [Theory]
    [InlineData("recommended", new[] { "PG1001", "PG1012" })]
    [InlineData("strict", new[] { "PG1001", "PG1002", "PG1012", "PG1036", "PG1037", "PG1038", "PG1039" })]
    [InlineData("none", new string[0])]
    public void Presets_choose_the_rules_that_run_without_a_configured_severity(string preset, string[] expected)
    {
        var findings = RuleTestHarness.Lint(
            "syntax = \"proto3\";\npackage acme.v1;\nenum Role { ROLE_NONE = 0; }\nmessage M { string displayName = 1; }\n",
            new Dictionary<string, string> { ["protoguard.preset"] = preset },
            "acme/v1/test.proto");

        Assert.Equal(expected.Order(StringComparer.Ordinal), findings.Select(f => f.Rule.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_configured_severity_wins_over_the_preset()
    {
        var options = new RuleOptions(new Dictionary<string, string> { ["protoguard.preset"] = "none", ["dotnet_diagnostic.PG1012.severity"] = "error" });

        Assert.Equal(Catalog.RuleSeverity.Error, options.GetSeverity(Catalog.RuleCatalog.FieldLowerSnakeCase));
        Assert.Null(options.GetSeverity(Catalog.RuleCatalog.EnumZeroValueUnspecified));
    }
}
