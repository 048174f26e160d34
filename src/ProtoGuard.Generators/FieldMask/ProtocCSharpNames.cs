using System.Text;

namespace ProtoGuard.Generators.FieldMaskHelpers;

/// <summary>
/// protoc's C# naming (src/google/protobuf/compiler/csharp/names.cc and csharp_helpers.cc), so that a descriptor can be
/// mapped to the generated classes and properties. Every mapping is then confirmed against the compilation's symbols.
/// </summary>
internal static class ProtocCSharpNames
{
    /// <summary>Members protoc declares in every message: a field whose property would be named so gets a "_" suffix.</summary>
    private static readonly string[] ReservedMemberNames =
    {
        "Types", "Descriptor", "Equals", "ToString", "GetHashCode", "WriteTo", "Clone", "CalculateSize", "MergeFrom",
        "OnConstruction", "Parser",
    };

    /// <summary><c>GetFileNamespace</c>: csharp_namespace when present, else the package in PascalCase with periods kept.</summary>
    public static string FileNamespace(string? package, string? csharpNamespace)
        => csharpNamespace ?? UnderscoresToCamelCase(package ?? string.Empty, capNextLetter: true, preservePeriod: true);

    /// <summary><c>GetPropertyName</c> for a (non-group) field of the message named <paramref name="messageName"/>.</summary>
    public static string PropertyName(string fieldName, string messageName)
    {
        string name = UnderscoresToCamelCase(fieldName, capNextLetter: true, preservePeriod: false);
        return name == messageName || System.Array.IndexOf(ReservedMemberNames, name) >= 0 ? name + "_" : name;
    }

    /// <summary>The member of a oneof's <c>XxxOneofCase</c> enum for a field (<c>GetOneofCaseName</c>).</summary>
    public static string OneofCaseName(string propertyName) => propertyName == "None" ? "None_" : propertyName;

    /// <summary>The PascalCase name protoc gives a oneof (its <c>XxxCase</c> property, <c>XxxOneofCase</c> enum, <c>ClearXxx()</c>).</summary>
    public static string OneofName(string oneofName) => UnderscoresToCamelCase(oneofName, capNextLetter: true, preservePeriod: false);

    /// <summary>
    /// <c>UnderscoresToCamelCase</c>: letters after a non-alphanumeric or a digit are upper-cased, non-alphanumerics
    /// dropped (periods kept if asked); a leading "_" survives before a digit so the result stays an identifier.
    /// </summary>
    public static string UnderscoresToCamelCase(string input, bool capNextLetter, bool preservePeriod)
    {
        var result = new StringBuilder(input.Length);
        for (int i = 0; i < input.Length; i++)
        {
            char current = input[i];
            if (current is >= 'a' and <= 'z')
            {
                result.Append(capNextLetter ? (char)(current + ('A' - 'a')) : current);
                capNextLetter = false;
            }
            else if (current is >= 'A' and <= 'Z')
            {
                result.Append(i == 0 && !capNextLetter ? (char)(current + ('a' - 'A')) : current);
                capNextLetter = false;
            }
            else if (current is >= '0' and <= '9')
            {
                result.Append(current);
                capNextLetter = true;
            }
            else
            {
                capNextLetter = true;
                if (current == '.' && preservePeriod)
                {
                    result.Append('.');
                }
            }
        }

        if (input.Length > 0 && input[input.Length - 1] == '#')
        {
            result.Append('_');
        }

        if (result.Length > 0 && result[0] is >= '0' and <= '9' && input.Length > 0 && input[0] == '_')
        {
            result.Insert(0, '_');
        }

        return result.ToString();
    }
}
