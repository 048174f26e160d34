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

    // PG0xxx: parse and link problems are reported by ProtoGuard.Schema, which owns their ids:
    // SchemaDiagnosticIds.SyntaxError (PG0001) and LinkDiagnosticIds (PG0002-PG0017).

    // PG1xxx: schema lint
    public const string EnumZeroValueUnspecified = "PG1001";
    // PG1002-PG1046: buf's lint rules.
    public const string EnumZeroValueSuffix = "PG1002";
    public const string DirectorySamePackage = "PG1003";
    public const string PackageDefined = "PG1004";
    public const string PackageDirectoryMatch = "PG1005";
    public const string PackageNoImportCycle = "PG1006";
    public const string PackageSameDirectory = "PG1007";
    public const string EnumFirstValueZero = "PG1008";
    public const string EnumNoAllowAlias = "PG1009";
    public const string EnumPascalCase = "PG1010";
    public const string EnumValueUpperSnakeCase = "PG1011";
    public const string FieldLowerSnakeCase = "PG1012";
    public const string FieldNotRequired = "PG1013";
    public const string ImportNoPublic = "PG1014";
    public const string ImportUsed = "PG1015";
    public const string MessagePascalCase = "PG1016";
    public const string OneofLowerSnakeCase = "PG1017";
    public const string PackageLowerSnakeCase = "PG1018";
    public const string PackageSameCsharpNamespace = "PG1019";
    public const string PackageSameGoPackage = "PG1020";
    public const string PackageSameJavaMultipleFiles = "PG1021";
    public const string PackageSameJavaPackage = "PG1022";
    public const string PackageSamePhpNamespace = "PG1023";
    public const string PackageSameRubyPackage = "PG1024";
    public const string PackageSameSwiftPrefix = "PG1025";
    public const string RpcPascalCase = "PG1026";
    public const string ServicePascalCase = "PG1027";
    public const string SyntaxSpecified = "PG1028";
    public const string EnumValuePrefix = "PG1029";
    public const string FileLowerSnakeCase = "PG1030";
    public const string PackageVersionSuffix = "PG1031";
    public const string RpcRequestResponseUnique = "PG1032";
    public const string RpcRequestStandardName = "PG1033";
    public const string RpcResponseStandardName = "PG1034";
    public const string ServiceSuffix = "PG1035";
    public const string CommentEnum = "PG1036";
    public const string CommentEnumValue = "PG1037";
    public const string CommentField = "PG1038";
    public const string CommentMessage = "PG1039";
    public const string CommentOneof = "PG1040";
    public const string CommentRpc = "PG1041";
    public const string CommentService = "PG1042";
    public const string RpcNoClientStreaming = "PG1043";
    public const string RpcNoServerStreaming = "PG1044";
    public const string StablePackageNoImportUnstable = "PG1045";
    public const string ImportNoWeak = "PG1046";
    public const string UnusedIgnore = "PG1047";
    public const string ReservedNumberAndName = "PG1048";
    public const string ListMethodShape = "PG1049";
    public const string UpdateMethodFieldMask = "PG1050";
    public const string FieldNumberGap = "PG1051";
    public const string UpdateFieldWithoutPresence = "PG1052";
    public const string UnaryPayloadSize = "PG1053";
    public const string StandardMethodShape = "PG1054";

    // PG2xxx: breaking changes (one per buf v2 breaking rule)
    public const string FileNoDelete = "PG2001";
    public const string FileSamePackage = "PG2002";
    public const string FileSameSyntax = "PG2003";
    public const string FileSameCcEnableArenas = "PG2004";
    public const string FileSameCcGenericServices = "PG2005";
    public const string FileSameCsharpNamespace = "PG2006";
    public const string FileSameGoPackage = "PG2007";
    public const string FileSameJavaGenericServices = "PG2008";
    public const string FileSameJavaMultipleFiles = "PG2009";
    public const string FileSameJavaOuterClassname = "PG2010";
    public const string FileSameJavaPackage = "PG2011";
    public const string FileSameObjcClassPrefix = "PG2012";
    public const string FileSameOptimizeFor = "PG2013";
    public const string FileSamePhpClassPrefix = "PG2014";
    public const string FileSamePhpMetadataNamespace = "PG2015";
    public const string FileSamePhpNamespace = "PG2016";
    public const string FileSamePyGenericServices = "PG2017";
    public const string FileSameRubyPackage = "PG2018";
    public const string FileSameSwiftPrefix = "PG2019";
    public const string PackageNoDelete = "PG2020";
    public const string PackageEnumNoDelete = "PG2021";
    public const string PackageExtensionNoDelete = "PG2022";
    public const string PackageMessageNoDelete = "PG2023";
    public const string PackageServiceNoDelete = "PG2024";
    public const string MessageNoDelete = "PG2025";
    public const string MessageNoRemoveStandardDescriptorAccessor = "PG2026";
    public const string MessageSameJsonFormat = "PG2027";
    public const string MessageSameRequiredFields = "PG2028";
    public const string OneofNoDelete = "PG2029";
    public const string ReservedMessageNoDelete = "PG2030";
    public const string ExtensionMessageNoDelete = "PG2031";
    public const string FieldNoDelete = "PG2032";
    public const string FieldNoDeleteUnlessNameReserved = "PG2033";
    public const string FieldNoDeleteUnlessNumberReserved = "PG2034";
    public const string FieldSameName = "PG2035";
    public const string FieldSameJsonName = "PG2036";
    public const string FieldSameType = "PG2037";
    public const string FieldWireCompatibleType = "PG2038";
    public const string FieldWireJsonCompatibleType = "PG2039";
    public const string FieldSameCardinality = "PG2040";
    public const string FieldWireCompatibleCardinality = "PG2041";
    public const string FieldWireJsonCompatibleCardinality = "PG2042";
    public const string FieldSameOneof = "PG2043";
    public const string FieldSameDefault = "PG2044";
    public const string FieldSameJstype = "PG2045";
    public const string FieldSameCppStringType = "PG2046";
    public const string FieldSameJavaUtf8Validation = "PG2047";
    public const string FieldSameUtf8Validation = "PG2048";
    public const string ExtensionNoDelete = "PG2049";
    public const string EnumNoDelete = "PG2050";
    public const string EnumSameType = "PG2051";
    public const string EnumSameJsonFormat = "PG2052";
    public const string EnumValueNoDelete = "PG2053";
    public const string EnumValueNoDeleteUnlessNameReserved = "PG2054";
    public const string EnumValueNoDeleteUnlessNumberReserved = "PG2055";
    public const string EnumValueSameName = "PG2056";
    public const string ReservedEnumNoDelete = "PG2057";
    public const string ServiceNoDelete = "PG2058";
    public const string RpcNoDelete = "PG2059";
    public const string RpcSameRequestType = "PG2060";
    public const string RpcSameResponseType = "PG2061";
    public const string RpcSameClientStreaming = "PG2062";
    public const string RpcSameServerStreaming = "PG2063";
    public const string RpcSameIdempotencyLevel = "PG2064";

    public const string BaselineMissing = "PG2065";
    public const string BaselineInvalid = "PG2066";
    public const string GitRefUnreadable = "PG2067";

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

    // PG4xxx: generator usage (the generators report nothing themselves)
    public const string InvalidGeneratorSetting = "PG4001";
    public const string FieldMaskHelpersUnavailable = "PG4002";
    public const string PagedMethodNotGenerated = "PG4003";

    // PG4020-PG4039: the in-memory service generator
    public const string InMemoryServiceNotPartial = "PG4020";
    public const string InMemoryServiceWithoutServiceBase = "PG4021";
    public const string InMemoryMethodGenerated = "PG4022";
    public const string InMemoryMethodNotGenerated = "PG4023";
    public const string InMemoryServiceInvalidOptions = "PG4024";

    public static string GetHelpUri(string id) => HelpUriBase + id + ".md";
}
