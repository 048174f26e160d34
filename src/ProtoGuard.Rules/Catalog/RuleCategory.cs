namespace ProtoGuard.Rules.Catalog;

/// <summary>Rule categories, as shown in the IDE and in SARIF output.</summary>
public static class RuleCategory
{
    public const string Syntax = "ProtoGuard.Syntax";
    public const string Linking = "ProtoGuard.Linking";
    public const string Enums = "ProtoGuard.Enums";
    public const string Fields = "ProtoGuard.Fields";
    public const string Naming = "ProtoGuard.Naming";
    public const string Packages = "ProtoGuard.Packages";
    public const string Services = "ProtoGuard.Services";
    public const string Documentation = "ProtoGuard.Documentation";
    public const string Suppression = "ProtoGuard.Suppression";
    public const string Breaking = "ProtoGuard.Breaking";
    public const string Deadlines = "ProtoGuard.Deadlines";
    public const string Cancellation = "ProtoGuard.Cancellation";
    public const string MessageSize = "ProtoGuard.MessageSize";
    public const string Streaming = "ProtoGuard.Streaming";
    public const string Presence = "ProtoGuard.Presence";
    public const string FieldMask = "ProtoGuard.FieldMask";
    public const string Pagination = "ProtoGuard.Pagination";
    public const string Usage = "ProtoGuard.Usage";
    public const string Generators = "ProtoGuard.Generators";
}
