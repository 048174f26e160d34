using System;
using System.Collections.Generic;
using System.Linq;
using ProtoGuard.Rules.Breaking;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Configuration;

/// <summary>
/// The lint section of a <c>buf.yaml</c> (v1 or v2), turned into ProtoGuard options so that a team coming from buf
/// keeps its configuration without edits: <c>use</c> (rule ids and categories; STANDARD when absent), <c>except</c>,
/// <c>ignore</c>, <c>ignore_only</c>, <c>enum_zero_value_suffix</c>, <c>rpc_allow_same_request_response</c>,
/// <c>rpc_allow_google_protobuf_empty_requests</c>/<c>_responses</c>, <c>service_suffix</c> and the comment-ignore
/// switch (v2 <c>disallow_comment_ignores</c>, v1 <c>allow_comment_ignores</c>). v2 modules may have their own lint
/// section. Paths in <c>ignore</c> are relative to the buf.yaml's directory. Of the breaking section: <c>use</c>,
/// <c>except</c>, <c>ignore</c> and <c>ignore_unstable_packages</c> (see <see cref="BreakingSelection"/>).
/// </summary>
public sealed class BufConfig
{
    private static readonly string[] Minimal =
    [
        "DIRECTORY_SAME_PACKAGE", "PACKAGE_DEFINED", "PACKAGE_DIRECTORY_MATCH", "PACKAGE_NO_IMPORT_CYCLE", "PACKAGE_SAME_DIRECTORY",
    ];

    private static readonly string[] Basic = Minimal.Concat(new[]
    {
        "ENUM_FIRST_VALUE_ZERO", "ENUM_NO_ALLOW_ALIAS", "ENUM_PASCAL_CASE", "ENUM_VALUE_UPPER_SNAKE_CASE", "FIELD_LOWER_SNAKE_CASE",
        "FIELD_NOT_REQUIRED", "IMPORT_NO_PUBLIC", "IMPORT_USED", "MESSAGE_PASCAL_CASE", "ONEOF_LOWER_SNAKE_CASE", "PACKAGE_LOWER_SNAKE_CASE",
        "PACKAGE_SAME_CSHARP_NAMESPACE", "PACKAGE_SAME_GO_PACKAGE", "PACKAGE_SAME_JAVA_MULTIPLE_FILES", "PACKAGE_SAME_JAVA_PACKAGE",
        "PACKAGE_SAME_PHP_NAMESPACE", "PACKAGE_SAME_RUBY_PACKAGE", "PACKAGE_SAME_SWIFT_PREFIX", "RPC_PASCAL_CASE", "SERVICE_PASCAL_CASE",
        "SYNTAX_SPECIFIED",
    }).ToArray();

    private static readonly string[] Standard = Basic.Concat(new[]
    {
        "ENUM_VALUE_PREFIX", "ENUM_ZERO_VALUE_SUFFIX", "FILE_LOWER_SNAKE_CASE", "PACKAGE_VERSION_SUFFIX", "RPC_REQUEST_RESPONSE_UNIQUE",
        "RPC_REQUEST_STANDARD_NAME", "RPC_RESPONSE_STANDARD_NAME", "SERVICE_SUFFIX",
    }).ToArray();

    private static readonly Dictionary<string, string[]> Categories = new(StringComparer.Ordinal)
    {
        ["MINIMAL"] = Minimal,
        ["BASIC"] = Basic,
        ["STANDARD"] = Standard,
        ["DEFAULT"] = Standard,
        ["COMMENTS"] = ["COMMENT_ENUM", "COMMENT_ENUM_VALUE", "COMMENT_FIELD", "COMMENT_MESSAGE", "COMMENT_ONEOF", "COMMENT_RPC", "COMMENT_SERVICE"],
        ["UNARY_RPC"] = ["RPC_NO_CLIENT_STREAMING", "RPC_NO_SERVER_STREAMING"],
    };

    private readonly List<(string Path, Lint Lint, Breaking Breaking)> _modules;

    private BufConfig(string directory, List<(string Path, Lint Lint, Breaking Breaking)> modules)
    {
        Directory = directory;
        this._modules = modules;
    }

