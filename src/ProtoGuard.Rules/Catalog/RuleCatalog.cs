using System.Collections.Generic;
using System.Linq;

namespace ProtoGuard.Rules.Catalog;

/// <summary>The rule catalog: one <see cref="RuleDescriptor"/> per rule id.</summary>
public static class RuleCatalog
{
    public static readonly RuleDescriptor SyntaxError = new(
        RuleIdentifiers.SyntaxError,
        title: "The .proto file has a syntax error",
        messageFormat: "{0}",
        RuleCategory.Syntax,
        RuleSeverity.Error,
        description: "The file does not follow the protobuf language grammar; protoc will reject it. ProtoGuard reports every syntax error it can find and keeps checking the rest of the file.");

    public static readonly RuleDescriptor EnumZeroValueUnspecified = new(
        RuleIdentifiers.EnumZeroValueUnspecified,
        title: "The zero value of an enum must be named <ENUM>_UNSPECIFIED",
        messageFormat: "Enum value '{0}' is 0; name the zero value '{1}'",
        RuleCategory.Enums,
        RuleSeverity.Warning,
        description: "In proto3 the zero value is what every unset enum field reads as. When it is a real value (ADMIN, ACTIVE...), nobody can tell an unset field from one that was set on purpose. Reserve 0 for '<ENUM_NAME>_UNSPECIFIED' and give real values numbers from 1.",
        bufEquivalent: "ENUM_ZERO_VALUE_SUFFIX",
        apiLinterEquivalent: "core::0126::unspecified",
        hasCodeFix: true);

    public static readonly RuleDescriptor ClientCallWithoutDeadline = new(
        RuleIdentifiers.ClientCallWithoutDeadline,
        title: "gRPC client call without a deadline",
        messageFormat: "The call to '{0}' has no deadline; pass 'deadline:' or CallOptions with a deadline",
        RuleCategory.Deadlines,
        RuleSeverity.Warning,
        description: "grpc-dotnet sets no default deadline: a call to a server that hangs waits forever and holds its resources. Give every call a deadline (or CallOptions that carry one).",
        hasCodeFix: true);

    public static readonly RuleDescriptor DeadlineNotUtc = new(
        RuleIdentifiers.DeadlineNotUtc,
        title: "gRPC deadline is not a UTC DateTime",
        messageFormat: "The deadline '{0}' is not UTC; grpc-dotnet throws InvalidOperationException when the call starts; use DateTime.UtcNow",
        RuleCategory.Deadlines,
        RuleSeverity.Warning,
        description: "grpc-dotnet only accepts deadlines whose Kind is DateTimeKind.Utc (or DateTime.MaxValue/MinValue): a deadline built from DateTime.Now, DateTime.Today, a DateTime constructed without DateTimeKind.Utc or a parsed string makes every call fail with InvalidOperationException before anything is sent. Build deadlines from DateTime.UtcNow.",
        hasCodeFix: true);

    /// <summary>Every rule, ordered by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = new[]
    {
        SyntaxError,
        EnumZeroValueUnspecified,
        ClientCallWithoutDeadline,
        DeadlineNotUtc,
    }.OrderBy(rule => rule.Id, System.StringComparer.Ordinal).ToArray();

    private static readonly Dictionary<string, RuleDescriptor> ById = All.ToDictionary(rule => rule.Id, System.StringComparer.Ordinal);

    /// <summary>The rule with the given id, or null.</summary>
    public static RuleDescriptor? Find(string id) => ById.TryGetValue(id, out var rule) ? rule : null;
}
