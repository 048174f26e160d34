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

    // PG1xxx: schema lint
    public const string EnumZeroValueUnspecified = "PG1001";

    // PG3xxx: C# gRPC usage
    public const string ClientCallWithoutDeadline = "PG3001";
    public const string DeadlineNotUtc = "PG3002";
    public const string UnboundedMessageSize = "PG3007";
    public const string StreamingCallNotDisposed = "PG3008";
    public const string BlockingGrpcCall = "PG3010";
    public const string ChannelPerCall = "PG3011";
    public const string NeverNullFieldComparedToNull = "PG3012";
    public const string DefaultValueAsPresence = "PG3013";
    public const string FieldMaskMergeWithoutOptions = "PG3014";
    public const string FieldMaskToStringAsPaths = "PG3017";
    public const string FieldMaskUnknownPath = "PG3018";

    public static string GetHelpUri(string id) => HelpUriBase + id + ".md";
}
