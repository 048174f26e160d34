using System.Collections.Generic;
using System.Text;
using ProtoGuard.Schema.Descriptors;

namespace ProtoGuard.Schema.CSharp;

/// <summary>
/// protoc's C# naming (src/google/protobuf/compiler/csharp/names.cc and csharp_helpers.cc), so that a descriptor can be
/// mapped to the classes and properties Grpc.Tools generated from it. The one port of it: the analyzers and the
/// generators both use it, and confirm each mapping against the compilation's symbols.
/// </summary>
public static class ProtocCSharpNames
{
    private const string WrapperPackagePrefix = "google.protobuf.";

    /// <summary>The wrapper well-known types, which protoc maps to <c>string</c>, <c>ByteString</c> or a nullable value type.</summary>
    private static readonly string[] WrapperTypeNames =
    {
        "DoubleValue", "FloatValue", "Int64Value", "UInt64Value", "Int32Value", "UInt32Value", "BoolValue", "StringValue",
        "BytesValue",
    };

    /// <summary>Members protoc declares in every message: a field whose property would be named so gets a "_" suffix.</summary>
    private static readonly string[] ReservedMemberNames =
    {
        "Types", "Descriptor", "Equals", "ToString", "GetHashCode", "WriteTo", "Clone", "CalculateSize", "MergeFrom",
        "OnConstruction", "Parser",
    };

    /// <summary>
    /// <c>IsWrapperType</c>: whether a message type (full name, without the leading '.') is one of the wrapper
    /// well-known types, whose fields protoc generates as <c>int?</c>, <c>string</c>, <c>ByteString</c>… (null when unset).
    /// </summary>
    public static bool IsWrapperType(string fullName)
        => fullName.StartsWith(WrapperPackagePrefix, System.StringComparison.Ordinal)
            && fullName.IndexOf('.', WrapperPackagePrefix.Length) < 0
            && System.Array.IndexOf(WrapperTypeNames, fullName.Substring(WrapperPackagePrefix.Length)) >= 0;

    /// <summary>
    /// Every message class protoc generates for <paramref name="file"/> (map entry types get none), outer before nested:
    /// its descriptor, full proto name, and CLR metadata name (<c>Ns.Outer+Types+Inner</c>, for
    /// <c>Compilation.GetTypeByMetadataName</c>).
    /// </summary>
    public static IEnumerable<ProtocCSharpMessage> Messages(DecodedFile file)
    {
        var csharpNamespace = FileNamespace(file.Package, file.CSharpNamespace);
        var protoPrefix = file.Package.Length == 0 ? string.Empty : file.Package + ".";
        var metadataPrefix = csharpNamespace.Length == 0 ? string.Empty : csharpNamespace + ".";
        var pending = new Stack<(DecodedMessage Message, string ProtoPrefix, string MetadataPrefix)>();
        for (var i = file.MessageTypes.Count - 1; i >= 0; i--)
        {
            pending.Push((file.MessageTypes[i], protoPrefix, metadataPrefix));
        }

        while (pending.Count > 0)
        {
            (var message, var messageProtoPrefix, var messageMetadataPrefix) = pending.Pop();
            if (message.IsMapEntry)
            {
                continue;
            }

            var generated = new ProtocCSharpMessage(message, messageProtoPrefix + message.Name, messageMetadataPrefix + message.Name, csharpNamespace);
            yield return generated;
            for (var i = message.NestedTypes.Count - 1; i >= 0; i--)
            {
                pending.Push((message.NestedTypes[i], generated.ProtoFullName + ".", generated.MetadataName + "+Types+"));
            }
        }
    }

    /// <summary><c>GetFileNamespace</c>: csharp_namespace when present, else the package in PascalCase with periods kept.</summary>
    public static string FileNamespace(string? package, string? csharpNamespace)
        => csharpNamespace ?? UnderscoresToCamelCase(package ?? string.Empty, capNextLetter: true, preservePeriod: true);

    /// <summary><c>GetPropertyName</c> for a (non-group) field of the message named <paramref name="messageName"/>.</summary>
    public static string PropertyName(string fieldName, string messageName)
    {
        var name = UnderscoresToCamelCase(fieldName, capNextLetter: true, preservePeriod: false);
        return name == messageName || System.Array.IndexOf(ReservedMemberNames, name) >= 0 ? name + "_" : name;
    }

    /// <summary>
    /// The inverse guess, for a property whose descriptor is not at hand (a referenced assembly's message, a message
    /// the generators read by shape): the "_" suffix protoc adds dropped, then an underscore before each capital that
    /// follows a lowercase letter or a digit, all lower case (<c>DisplayName</c> → <c>display_name</c>,
    /// <c>Field2X</c> → <c>field2_x</c>, <c>Descriptor_</c> → <c>descriptor</c>). Exact for snake_case proto names only.
    /// </summary>
    public static string InferFieldName(string propertyName)
    {
        var name = propertyName.TrimEnd('_');
        var result = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var current = name[i];
            if (char.IsUpper(current))
            {
                if (i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])))
                {
                    result.Append('_');
                }

                result.Append(char.ToLowerInvariant(current));
            }
            else
            {
                result.Append(current);
            }
        }

        return result.ToString();
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
        for (var i = 0; i < input.Length; i++)
        {
            var current = input[i];
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