    /// <summary>"true" when the buf.yaml's breaking section ignores the file (<c>breaking: ignore: [paths]</c>).</summary>
    public const string BreakingIgnoredKey = "protoguard.breaking_ignored";

    /// <summary>"true" when the buf.yaml's breaking section has <c>ignore_unstable_packages: true</c>.</summary>
    public const string BreakingIgnoreUnstablePackagesKey = "protoguard.breaking_ignore_unstable_packages";

    /// <summary>
    /// The buf breaking rule ids (comma-separated, ordinal order) the buf.yaml's breaking <c>use</c> and <c>except</c>
    /// select (categories FILE, PACKAGE, WIRE_JSON, WIRE and rule ids; <c>use</c> defaults to FILE, as buf); absent
    /// when the section has neither, and the category then decides.
    /// </summary>
    public const string BreakingRulesKey = "protoguard.breaking_rules";

    /// <summary>The directory of the buf.yaml, '/'-separated, without a trailing '/'.</summary>
    public string Directory { get; }

    /// <summary>Reads a buf.yaml; null when it has no version buf knows (it is then not buf's).</summary>
    public static BufConfig? Parse(string path, string text)
    {
        var directory = NormalizeDirectory(path);
        Dictionary<string, object> root;
        try
        {
            root = MiniYaml.Parse(text);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            return null;
        }

        var version = root.TryGetValue("version", out var v) ? v as string : null;
        if (version is not ("v1" or "v1beta1" or "v2"))
        {
            return null;
        }

        var isV2 = version == "v2";
        var topLint = Lint.From(root.TryGetValue("lint", out var l) ? l as Dictionary<string, object> : null, isV2);
        var topBreaking = Breaking.From(root.TryGetValue("breaking", out var b) ? b as Dictionary<string, object> : null);
        var modules = new List<(string Path, Lint Lint, Breaking Breaking)>();
        if (isV2 && root.TryGetValue("modules", out var m) && m is List<object> moduleList)
        {
            foreach (var module in moduleList.OfType<Dictionary<string, object>>())
            {
                var modulePath = module.TryGetValue("path", out var p) && p is string s ? s.Trim('/') : string.Empty;
                var lint = module.TryGetValue("lint", out var ml) && ml is Dictionary<string, object> moduleLint ? Lint.From(moduleLint, isV2) : topLint;
                var breaking = module.TryGetValue("breaking", out var mb) && mb is Dictionary<string, object> moduleBreaking ? Breaking.From(moduleBreaking) : topBreaking;
                modules.Add((modulePath == "." ? string.Empty : modulePath, lint, breaking));
            }
        }

        if (modules.Count == 0)
        {
            modules.Add((string.Empty, topLint, topBreaking));
        }

        return new BufConfig(directory, modules);
    }

    /// <summary>
    /// The options this configuration gives a file (severities of the buf-equivalent rules and their options), or an
    /// empty map when the file is not under the buf.yaml's directory or any of its modules.
    /// </summary>
    public IReadOnlyDictionary<string, string> OptionsFor(string filePath)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var normalized = filePath.Replace('\\', '/');
        var prefix = Directory.Length == 0 ? string.Empty : Directory + "/";
        if (!normalized.StartsWith(prefix, StringComparison.Ordinal))
        {
            return options;
        }

        var relative = normalized.Substring(prefix.Length);
        var selected = _modules
            .Where(candidate => candidate.Path.Length == 0 || IsUnder(relative, candidate.Path))
            .OrderByDescending(candidate => candidate.Path.Length)
            .ToArray();
        if (selected.Length == 0)
        {
            return options;
        }

        var module = selected[0].Lint;
        var breaking = selected[0].Breaking;
        options[BreakingIgnoredKey] = breaking.Ignore.Any(path => IsUnder(relative, path)) ? "true" : "false";
        options[BreakingIgnoreUnstablePackagesKey] = breaking.IgnoreUnstablePackages ? "true" : "false";
        if (breaking.EnabledRules() is { } breakingRules)
        {
            options[BreakingRulesKey] = string.Join(",", breakingRules.OrderBy(id => id, StringComparer.Ordinal));
        }

