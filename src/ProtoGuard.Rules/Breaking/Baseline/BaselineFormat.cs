using System.Text;
using ProtoGuard.Rules.Breaking.Model;

namespace ProtoGuard.Rules.Breaking.Baseline;

/// <summary>The vocabulary of the baseline file shared by <see cref="BaselineWriter"/> and <see cref="BaselineReader"/>.</summary>
public static class BaselineFormat
{
    /// <summary>The first line; lines starting with '#' are comments.</summary>
    public const string Header = "# ProtoGuard schema baseline v1: the accepted .proto schema, one sorted line per element. Regenerate with 'dotnet build -t:ProtoGuardUpdateBaseline' or 'protoguard baseline write'.";

    public const string DefaultFileName = "protoguard.baseline.txt";

    public const string File = "file";
    public const string Message = "message";
    public const string Field = "field";
    public const string Extension = "extension";
    public const string Enum = "enum";
    public const string Value = "value";
    public const string Service = "service";
    public const string Rpc = "rpc";

    public static string CardinalityName(FieldCardinalityKind cardinality) => cardinality switch
    {
        FieldCardinalityKind.OptionalExplicitPresence => "explicit",
        FieldCardinalityKind.OptionalImplicitPresence => "implicit",
        FieldCardinalityKind.Required => "required",
        FieldCardinalityKind.Repeated => "repeated",
        _ => "map",
    };

    public static FieldCardinalityKind? ParseCardinality(string text) => text switch
    {
        "explicit" => FieldCardinalityKind.OptionalExplicitPresence,
        "implicit" => FieldCardinalityKind.OptionalImplicitPresence,
        "required" => FieldCardinalityKind.Required,
        "repeated" => FieldCardinalityKind.Repeated,
        "map" => FieldCardinalityKind.Map,
        _ => null,
    };

    /// <summary>A value as written: bare when it has no space, quote, backslash or '=', else a quoted string with \" \\ \n escapes.</summary>
    public static string Quote(string value)
    {
        var plain = value.Length > 0;
        foreach (var c in value)
        {
            if (c <= ' ' || c == '"' || c == '\\' || c == '=' || c == '#')
            {
                plain = false;
                break;
            }
        }

        if (plain)
        {
            return value;
        }

        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }
}
