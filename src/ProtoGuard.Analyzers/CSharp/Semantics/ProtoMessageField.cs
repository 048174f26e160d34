using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ProtoGuard.Schema.CSharp;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Shared;

namespace ProtoGuard.Analyzers.CSharp.Semantics;

/// <summary>How a generated message property tells "not set" from a value (PG3012, PG3013).</summary>
internal enum ProtoFieldPresence
{
    /// <summary>proto3 singular scalar without <c>optional</c>, outside a oneof: unset reads as the default (0, "", false, empty bytes).</summary>
    Implicit,

    /// <summary><c>optional</c> field or oneof member: protoc generates <c>HasXxx</c> and <c>ClearXxx</c>; the getter still returns the default when unset.</summary>
    Explicit,

    /// <summary>Wrapper well-known type (<c>google.protobuf.StringValue</c>, <c>Int32Value</c>…): <c>string</c>/<c>ByteString</c>/<c>int?</c>, null when unset.</summary>
    Wrapper,

    /// <summary>Message, repeated or map field.</summary>
    Other,

    /// <summary>
    /// A <c>string</c>/<c>ByteString</c> field without <c>HasXxx</c> of a message whose descriptor is not at hand (a
    /// referenced assembly's): implicit or wrapper, which the symbols do not show.
    /// </summary>
    Unknown,
}

/// <summary>A field of a generated message: its proto name and the C# property protoc generated for it.</summary>
internal readonly struct ProtoFieldName
{
    public ProtoFieldName(string protoName, string propertyName, bool isProtoNameInferred)
    {
        ProtoName = protoName;
        PropertyName = propertyName;
        IsProtoNameInferred = isProtoNameInferred;
    }

    /// <summary>The name as declared in the .proto file (what FieldMask paths use).</summary>
    public string ProtoName { get; }

    public string PropertyName { get; }

    /// <summary>
    /// True when the message's descriptor was not at hand (a referenced assembly's message) and <see cref="ProtoName"/>
    /// is the snake_case form of the property name, exact only for snake_case proto names.
    /// </summary>
    public bool IsProtoNameInferred { get; }
}

/// <summary>
/// A property of a protoc-generated message class that backs a proto field: the containing type implements
/// <c>IMessage&lt;T&gt;</c> and declares the <c>XxxFieldNumber</c> constant protoc generates next to every field.
/// </summary>
internal sealed class ProtoMessageField
{
    private ProtoMessageField(IPropertySymbol property, ProtoFieldPresence presence, IPropertySymbol? hasProperty)
    {
        Property = property;
        Presence = presence;
        HasProperty = hasProperty;
    }

    public IPropertySymbol Property { get; }

    public ProtoFieldPresence Presence { get; }

    /// <summary>The generated <c>HasXxx</c> property of an <see cref="ProtoFieldPresence.Explicit"/> field.</summary>
    public IPropertySymbol? HasProperty { get; }

    public bool IsString => Property.Type.SpecialType == SpecialType.System_String;

    public static ProtoMessageField? TryCreate(IPropertySymbol? property, GrpcSymbols symbols)
    {
        if (property is null
            || property.IsStatic
            || property.IsIndexer
            || !symbols.IsMessage(property.ContainingType)
            || !HasFieldNumberConstant(property))
        {
            return null;
        }

        var type = property.Type;
        var hasProperty = FindHasProperty(property);
        ProtoFieldPresence presence;
        if (type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            presence = ProtoFieldPresence.Wrapper;
        }
        else if (hasProperty is not null)
        {
            presence = ProtoFieldPresence.Explicit;
        }
        else if (type.SpecialType == SpecialType.System_String || SymbolEqualityComparer.Default.Equals(type, symbols.ByteString))
        {
            presence = ProtocGeneratedMessages.FindField(property) is not { } field ? ProtoFieldPresence.Unknown
                : field.Type == FieldType.Message && field.FullTypeName is { } typeName && ProtocCSharpNames.IsWrapperType(typeName) ? ProtoFieldPresence.Wrapper
                : ProtoFieldPresence.Implicit;
        }
        else if (type.IsValueType)
        {
            presence = ProtoFieldPresence.Implicit;
        }
        else
        {
            presence = ProtoFieldPresence.Other;
        }

        return new ProtoMessageField(property, presence, hasProperty);
    }

    /// <summary>
    /// The fields of a generated message in field-number order: from the embedded descriptor for a message compiled
    /// from source; otherwise one per <c>public const int XxxFieldNumber</c> the message declares, with the proto name
    /// inferred (<see cref="ProtoFieldName.IsProtoNameInferred"/>).
    /// </summary>
    public static ImmutableArray<ProtoFieldName> GetFields(INamedTypeSymbol message)
    {
        var builder = ImmutableArray.CreateBuilder<(ProtoFieldName Field, int Number)>();
        if (ProtocGeneratedMessages.Find(message) is { } generated)
        {
            foreach (var field in generated.Descriptor.Fields)
            {
                builder.Add((new ProtoFieldName(field.Name, generated.PropertyName(field), isProtoNameInferred: false), field.Number));
            }
        }
        else
        {
            const string Suffix = "FieldNumber";
            foreach (var member in message.GetMembers())
            {
                if (member is IFieldSymbol { IsConst: true, Type.SpecialType: SpecialType.System_Int32, ConstantValue: int number } constant
                    && constant.Name.Length > Suffix.Length
                    && constant.Name.EndsWith(Suffix, System.StringComparison.Ordinal))
                {
                    var propertyName = constant.Name.Substring(0, constant.Name.Length - Suffix.Length);
                    builder.Add((new ProtoFieldName(ProtocCSharpNames.InferFieldName(propertyName), propertyName, isProtoNameInferred: true), number));
                }
            }
        }

        builder.Sort((left, right) => left.Number.CompareTo(right.Number));
        var fields = ImmutableArray.CreateBuilder<ProtoFieldName>(builder.Count);
        foreach (var (field, _) in builder)
        {
            fields.Add(field);
        }

        return fields.MoveToImmutable();
    }

    private static bool HasFieldNumberConstant(IPropertySymbol property)
    {
        foreach (var member in property.ContainingType.GetMembers(property.Name + "FieldNumber"))
        {
            if (member is IFieldSymbol { IsConst: true, Type.SpecialType: SpecialType.System_Int32 })
            {
                return true;
            }
        }

        return false;
    }

    private static IPropertySymbol? FindHasProperty(IPropertySymbol property)
    {
        foreach (var member in property.ContainingType.GetMembers("Has" + property.Name))
        {
            if (member is IPropertySymbol { IsStatic: false, Type.SpecialType: SpecialType.System_Boolean } has)
            {
                return has;
            }
        }

        return null;
    }
}