        var enabled = module.EnabledRules();
        var ignoredEverywhere = module.Ignore.Any(path => IsUnder(relative, path));
        foreach (var rule in RuleCatalog.All)
        {
            if (rule.BufEquivalent is not { } bufId || rule.Language != RuleLanguage.Proto || rule.IsBreakingChange)
            {
                continue;
            }

            var on = enabled.Contains(bufId)
                && !ignoredEverywhere
                && !(module.IgnoreOnly.TryGetValue(bufId, out var paths) && paths.Any(path => IsUnder(relative, path)));
            options["dotnet_diagnostic." + rule.Id + ".severity"] = on ? "warning" : "none";
        }

        // PG1002 is buf's exact ENUM_ZERO_VALUE_SUFFIX; the guide's stricter PG1001 would report the same values again.
        if (enabled.Contains("ENUM_ZERO_VALUE_SUFFIX"))
        {
            options["dotnet_diagnostic." + RuleIdentifiers.EnumZeroValueUnspecified + ".severity"] = "none";
        }

        if (module.EnumZeroValueSuffix is { Length: > 0 } suffix)
        {
            options[RuleOptionCatalog.EnumZeroValueSuffix.Suffix.Key] = suffix;
        }

        if (module.ServiceSuffix is { Length: > 0 } serviceSuffix)
        {
            options[RuleOptionCatalog.ServiceSuffix.Suffix.Key] = serviceSuffix;
        }

        // buf's rpc_allow_* switches are options of PG1032-PG1034, each rule declaring the ones it reads.
        foreach (var (key, value) in module.Switches)
        {
            foreach (var rule in new[] { RuleCatalog.RpcRequestResponseUnique, RuleCatalog.RpcRequestStandardName, RuleCatalog.RpcResponseStandardName })
            {
                var ruleKey = RuleOption.KeyFor(rule.Id, key);
                if (rule.Options.Any(option => option.Key == ruleKey))
                {
                    options[ruleKey] = value ? "true" : "false";
                }
            }
        }

