namespace ProtoGuard.Rules.Catalog;

/// <summary>
/// Every rule id, in one place. Ids are forever: never reuse a number; a removed id stays listed in
/// AnalyzerReleases.Shipped.md. Ranges: PG0xxx parse/link, PG1xxx schema lint, PG2xxx breaking changes,
/// PG3xxx C# gRPC usage, PG4xxx generator usage.
/// </summary>
public static class RuleIdentifiers
{
    /// <summary>Base address of the rule documentation pages (docs/rules/PGxxxx.md).</summary>
    public const string HelpUriBase = "https://github.com/protoguard/protoguard/blob/main/docs/rules/";

    // PG0xxx: parse and link problems
    public const string SyntaxError = "PG0001";
    public const string UnresolvedImport = "PG0002";
    public const string UnresolvedType = "PG0003";
    public const string DuplicateSymbol = "PG0004";
    public const string InvalidFieldNumber = "PG0005";
    public const string DuplicateNumber = "PG0006";
    public const string ReservedConflict = "PG0007";
    public const string InvalidRange = "PG0008";
    public const string Proto3Violation = "PG0009";
    public const string InvalidOption = "PG0010";
    public const string ImportCycle = "PG0011";
    public const string InvalidTypeUsage = "PG0012";

    // PG1xxx: schema lint
    public const string EnumZeroValueUnspecified = "PG1001";

    // PG3xxx: C# gRPC usage
    public const string ClientCallWithoutDeadline = "PG3001";
    public const string DeadlineNotUtc = "PG3002";
    public const string HandlerCallWithoutPropagation = "PG3003";
    public const string HandlerCallWithoutCancellation = "PG3004";
    public const string StreamingLoopIgnoresCancellation = "PG3005";
    public const string PropagationTokenOnAspNetCore = "PG3006";
    public const string UnboundedMessageSize = "PG3007";
    public const string StreamingCallNotDisposed = "PG3008";
    public const string HandlerReturnsNull = "PG3009";
    public const string BlockingGrpcCall = "PG3010";
    public const string ChannelPerCall = "PG3011";
    public const string NeverNullFieldComparedToNull = "PG3012";
    public const string DefaultValueAsPresence = "PG3013";
    public const string FieldMaskMergeWithoutOptions = "PG3014";
    public const string UpdateHandlerIgnoresFieldMask = "PG3015";
    public const string ListHandlerAcceptsNegativePageSize = "PG3016";
    public const string FieldMaskToStringAsPaths = "PG3017";
    public const string FieldMaskUnknownPath = "PG3018";

    public static string GetHelpUri(string id) => HelpUriBase + id + ".md";
}
