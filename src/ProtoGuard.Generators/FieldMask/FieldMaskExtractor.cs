using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProtoGuard.Generators.Common;

namespace ProtoGuard.Generators.FieldMaskHelpers;

/// <summary>
/// Finds Grpc.Tools' <c>XxxReflection</c> classes, decodes the FileDescriptorProto embedded in their static constructor,
/// and maps each proto3 message onto its generated partial class. A message is kept only when every field maps onto
/// the property protoc's naming predicts, with the expected shape; anything else is skipped, never half-generated.
/// </summary>
internal static class FieldMaskExtractor
{
    private const string WrapperPrefix = "google.protobuf.";

    /// <summary>The full proto name of the mask type whose presence marks an AIP-134 update request.</summary>
    internal const string FieldMaskTypeName = "google.protobuf.FieldMask";

    private static readonly string[] WrapperTypeNames =
    {
        "google.protobuf.DoubleValue", "google.protobuf.FloatValue", "google.protobuf.Int64Value",
        "google.protobuf.UInt64Value", "google.protobuf.Int32Value", "google.protobuf.UInt32Value",
        "google.protobuf.BoolValue", "google.protobuf.StringValue", "google.protobuf.BytesValue",
    };

    /// <summary>Syntax-only filter: a static class named <c>*Reflection</c> with a static constructor.</summary>
    public static bool IsCandidate(SyntaxNode node, CancellationToken cancellationToken)
        => node is ClassDeclarationSyntax declaration
            && declaration.Identifier.ValueText.EndsWith("Reflection", StringComparison.Ordinal)
            && declaration.Modifiers.Any(SyntaxKind.StaticKeyword)
            && declaration.Members.Any(member => member is ConstructorDeclarationSyntax constructor
                && constructor.Modifiers.Any(SyntaxKind.StaticKeyword));

    public static FieldMaskFileModel? Extract(GeneratorSyntaxContext context, CancellationToken cancellationToken)
    {
        var declaration = (ClassDeclarationSyntax)context.Node;
        byte[]? descriptorData = ReadEmbeddedDescriptor(declaration);
        if (descriptorData is null)
        {
            return null;
        }

        ProtoFileDescriptor? file = ProtoDescriptorReader.ReadFile(descriptorData);

        // proto2 (has-bits, custom defaults, required, groups) and editions are not handled: skipped as a whole.
        if (file is null || file.Syntax != "proto3")
        {
            return null;
        }

        Compilation compilation = context.SemanticModel.Compilation;
        WellKnownSymbols? symbols = WellKnownSymbols.Resolve(compilation);
        if (symbols is null)
        {
            return null;
        }

        string csharpNamespace = ProtocCSharpNames.FileNamespace(file.Package, file.CSharpNamespace);
        string packagePrefix = string.IsNullOrEmpty(file.Package) ? string.Empty : file.Package + ".";
        string metadataPrefix = csharpNamespace.Length == 0 ? string.Empty : csharpNamespace + ".";
        var messages = ImmutableArray.CreateBuilder<FieldMaskMessageModel>();
        foreach (ProtoMessageDescriptor message in file.Messages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            CollectMessage(message, packagePrefix, metadataPrefix, csharpNamespace, compilation, symbols, messages);
        }

        var updatedResources = new SortedSet<string>(StringComparer.Ordinal);
        foreach (ProtoMessageDescriptor message in file.Messages)
        {
            CollectUpdatedResources(message, updatedResources);
        }

        return new FieldMaskFileModel(new EquatableArray<FieldMaskMessageModel>(messages.ToImmutable()), updatedResources.ToEquatableArray());
    }

    /// <summary>
    /// Adds the types of the singular message fields (other than the mask) of <paramref name="message"/> and its nested
    /// messages when they have a singular <c>google.protobuf.FieldMask</c> field: the resources they update (AIP-134).
    /// </summary>
    private static void CollectUpdatedResources(ProtoMessageDescriptor message, SortedSet<string> into)
    {
        if (!message.IsMapEntry && message.Fields.Any(field => field.Label != ProtoFieldLabel.Repeated && field.TypeName == "." + FieldMaskTypeName))
        {
            foreach (ProtoFieldDescriptor field in message.Fields)
            {
                if (field.Label != ProtoFieldLabel.Repeated && field.Type == ProtoFieldType.Message
                    && field.TypeName is { Length: > 1 } typeName && typeName[0] == '.' && typeName != "." + FieldMaskTypeName)
                {
                    into.Add(typeName.Substring(1));
                }
            }
        }

        foreach (ProtoMessageDescriptor nested in message.NestedMessages)
        {
            CollectUpdatedResources(nested, into);
        }
    }

