namespace ProtoGuard.Schema.Linking;

/// <summary>The ids of link problems (one id per kind of problem; the message names the element and the fix).</summary>
public static class LinkDiagnosticIds
{
    /// <summary>An import names a file that is in no import root and is not a well-known type.</summary>
    public const string UnresolvedImport = "PG0002";

    /// <summary>A type, extendee or method input/output does not resolve, or resolves to a file that is not imported.</summary>
    public const string UnresolvedType = "PG0003";

    /// <summary>Two declarations have the same fully-qualified name (enum values count as siblings of their enum).</summary>
    public const string DuplicateSymbol = "PG0004";

    /// <summary>A field, extension or range number is out of range or in 19000-19999 (reserved for the implementation).</summary>
    public const string InvalidFieldNumber = "PG0005";

    /// <summary>Two fields or two enum values (without allow_alias) have the same number.</summary>
    public const string DuplicateNumber = "PG0006";

    /// <summary>A field or enum value uses a reserved number or name, or overlaps an extension range.</summary>
    public const string ReservedConflict = "PG0007";

    /// <summary>A reserved or extension range is empty or overlaps another range.</summary>
    public const string InvalidRange = "PG0008";

    /// <summary>A proto3 rule is broken: first enum value not 0, default values, extension ranges, closed enums in proto3 messages.</summary>
    public const string Proto3Violation = "PG0009";

    /// <summary>An option is unknown, set twice, or has a value of the wrong type.</summary>
    public const string InvalidOption = "PG0010";

    /// <summary>Files import each other in a cycle.</summary>
    public const string ImportCycle = "PG0011";

    /// <summary>A type is used where it cannot be: a map key that is not an integral or string type, an extension of a non-message or outside the extendee's ranges, a method input that is not a message.</summary>
    public const string InvalidTypeUsage = "PG0012";

    /// <summary>protoc's warning: an import provides nothing the file uses (reported for the files that were asked for, like protoc).</summary>
    public const string UnusedImport = "PG0013";

    /// <summary>Two fields share a JSON name, or two enum values share a name once the enum prefix is stripped (protoc's error).</summary>
    public const string NameConflict = "PG0014";

    /// <summary>The same conflicts where protoc only warns: JSON names under json_format LEGACY_BEST_EFFORT (proto2), legacy enums.</summary>
    public const string LegacyNameConflict = "PG0015";

    /// <summary>protoc's warning: an extension number of a message is already used by an extension in another file.</summary>
    public const string ExtensionNumberReused = "PG0016";

    /// <summary>protoc's warning: an option or feature is deprecated in the file's edition.</summary>
    public const string DeprecatedFeature = "PG0017";
}