        options[RuleOptionCatalog.BufCommentIgnores.Key] = module.CommentIgnores ? "true" : "false";
        return options;
    }

    private static bool IsUnder(string relative, string path)
    {
        var trimmed = path.Replace('\\', '/').Trim('/');
        return trimmed.Length == 0 || trimmed == "." || relative == trimmed || relative.StartsWith(trimmed + "/", StringComparison.Ordinal);
    }

    private static string NormalizeDirectory(string path)
    {
        var normalized = path.Replace('\\', '/');
        var slash = normalized.LastIndexOf('/');
        return slash < 0 ? string.Empty : normalized.Substring(0, slash);
    }

    /// <summary>What ProtoGuard honors of a breaking section: <c>use</c>, <c>except</c>, <c>ignore</c> (paths) and <c>ignore_unstable_packages</c>.</summary>
    private sealed class Breaking
    {
        public List<string> Use { get; } = new();

        public List<string> Except { get; } = new();

        public List<string> Ignore { get; } = new();

        public bool IgnoreUnstablePackages { get; private set; }

        public static Breaking From(Dictionary<string, object>? section)
        {
            var breaking = new Breaking();
            if (section is null)
            {
                return breaking;
            }

            breaking.Use.AddRange(Lint.Strings(section, "use"));
            breaking.Except.AddRange(Lint.Strings(section, "except"));
            breaking.Ignore.AddRange(Lint.Strings(section, "ignore"));
            breaking.IgnoreUnstablePackages = section.TryGetValue("ignore_unstable_packages", out var value) && value is string text && bool.TryParse(text, out var flag) && flag;
            return breaking;
        }

        /// <summary>The buf rule ids <c>use</c> minus <c>except</c> select (a category stands for its rules); null when the section has neither.</summary>
        public HashSet<string>? EnabledRules()
        {
            if (Use.Count == 0 && Except.Count == 0)
            {
                return null;
            }

            var rules = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in Use.Count == 0 ? new List<string> { BreakingCategory.Default } : Use)
            {
                rules.UnionWith(Members(entry));
            }

            foreach (var entry in Except)
            {
                rules.ExceptWith(Members(entry));
            }

            return rules;
        }

        private static IEnumerable<string> Members(string entry) =>
            BreakingCategory.All.Contains(entry, StringComparer.Ordinal)
                ? BreakingChecker.RulesOf(entry).Select(rule => rule.Descriptor.BufEquivalent!)
                : new[] { entry };
    }

    private sealed class Lint
    {
        public List<string> Use { get; } = new();

        public List<string> Except { get; } = new();

        public List<string> Ignore { get; } = new();

        public Dictionary<string, List<string>> IgnoreOnly { get; } = new(StringComparer.Ordinal);

        public string? EnumZeroValueSuffix { get; private set; }

        public string? ServiceSuffix { get; private set; }

        public List<(string Key, bool Value)> Switches { get; } = new();

        public bool CommentIgnores { get; private set; }

        public static Lint From(Dictionary<string, object>? section, bool isV2)
        {
            var lint = new Lint { CommentIgnores = isV2 };
            if (section is null)
            {
                return lint;
            }

            lint.Use.AddRange(Strings(section, "use"));
            lint.Except.AddRange(Strings(section, "except"));
            lint.Ignore.AddRange(Strings(section, "ignore"));
            if (section.TryGetValue("ignore_only", out var ignoreOnly) && ignoreOnly is Dictionary<string, object> map)
            {
                foreach (var entry in map)
                {
                    lint.IgnoreOnly[entry.Key] = Strings(map, entry.Key).ToList();
                }
            }

            lint.EnumZeroValueSuffix = section.TryGetValue("enum_zero_value_suffix", out var suffix) ? suffix as string : null;
            lint.ServiceSuffix = section.TryGetValue("service_suffix", out var serviceSuffix) ? serviceSuffix as string : null;
            foreach (var key in new[] { "rpc_allow_same_request_response", "rpc_allow_google_protobuf_empty_requests", "rpc_allow_google_protobuf_empty_responses" })
            {
                if (section.TryGetValue(key, out var value) && bool.TryParse(value as string, out var flag))
                {
                    lint.Switches.Add((key, flag));
                }
            }

            if (isV2 && section.TryGetValue("disallow_comment_ignores", out var disallow) && bool.TryParse(disallow as string, out var disallowed))
            {
                lint.CommentIgnores = !disallowed;
            }
            else if (!isV2 && section.TryGetValue("allow_comment_ignores", out var allow) && bool.TryParse(allow as string, out var allowed))
            {
                lint.CommentIgnores = allowed;
            }

            return lint;
        }

        public HashSet<string> EnabledRules()
        {
            var rules = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in Use.Count == 0 ? new List<string> { "STANDARD" } : Use)
            {
                rules.UnionWith(Categories.TryGetValue(entry, out var members) ? members : new[] { entry });
            }

            foreach (var entry in Except)
            {
                rules.ExceptWith(Categories.TryGetValue(entry, out var members) ? members : new[] { entry });
            }

            return rules;
        }

        internal static IEnumerable<string> Strings(Dictionary<string, object> section, string key) =>
            section.TryGetValue(key, out var value) && value is List<object> list ? list.OfType<string>() : Array.Empty<string>();
    }
}

/// <summary>The buf.yaml files of a project; a .proto file follows the nearest one above it.</summary>
public sealed class BufConfigSet
{
    public static readonly BufConfigSet Empty = new(Array.Empty<BufConfig>());

    private readonly IReadOnlyList<BufConfig> _configs;

    public BufConfigSet(IReadOnlyList<BufConfig> configs)
    {
        this._configs = configs.OrderByDescending(config => config.Directory.Length).ToArray();
    }

    public bool IsEmpty => _configs.Count == 0;

    /// <summary>The options of the nearest buf.yaml above <paramref name="filePath"/>, or an empty map.</summary>
    public IReadOnlyDictionary<string, string> OptionsFor(string filePath)
    {
        var normalized = filePath.Replace('\\', '/');
        foreach (var config in _configs)
        {
            if (config.Directory.Length == 0 || normalized.StartsWith(config.Directory + "/", StringComparison.Ordinal))
            {
                return config.OptionsFor(normalized);
            }
        }

        return new Dictionary<string, string>();
    }
}
