using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;

namespace ProtoGuard.Analyzers.CSharp;

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

    /// <summary>A <c>string</c>/<c>ByteString</c> field of a message from a referenced assembly without <c>HasXxx</c>: implicit or wrapper, which metadata does not show.</summary>
    Unknown,
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
            presence = !IsInSource(property.ContainingType) ? ProtoFieldPresence.Unknown
                : HasWrapperCodec(property) ? ProtoFieldPresence.Wrapper
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
    /// protoc's C# property name for a proto field name (<c>display_name</c> → <c>DisplayName</c>, <c>field2_x</c> →
    /// <c>Field2X</c>): an underscore or a digit capitalizes the next letter; underscores are dropped.
    /// </summary>
    public static string ToPascalCase(string protoName)
    {
        var builder = new StringBuilder(protoName.Length);
        var capitalizeNext = true;
        foreach (var c in protoName)
        {
            if (c == '_')
            {
                capitalizeNext = true;
            }
            else if (char.IsDigit(c))
            {
                builder.Append(c);
                capitalizeNext = true;
            }
            else
            {
                builder.Append(capitalizeNext ? char.ToUpperInvariant(c) : c);
                capitalizeNext = false;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The proto name of a generated property, derived from its C# name (<c>DisplayName</c> → <c>display_name</c>,
    /// <c>Field2X</c> → <c>field2_x</c>): an underscore before each capital that follows a lowercase letter or a digit.
    /// Exact for snake_case proto names, which is what the style guide and protoc's naming assume; the descriptor (and
    /// so the real name) is not readable from symbols.
    /// </summary>
    public static string ToSnakeCase(string csharpName)
    {
        var builder = new StringBuilder(csharpName.Length + 4);
        for (var i = 0; i < csharpName.Length; i++)
        {
            var c = csharpName[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && (char.IsLower(csharpName[i - 1]) || char.IsDigit(csharpName[i - 1])))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The fields of a generated message, in field-number order: (C# property name, field number) for every
    /// <c>public const int XxxFieldNumber</c> the message declares.
    /// </summary>
    public static ImmutableArray<(string Name, int Number)> GetFieldNames(INamedTypeSymbol message)
    {
        const string Suffix = "FieldNumber";
        var builder = ImmutableArray.CreateBuilder<(string Name, int Number)>();
        foreach (var member in message.GetMembers())
        {
            if (member is IFieldSymbol { IsConst: true, Type.SpecialType: SpecialType.System_Int32, ConstantValue: int number } constant
                && constant.Name.Length > Suffix.Length
                && constant.Name.EndsWith(Suffix, System.StringComparison.Ordinal))
            {
                builder.Add((constant.Name.Substring(0, constant.Name.Length - Suffix.Length), number));
            }
        }

        builder.Sort((left, right) => left.Number.CompareTo(right.Number));
        return builder.ToImmutable();
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

    private static bool IsInSource(INamedTypeSymbol type)
    {
        foreach (var location in type.Locations)
        {
            if (location.IsInSource)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// protoc gives a wrapper-typed field a <c>private static readonly FieldCodec&lt;T&gt; _single_{proto_name}_codec</c>
    /// (<c>FieldCodec.ForClassWrapper</c>/<c>ForStructWrapper</c>); no other field kind has one. Private members are only
    /// visible for types compiled from source.
    /// </summary>
    private static bool HasWrapperCodec(IPropertySymbol property)
    {
        const string Prefix = "_single_";
        const string Suffix = "_codec";
        foreach (var member in property.ContainingType.GetMembers())
        {
            if (member is IFieldSymbol { IsStatic: true } field
                && field.Name.Length > Prefix.Length + Suffix.Length
                && field.Name.StartsWith(Prefix, System.StringComparison.Ordinal)
                && field.Name.EndsWith(Suffix, System.StringComparison.Ordinal)
                && ToPascalCase(field.Name.Substring(Prefix.Length, field.Name.Length - Prefix.Length - Suffix.Length)) == property.Name)
            {
                return true;
            }
        }

        return false;
    }
}
