using ProtoGuard.Schema.Descriptors;

namespace ProtoGuard.Schema.CSharp;

/// <summary>A message class protoc generates: its descriptor and names (see <see cref="ProtocCSharpNames.Messages"/>).</summary>
public sealed class ProtocCSharpMessage
{
    internal ProtocCSharpMessage(DecodedMessage descriptor, string protoFullName, string metadataName, string csharpNamespace)
    {
        Descriptor = descriptor;
        ProtoFullName = protoFullName;
        MetadataName = metadataName;
        CSharpNamespace = csharpNamespace;
    }

    public DecodedMessage Descriptor { get; }

    /// <summary>The full proto name, without a leading '.' (<c>users.v1.User.Address</c>).</summary>
    public string ProtoFullName { get; }

    /// <summary>The CLR metadata name of the class (<c>Users.V1.User+Types+Address</c>).</summary>
    public string MetadataName { get; }

    /// <summary>The namespace of the file's classes (<see cref="ProtocCSharpNames.FileNamespace"/>).</summary>
    public string CSharpNamespace { get; }

    /// <summary>The C# property protoc generates for <paramref name="field"/> of this message.</summary>
    public string PropertyName(DecodedField field) => ProtocCSharpNames.PropertyName(field.Name, Descriptor.Name);
}