    /// <summary>
    /// The bytes of <c>descriptorData = global::System.Convert.FromBase64String(string.Concat("...", ...))</c>,
    /// read from the literals; null when the class does not have that shape or the text is not base64.
    /// </summary>
    internal static byte[]? ReadEmbeddedDescriptor(ClassDeclarationSyntax declaration)
    {
        foreach (ConstructorDeclarationSyntax constructor in declaration.Members.OfType<ConstructorDeclarationSyntax>())
        {
            if (!constructor.Modifiers.Any(SyntaxKind.StaticKeyword) || constructor.Body is null)
            {
                continue;
            }

            foreach (VariableDeclaratorSyntax variable in constructor.Body.DescendantNodes().OfType<VariableDeclaratorSyntax>())
            {
                if (variable.Identifier.ValueText != "descriptorData"
                    || variable.Initializer?.Value is not InvocationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments } invocation
                    || !IsMemberNamed(invocation.Expression, "FromBase64String")
                    || ConcatenatedLiterals(arguments[0].Expression) is not string base64)
                {
                    continue;
                }

                try
                {
                    return Convert.FromBase64String(base64);
                }
                catch (FormatException)
                {
                    return null;
                }
            }
        }

        return null;
    }

    private static string? ConcatenatedLiterals(ExpressionSyntax expression)
    {
        if (expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return literal.Token.ValueText;
        }

        if (expression is not InvocationExpressionSyntax invocation || !IsMemberNamed(invocation.Expression, "Concat"))
        {
            return null;
        }

        var text = new System.Text.StringBuilder();
        foreach (ArgumentSyntax argument in invocation.ArgumentList.Arguments)
        {
            if (argument.Expression is not LiteralExpressionSyntax part || !part.IsKind(SyntaxKind.StringLiteralExpression))
            {
                return null;
            }

            text.Append(part.Token.ValueText);
        }

        return text.ToString();
    }

    private static bool IsMemberNamed(ExpressionSyntax expression, string name)
        => expression is MemberAccessExpressionSyntax access && access.Name.Identifier.ValueText == name;

    private static void CollectMessage(
        ProtoMessageDescriptor message,
        string protoPrefix,
        string metadataPrefix,
        string csharpNamespace,
        Compilation compilation,
        WellKnownSymbols symbols,
        ImmutableArray<FieldMaskMessageModel>.Builder into)
    {
        if (message.Name is null || message.IsMapEntry)
        {
            return;
        }

        string protoFullName = protoPrefix + message.Name;
        string metadataName = metadataPrefix + message.Name;
        INamedTypeSymbol? type = compilation.GetTypeByMetadataName(metadataName);
        if (type is not null && CreateMessageModel(message, protoFullName, csharpNamespace, type, symbols) is FieldMaskMessageModel model)
        {
            into.Add(model);
        }

        foreach (ProtoMessageDescriptor nested in message.NestedMessages)
        {
            CollectMessage(nested, protoFullName + ".", metadataName + "+Types+", csharpNamespace, compilation, symbols, into);
        }
    }

    private static FieldMaskMessageModel? CreateMessageModel(
        ProtoMessageDescriptor message,
        string protoFullName,
        string csharpNamespace,
        INamedTypeSymbol type,
        WellKnownSymbols symbols)
    {
        if (type.TypeKind != TypeKind.Class || type.IsGenericType || !IsPartialInSource(type)
            || AccessibilityKeyword(type) is not string accessibility
            || !IsMessageClass(type, symbols))
        {
            return null;
        }

        var containingTypes = new List<ContainingTypeModel>();
        for (INamedTypeSymbol? outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (!IsPartialInSource(outer) || AccessibilityKeyword(outer) is not string outerAccessibility)
            {
                return null;
            }

            containingTypes.Insert(0, new ContainingTypeModel(outer.Name, outerAccessibility, outer.IsStatic));
        }

        HashSet<string> mapEntries = new(
            message.NestedMessages.Where(nested => nested.IsMapEntry && nested.Name is not null)
                .Select(nested => protoFullName + "." + nested.Name),
            StringComparer.Ordinal);
        var fields = ImmutableArray.CreateBuilder<FieldMaskFieldModel>(message.Fields.Count);
        foreach (ProtoFieldDescriptor field in message.Fields)
        {
            if (CreateFieldModel(field, message, type, mapEntries, symbols) is not FieldMaskFieldModel fieldModel)
            {
                return null;
            }

            fields.Add(fieldModel);
        }

        var names = new MemberNameAllocator(type.GetMembers().Select(member => member.Name).Append(type.Name));
        string typeName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        return new FieldMaskMessageModel(
            protoFullName,
            csharpNamespace,
            containingTypes.ToEquatableArray(),
            type.Name,
            accessibility,
            typeName,
            typeName.Substring("global::".Length) + ".FieldMask.g.cs",
            new FieldMaskMemberNames(
                FieldPaths: names.Allocate("FieldPaths"),
                IsValidPath: names.Allocate("IsValidPath"),
                ValidatePaths: names.Allocate("ValidatePaths"),
                ApplyFieldMask: names.Allocate("ApplyFieldMask"),
                ComputeFieldMask: names.Allocate("ComputeFieldMask")),
            fields.MoveToImmutable().ToEquatableArray());
    }

    private static FieldMaskFieldModel? CreateFieldModel(
        ProtoFieldDescriptor field,
        ProtoMessageDescriptor message,
        INamedTypeSymbol type,
        HashSet<string> mapEntries,
        WellKnownSymbols symbols)
    {
        if (field.Name is null || field.Label == ProtoFieldLabel.Required || field.Type == ProtoFieldType.Group)
        {
            return null;
        }

        string propertyName = ProtocCSharpNames.PropertyName(field.Name, message.Name!);
        if (FindProperty(type, propertyName) is not IPropertySymbol property)
        {
            return null;
        }

        string? typeName = field.TypeName is { Length: > 1 } name && name[0] == '.' ? name.Substring(1) : null;
        if (field.Label == ProtoFieldLabel.Repeated)
        {
            return CreateCollectionFieldModel(field.Name, property, typeName is not null && mapEntries.Contains(typeName), symbols);
        }

        OneofModel? oneof = null;
        if (field.OneofIndex >= 0 && !field.Proto3Optional)
        {
            oneof = CreateOneofModel(field, propertyName, message, type);
            if (oneof is null)
            {
                return null;
            }
        }

        if (property.SetMethod is null || property.SetMethod.DeclaredAccessibility != Accessibility.Public)
        {
            return null;
        }

        if (field.Type == ProtoFieldType.Message)
        {
            if (typeName is null)
            {
                return null;
            }

            if (Array.IndexOf(WrapperTypeNames, typeName) >= 0)
            {
                ScalarKind wrapped = WrapperScalarKind(typeName.Substring(WrapperPrefix.Length));
                return IsWrapperProperty(property.Type, wrapped, symbols)
                    ? new FieldMaskFieldModel(field.Name, propertyName, FieldMaskFieldKind.Wrapper, wrapped, false, null, oneof, null)
                    : null;
            }

            return property.Type is INamedTypeSymbol messageType && IsMessageClass(messageType, symbols)
                ? new FieldMaskFieldModel(field.Name, propertyName, FieldMaskFieldKind.Message, ScalarKind.None, false, typeName, oneof, null)
                : null;
        }

        ScalarKind scalar = ScalarKindOf(field.Type);
        if (scalar == ScalarKind.None || !IsScalarProperty(property.Type, field.Type, symbols))
        {
            return null;
        }

        if (field.Proto3Optional)
        {
            bool hasPresence = FindProperty(type, "Has" + propertyName) is { Type.SpecialType: SpecialType.System_Boolean }
                && HasParameterlessMethod(type, "Clear" + propertyName);
            return hasPresence
                ? new FieldMaskFieldModel(field.Name, propertyName, FieldMaskFieldKind.OptionalScalar, scalar, false, null, null, null)
                : null;
        }

        return new FieldMaskFieldModel(field.Name, propertyName, FieldMaskFieldKind.Scalar, scalar, false, null, oneof, null);
    }

    private static FieldMaskFieldModel? CreateCollectionFieldModel(string protoName, IPropertySymbol property, bool isMap, WellKnownSymbols symbols)
    {
        if (property.Type is not INamedTypeSymbol collection)
        {
            return null;
        }

        INamedTypeSymbol expected = isMap ? symbols.MapField : symbols.RepeatedField;
        if (!SymbolEqualityComparer.Default.Equals(collection.OriginalDefinition, expected))
        {
            return null;
        }

        // Message elements (map values) are deep-copied so the target never shares mutable state with the patch;
        // wrapper elements are generated as int?/string and need no copy.
        bool clonesElements = collection.TypeArguments[collection.TypeArguments.Length - 1] is INamedTypeSymbol element
            && IsMessageClass(element, symbols);
        return new FieldMaskFieldModel(
            protoName,
            property.Name,
            isMap ? FieldMaskFieldKind.Map : FieldMaskFieldKind.Repeated,
            ScalarKind.None,
            clonesElements,
            null,
            null,
            null);
    }

    private static OneofModel? CreateOneofModel(ProtoFieldDescriptor field, string propertyName, ProtoMessageDescriptor message, INamedTypeSymbol type)
    {
        if (field.OneofIndex >= message.OneofNames.Count)
        {
            return null;
        }

        string oneofName = ProtocCSharpNames.OneofName(message.OneofNames[field.OneofIndex]);
        string caseValue = ProtocCSharpNames.OneofCaseName(propertyName);
        if (FindProperty(type, oneofName + "Case") is not { Type: INamedTypeSymbol { TypeKind: TypeKind.Enum } caseEnum }
            || caseEnum.Name != oneofName + "OneofCase"
            || !SymbolEqualityComparer.Default.Equals(caseEnum.ContainingType, type)
            || !caseEnum.GetMembers(caseValue).Any(member => member is IFieldSymbol)
            || !HasParameterlessMethod(type, "Clear" + oneofName))
        {
            return null;
        }

        return new OneofModel(
            oneofName + "Case",
            caseEnum.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + caseValue,
            "Clear" + oneofName);
    }

    private static IPropertySymbol? FindProperty(INamedTypeSymbol type, string name)
        => type.GetMembers(name).OfType<IPropertySymbol>()
            .FirstOrDefault(property => !property.IsStatic && property.Parameters.IsEmpty
                && property.DeclaredAccessibility == Accessibility.Public && property.GetMethod is not null);

    private static bool HasParameterlessMethod(INamedTypeSymbol type, string name)
        => type.GetMembers(name).OfType<IMethodSymbol>()
            .Any(method => !method.IsStatic && method.Parameters.IsEmpty && method.DeclaredAccessibility == Accessibility.Public);

    private static bool IsPartialInSource(INamedTypeSymbol type)
        => !type.DeclaringSyntaxReferences.IsEmpty
            && type.DeclaringSyntaxReferences.All(reference =>
                reference.GetSyntax() is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

    private static string? AccessibilityKeyword(INamedTypeSymbol type) => type.DeclaredAccessibility switch
    {
        Accessibility.Public => "public",
        Accessibility.Internal => "internal",
        _ => null,
    };

    /// <summary>A protobuf message class: implements <c>IMessage&lt;T&gt;</c> of itself (so it also has <c>Clone()</c>).</summary>
    private static bool IsMessageClass(INamedTypeSymbol type, WellKnownSymbols symbols)
        => type.TypeKind == TypeKind.Class
            && type.AllInterfaces.Any(candidate =>
                SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, symbols.GenericMessage)
                && SymbolEqualityComparer.Default.Equals(candidate.TypeArguments[0], type));

    private static ScalarKind ScalarKindOf(ProtoFieldType type) => type switch
    {
        ProtoFieldType.Double => ScalarKind.Double,
        ProtoFieldType.Float => ScalarKind.Float,
        ProtoFieldType.Bool => ScalarKind.Bool,
        ProtoFieldType.String => ScalarKind.String,
        ProtoFieldType.Bytes => ScalarKind.Bytes,
        ProtoFieldType.Int32 or ProtoFieldType.Int64 or ProtoFieldType.UInt32 or ProtoFieldType.UInt64
            or ProtoFieldType.SInt32 or ProtoFieldType.SInt64 or ProtoFieldType.Fixed32 or ProtoFieldType.Fixed64
            or ProtoFieldType.SFixed32 or ProtoFieldType.SFixed64 or ProtoFieldType.Enum => ScalarKind.Number,
        _ => ScalarKind.None,
    };

    private static ScalarKind WrapperScalarKind(string wrapperName) => wrapperName switch
    {
        "DoubleValue" => ScalarKind.Double,
        "FloatValue" => ScalarKind.Float,
        "BoolValue" => ScalarKind.Bool,
        "StringValue" => ScalarKind.String,
        "BytesValue" => ScalarKind.Bytes,
        _ => ScalarKind.Number,
    };

    private static bool IsScalarProperty(ITypeSymbol type, ProtoFieldType fieldType, WellKnownSymbols symbols) => fieldType switch
    {
        ProtoFieldType.Double => type.SpecialType == SpecialType.System_Double,
        ProtoFieldType.Float => type.SpecialType == SpecialType.System_Single,
        ProtoFieldType.Bool => type.SpecialType == SpecialType.System_Boolean,
        ProtoFieldType.String => type.SpecialType == SpecialType.System_String,
        ProtoFieldType.Bytes => SymbolEqualityComparer.Default.Equals(type, symbols.ByteString),
        ProtoFieldType.Int32 or ProtoFieldType.SInt32 or ProtoFieldType.SFixed32 => type.SpecialType == SpecialType.System_Int32,
        ProtoFieldType.Int64 or ProtoFieldType.SInt64 or ProtoFieldType.SFixed64 => type.SpecialType == SpecialType.System_Int64,
        ProtoFieldType.UInt32 or ProtoFieldType.Fixed32 => type.SpecialType == SpecialType.System_UInt32,
        ProtoFieldType.UInt64 or ProtoFieldType.Fixed64 => type.SpecialType == SpecialType.System_UInt64,
        ProtoFieldType.Enum => type.TypeKind == TypeKind.Enum,
        _ => false,
    };

    private static bool IsWrapperProperty(ITypeSymbol type, ScalarKind wrapped, WellKnownSymbols symbols) => wrapped switch
    {
        ScalarKind.String => type.SpecialType == SpecialType.System_String,
        ScalarKind.Bytes => SymbolEqualityComparer.Default.Equals(type, symbols.ByteString),
        _ => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T },
    };

    /// <summary>The Google.Protobuf types the helpers use; the compilation must reference Google.Protobuf.</summary>
    private sealed class WellKnownSymbols
    {
        private WellKnownSymbols(INamedTypeSymbol genericMessage, INamedTypeSymbol repeatedField, INamedTypeSymbol mapField, INamedTypeSymbol byteString)
        {
            GenericMessage = genericMessage;
            RepeatedField = repeatedField;
            MapField = mapField;
            ByteString = byteString;
        }

        public INamedTypeSymbol GenericMessage { get; }

        public INamedTypeSymbol RepeatedField { get; }

        public INamedTypeSymbol MapField { get; }

        public INamedTypeSymbol ByteString { get; }

        public static WellKnownSymbols? Resolve(Compilation compilation)
        {
            INamedTypeSymbol? genericMessage = compilation.GetTypeByMetadataName("Google.Protobuf.IMessage`1");
            INamedTypeSymbol? repeatedField = compilation.GetTypeByMetadataName("Google.Protobuf.Collections.RepeatedField`1");
            INamedTypeSymbol? mapField = compilation.GetTypeByMetadataName("Google.Protobuf.Collections.MapField`2");
            INamedTypeSymbol? byteString = compilation.GetTypeByMetadataName("Google.Protobuf.ByteString");
            bool hasFieldMask = compilation.GetTypeByMetadataName("Google.Protobuf.WellKnownTypes.FieldMask") is not null;
            return genericMessage is null || repeatedField is null || mapField is null || byteString is null || !hasFieldMask
                ? null
                : new WellKnownSymbols(genericMessage, repeatedField, mapField, byteString);
        }
    }
}
