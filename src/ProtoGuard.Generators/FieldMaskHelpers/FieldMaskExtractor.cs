using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProtoGuard.Generators.Common;
using ProtoGuard.Schema.CSharp;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Shared;

namespace ProtoGuard.Generators.FieldMaskHelpers;

/// <summary>
/// Finds Grpc.Tools' <c>XxxReflection</c> classes and decodes the FileDescriptorProto embedded in their static
/// constructor (syntax only); finds the calls of the helpers (<c>x.ApplyFieldMask(…)</c>, <c>T.FieldPaths</c>, …) and
/// binds only their receivers; and maps a selected message (proto3, proto2 or editions) onto its generated partial class. A message is kept
/// only when every field maps onto the property protoc's naming predicts, with the expected shape; anything else is
/// skipped, never half-generated.
/// </summary>
internal static class FieldMaskExtractor
{
    /// <summary>The full proto name of the mask type whose presence marks an AIP-134 update request.</summary>
    internal const string FieldMaskTypeName = "google.protobuf.FieldMask";


    /// <summary>
    /// Syntax-only filter: the static <c>Descriptor</c> property, with protoc's <c>[GeneratedCode]</c> attribute, of a
    /// file's first top-level message, which returns <c>global::Ns.XxxReflection.Descriptor.MessageTypes[0]</c> — one per
    /// generated file with messages (protoc older than 3.12 wrote no <c>[GeneratedCode]</c>: PG4002 explains).
    /// Matched on the syntax nodes, so any layout protoc may choose reads the same: a <c>get</c> accessor with a block
    /// body (protoc's <c>get { return …; }</c>) or an expression body, or an expression-bodied property; any whitespace
    /// or qualification of the reflection class and of the attribute.
    /// </summary>
    public static bool IsFirstMessageDescriptor(SyntaxNode node, CancellationToken cancellationToken)
        => HasGeneratedCodeAttribute(node)
            && node is PropertyDeclarationSyntax
            {
                Identifier.ValueText: "Descriptor",
                Parent: ClassDeclarationSyntax { Parent: BaseNamespaceDeclarationSyntax or CompilationUnitSyntax },
            } property
            && ReturnedExpression(property) is ElementAccessExpressionSyntax
            {
                Expression: MemberAccessExpressionSyntax
                {
                    Name.Identifier.ValueText: "MessageTypes",
                    Expression: MemberAccessExpressionSyntax
                    {
                        Name.Identifier.ValueText: "Descriptor",
                        Expression: var reflectionClass,
                    },
                },
                ArgumentList.Arguments: { Count: 1 } arguments,
            }
            && arguments[0].Expression is LiteralExpressionSyntax { Token.Value: 0 }
            && SyntaxNames.Rightmost(reflectionClass) is { } name
            && name.EndsWith("Reflection", StringComparison.Ordinal);

    /// <summary>What a getter-only property returns: its expression body, its getter's, or its getter's single <c>return</c>.</summary>
    private static ExpressionSyntax? ReturnedExpression(PropertyDeclarationSyntax property)
    {
        if (property.ExpressionBody is { } propertyBody)
        {
            return Unparenthesized(propertyBody.Expression);
        }

        if (property.AccessorList?.Accessors is not { Count: 1 } accessors || !accessors[0].IsKind(SyntaxKind.GetAccessorDeclaration))
        {
            return null;
        }

        var getter = accessors[0];
        return getter.ExpressionBody is { } getterBody ? Unparenthesized(getterBody.Expression)
            : getter.Body?.Statements is { Count: 1 } statements && statements[0] is ReturnStatementSyntax { Expression: { } returned } ? Unparenthesized(returned)
            : null;
    }

    private static ExpressionSyntax Unparenthesized(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }

    private static bool HasFirstMessageDescriptor(SyntaxList<MemberDeclarationSyntax> members, CancellationToken cancellationToken)
    {
        foreach (var member in members)
        {
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax ns when HasFirstMessageDescriptor(ns.Members, cancellationToken):
                    return true;
                case ClassDeclarationSyntax type:
                    foreach (var typeMember in type.Members)
                    {
                        if (typeMember is PropertyDeclarationSyntax && IsFirstMessageDescriptor(typeMember, cancellationToken))
                        {
                            return true;
                        }
                    }

                    break;
            }
        }

        return false;
    }

    /// <summary>Whether a member has an attribute named <c>GeneratedCode</c> (<c>GeneratedCodeAttribute</c>), however qualified.</summary>
    private static bool HasGeneratedCodeAttribute(SyntaxNode node)
    {
        if (node is not MemberDeclarationSyntax member)
        {
            return false;
        }

        foreach (var list in member.AttributeLists)
        {
            foreach (var attribute in list.Attributes)
            {
                if (SyntaxNames.Rightmost(attribute.Name) is "GeneratedCode" or "GeneratedCodeAttribute")
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Text-only filter: whether a tree may hold a message's <c>Descriptor</c> property (<see cref="IsFirstMessageDescriptor"/>).</summary>
    public static bool MentionsMessageDescriptor(SyntaxTree tree, CancellationToken cancellationToken)
        => SourceTextSearch.Contains(tree.GetText(cancellationToken), "MessageTypes");

    /// <summary>
    /// The messages of the descriptor of the <c>XxxReflection</c> class of a file with a first message's <c>Descriptor</c>
    /// property (<see cref="IsFirstMessageDescriptor"/>, on the top-level classes only: no member body is walked), proto3,
    /// proto2 or editions, with each field's presence as its syntax (or its editions features) defines it; null when the
    /// file has no such property or no readable descriptor. Syntax only: no symbol is looked at.
    /// </summary>
    public static DescriptorFileModel? Decode(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var root = (CompilationUnitSyntax)tree.GetRoot(cancellationToken);
        if (!HasFirstMessageDescriptor(root.Members, cancellationToken))
        {
            return null;
        }

        var file = ProtocEmbeddedDescriptor.ReadAll(root).FirstOrDefault();
        if (file is null)
        {
            return null;
        }

        var messages = ImmutableArray.CreateBuilder<DescriptorMessageModel>();
        foreach (var message in ProtocCSharpNames.Messages(file))
        {
            cancellationToken.ThrowIfCancellationRequested();
            messages.Add(CreateDescriptorModel(message, file));
        }

        var updatedResources = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var message in file.MessageTypes)
        {
            CollectUpdatedResources(message, updatedResources);
        }

        return new DescriptorFileModel(file.Name, messages.ToImmutable().ToEquatableArray(), updatedResources.ToEquatableArray());
    }

    /// <summary>The member names of the helpers, whose uses make a message get them.</summary>
    private static readonly string[] HelperNames = { "ApplyFieldMask", "ComputeFieldMask", "IsValidPath", "ValidatePaths", "FieldPaths" };

    /// <summary>
    /// Text-only filter: whether a tree's text mentions a helper's name at all. A search of the text, not a walk of the
    /// nodes, so the large Grpc.Tools files cost next to nothing.
    /// </summary>
    public static bool MentionsHelper(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken);
        foreach (var name in HelperNames)
        {
            if (SourceTextSearch.Contains(text, name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The CLR metadata names of the types the helpers are used on in <paramref name="tree"/>: for each
    /// <c>….ApplyFieldMask</c>, <c>….ComputeFieldMask</c>, <c>….IsValidPath</c>, <c>….ValidatePaths</c> or
    /// <c>….FieldPaths</c> (the member need not exist yet), the receiver's type (<c>user.ApplyFieldMask</c>) or the type
    /// named (<c>User.FieldPaths</c>); not when the receiver is not a class, or when the member exists without the
    /// helpers (the compilation a generator sees never has them): then it is some other member of that name, such as
    /// the property protoc generates for a field named <c>field_paths</c>. In the order of the uses.
    /// </summary>
    public static ImmutableArray<string> ReadHelperReceivers(SyntaxTree tree, Compilation compilation, CancellationToken cancellationToken)
    {
        if (!compilation.ContainsSyntaxTree(tree))
        {
            return ImmutableArray<string>.Empty;
        }

        SemanticModel? model = null;
        var receivers = ImmutableArray.CreateBuilder<string>();
        foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
        {
            if (node is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ApplyFieldMask" or "ComputeFieldMask" or "IsValidPath" or "ValidatePaths" or "FieldPaths" } access)
            {
                continue;
            }

            model ??= compilation.GetSemanticModel(tree);
            if (model.GetTypeInfo(access.Expression, cancellationToken).Type is INamedTypeSymbol { TypeKind: TypeKind.Class } type
                && model.GetSymbolInfo(access, cancellationToken) is { Symbol: null, CandidateSymbols.IsEmpty: true })
            {
                receivers.Add(ProtocEmbeddedDescriptor.MetadataName(type));
            }
        }

        return receivers.ToImmutable();
    }

    /// <summary>
    /// The symbols of <paramref name="compilation"/> when it references the Google.Protobuf types the helpers use
    /// (<c>IMessage&lt;T&gt;</c>, <c>RepeatedField&lt;T&gt;</c>, <c>MapField&lt;K, V&gt;</c>, <c>ByteString</c>,
    /// <c>FieldMask</c>); null otherwise.
    /// </summary>
    public static GrpcSymbols? ProtobufSymbols(Compilation compilation)
        => GrpcSymbols.For(compilation) is { IMessageOfT: not null, RepeatedFieldOfT: not null, MapFieldOfT: not null, ByteString: not null, FieldMask: not null } symbols
            ? symbols
            : null;

    /// <summary>
    /// The helpers' model of a selected message, checked against its class in <paramref name="compilation"/>; null
    /// when the class is missing or does not match the descriptor in every field.
    /// </summary>
    public static FieldMaskMessageModel? Validate(DescriptorMessageModel message, Compilation compilation, GrpcSymbols symbols)
        => compilation.GetTypeByMetadataName(message.MetadataName) is INamedTypeSymbol type ? CreateMessageModel(message, type, symbols) : null;

    /// <summary>
    /// The helpers' model of a message class of a referenced assembly (project or package) that this compilation can
    /// see, from its symbols alone: a reference assembly keeps the <c>XxxFieldNumber</c> constants, properties,
    /// presence members and oneof enums, but no descriptor bytes, so the field names are left to run time (looked up
    /// by number in the message's <c>Descriptor</c>). Fields come in the constants' (descriptor) order. Presence is
    /// what the class has: <c>HasXxx</c>/<c>ClearXxx()</c> (proto3 <c>optional</c>, proto2 and editions explicit
    /// presence), nullable wrappers, oneof cases. Null when the class is not such a message or any field does not fit.
    /// </summary>
    /// <param name="type">The message class.</param>
    /// <param name="helperClassName">The name of the static class that will hold the helpers.</param>
    /// <param name="symbols">The Google.Protobuf types.</param>
    public static FieldMaskMessageModel? CreateReferencedModel(INamedTypeSymbol type, string helperClassName, GrpcSymbols symbols)
    {
        if (!symbols.IsMessageClass(type)
            || !type.GetMembers("Descriptor").OfType<IPropertySymbol>().Any(property => property.IsStatic && property.Type.Name == "MessageDescriptor"))
        {
            return null;
        }

        var oneofs = new Dictionary<string, OneofModel>(StringComparer.Ordinal);
        foreach (var caseEnum in type.GetTypeMembers())
        {
            const string Suffix = "OneofCase";
            if (caseEnum.TypeKind != TypeKind.Enum || !caseEnum.Name.EndsWith(Suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var oneofName = caseEnum.Name.Substring(0, caseEnum.Name.Length - Suffix.Length);
            if (FindProperty(type, oneofName + "Case") is not { } caseProperty
                || !SymbolEqualityComparer.Default.Equals(caseProperty.Type, caseEnum)
                || !HasParameterlessMethod(type, "Clear" + oneofName))
            {
                return null;
            }

            var enumName = caseEnum.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            foreach (var member in caseEnum.GetMembers().OfType<IFieldSymbol>())
            {
                if (member.HasConstantValue && member.Name != "None")
                {
                    oneofs[member.Name] = new OneofModel(oneofName + "Case", enumName + "." + member.Name, "Clear" + oneofName);
                }
            }
        }

        var fields = new List<FieldMaskFieldModel>();
        foreach (var numberField in type.GetMembers().OfType<IFieldSymbol>())
        {
            const string Suffix = "FieldNumber";
            if (!numberField.IsConst || numberField.DeclaredAccessibility != Accessibility.Public
                || !numberField.Name.EndsWith(Suffix, StringComparison.Ordinal) || numberField.ConstantValue is not int number)
            {
                continue;
            }

            var propertyName = numberField.Name.Substring(0, numberField.Name.Length - Suffix.Length);
            if (FindProperty(type, propertyName) is not IPropertySymbol property
                || CreateReferencedFieldModel(type, property, number, oneofs.TryGetValue(propertyName, out var oneof) ? oneof : null, symbols) is not FieldMaskFieldModel field)
            {
                return null;
            }

            fields.Add(field);
        }

        var typeName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        var ns = type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString();
        return new FieldMaskMessageModel(
            typeName.Substring("global::".Length),
            ns,
            EquatableArray<ContainingTypeModel>.Empty,
            type.Name,
            "internal",
            typeName,
            typeName.Substring("global::".Length) + ".FieldMask.g.cs",
            new FieldMaskMemberNames("FieldPaths", "IsValidPath", "ValidatePaths", "ApplyFieldMask", "ComputeFieldMask"),
            fields.ToEquatableArray(),
            helperClassName);
    }

    /// <summary>
    /// A protobuf message class of another assembly than <paramref name="compilation"/>'s (compared by assembly: in the
    /// IDE a referenced project's symbols come from source), not Google.Protobuf's well-known types, which stay leaves.
    /// </summary>
    public static bool IsReferencedMessage(INamedTypeSymbol type, Compilation compilation, GrpcSymbols symbols)
        => type.TypeKind == TypeKind.Class
            && !type.IsGenericType
            && !SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly)
            && !SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, symbols.IMessageOfT?.ContainingAssembly)
            && symbols.IsMessageClass(type);

    private static FieldMaskFieldModel? CreateReferencedFieldModel(INamedTypeSymbol type, IPropertySymbol property, int number, OneofModel? oneof, GrpcSymbols symbols)
    {
        var name = property.Name;
        if (property.Type is INamedTypeSymbol { IsGenericType: true } collection
            && (SymbolEqualityComparer.Default.Equals(collection.OriginalDefinition, symbols.RepeatedFieldOfT)
                || SymbolEqualityComparer.Default.Equals(collection.OriginalDefinition, symbols.MapFieldOfT)))
        {
            var isMap = SymbolEqualityComparer.Default.Equals(collection.OriginalDefinition, symbols.MapFieldOfT);
            return CreateCollectionFieldModel(name, property, isMap, symbols) is { } model ? model with { Number = number } : null;
        }

        if (property.SetMethod is null || property.SetMethod.DeclaredAccessibility != Accessibility.Public)
        {
            return null;
        }

        if (property.Type is INamedTypeSymbol messageType && symbols.IsMessageClass(messageType))
        {
            return new FieldMaskFieldModel(name, name, FieldMaskFieldKind.Message, ScalarKind.None, false, ProtocEmbeddedDescriptor.MetadataName(messageType), oneof, null, number);
        }

        if (property.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            var wrapped = ScalarKindOf(nullable.TypeArguments[0], symbols);
            return wrapped == ScalarKind.None ? null
                : new FieldMaskFieldModel(name, name, FieldMaskFieldKind.Wrapper, wrapped, false, null, oneof, null, number);
        }

        var scalar = ScalarKindOf(property.Type, symbols);
        if (scalar == ScalarKind.None)
        {
            return null;
        }

        var kind = oneof is not null ? FieldMaskFieldKind.Scalar
            : FindProperty(type, "Has" + name) is { Type.SpecialType: SpecialType.System_Boolean } && HasParameterlessMethod(type, "Clear" + name) ? FieldMaskFieldKind.OptionalScalar
            : scalar is ScalarKind.String or ScalarKind.Bytes ? FieldMaskFieldKind.ScalarOrWrapper
            : FieldMaskFieldKind.Scalar;
        return new FieldMaskFieldModel(name, name, kind, scalar, false, null, oneof, null, number);
    }

    private static ScalarKind ScalarKindOf(ITypeSymbol type, GrpcSymbols symbols) => type.SpecialType switch
    {
        SpecialType.System_Double => ScalarKind.Double,
        SpecialType.System_Single => ScalarKind.Float,
        SpecialType.System_Boolean => ScalarKind.Bool,
        SpecialType.System_String => ScalarKind.String,
        SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt32 or SpecialType.System_UInt64 => ScalarKind.Number,
        _ when type.TypeKind == TypeKind.Enum => ScalarKind.Number,
        _ when SymbolEqualityComparer.Default.Equals(type, symbols.ByteString) => ScalarKind.Bytes,
        _ => ScalarKind.None,
    };

    private static DescriptorMessageModel CreateDescriptorModel(ProtocCSharpMessage message, DecodedFile file)
    {
        var descriptor = message.Descriptor;
        var mapEntries = new HashSet<string>(
            descriptor.NestedTypes.Where(nested => nested.IsMapEntry).Select(nested => message.ProtoFullName + "." + nested.Name),
            StringComparer.Ordinal);
        var fields = ImmutableArray.CreateBuilder<DescriptorFieldModel>(descriptor.Fields.Count);
        foreach (var field in descriptor.Fields)
        {
            var oneofName = field.OneofIndex < 0 || field.Proto3Optional ? null
                : field.OneofIndex < descriptor.OneofNames.Count ? ProtocCSharpNames.OneofName(descriptor.OneofNames[field.OneofIndex])
                : string.Empty;
            fields.Add(new DescriptorFieldModel(
                field.Name,
                message.PropertyName(field),
                field.Label,
                field.Type,
                field.FullTypeName,
                field.IsRepeated && field.FullTypeName is string typeName && mapEntries.Contains(typeName),
                oneofName,
                oneofName is null && field.Type is not (FieldType.Message or FieldType.Group) && file.HasExplicitPresence(field, descriptor)));
        }

        return new DescriptorMessageModel(message.ProtoFullName, message.MetadataName, message.CSharpNamespace, fields.MoveToImmutable().ToEquatableArray());
    }

    /// <summary>
    /// Adds the types of the singular message fields (other than the mask) of <paramref name="message"/> and its nested
    /// messages when they have a singular <c>google.protobuf.FieldMask</c> field: the resources they update (AIP-134).
    /// </summary>
    private static void CollectUpdatedResources(DecodedMessage message, SortedSet<string> into)
    {
        if (!message.IsMapEntry && message.Fields.Any(field => !field.IsRepeated && field.FullTypeName == FieldMaskTypeName))
        {
            foreach (var field in message.Fields)
            {
                if (!field.IsRepeated && field.Type == FieldType.Message
                    && field.FullTypeName is string typeName && typeName != FieldMaskTypeName)
                {
                    into.Add(typeName);
                }
            }
        }

        foreach (var nested in message.NestedTypes)
        {
            CollectUpdatedResources(nested, into);
        }
    }

    private static FieldMaskMessageModel? CreateMessageModel(DescriptorMessageModel message, INamedTypeSymbol type, GrpcSymbols symbols)
    {
        if (type.TypeKind != TypeKind.Class || type.IsGenericType || !IsPartialInSource(type)
            || AccessibilityKeyword(type) is not string accessibility
            || !symbols.IsMessageClass(type))
        {
            return null;
        }

        var containingTypes = new List<ContainingTypeModel>();
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (!IsPartialInSource(outer) || AccessibilityKeyword(outer) is not string outerAccessibility)
            {
                return null;
            }

            containingTypes.Insert(0, new ContainingTypeModel(outer.Name, outerAccessibility, outer.IsStatic));
        }

        var fields = ImmutableArray.CreateBuilder<FieldMaskFieldModel>(message.Fields.Count);
        foreach (var field in message.Fields)
        {
            if (CreateFieldModel(field, type, symbols) is not FieldMaskFieldModel fieldModel)
            {
                return null;
            }

            fields.Add(fieldModel);
        }

        var names = new MemberNameAllocator(type.GetMembers().Select(member => member.Name).Append(type.Name));
        var typeName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        return new FieldMaskMessageModel(
            message.ProtoFullName,
            message.Namespace,
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

    private static FieldMaskFieldModel? CreateFieldModel(DescriptorFieldModel field, INamedTypeSymbol type, GrpcSymbols symbols)
    {
        var propertyName = field.PropertyName;
        if (FindProperty(type, propertyName) is not IPropertySymbol property)
        {
            return null;
        }

        var typeName = field.TypeName;
        if (field.Label == FieldCardinality.Repeated)
        {
            return CreateCollectionFieldModel(field.ProtoName, property, field.IsMap, symbols);
        }

        OneofModel? oneof = null;
        if (field.OneofName is string oneofName)
        {
            oneof = CreateOneofModel(oneofName, propertyName, type);
            if (oneof is null)
            {
                return null;
            }
        }

        if (property.SetMethod is null || property.SetMethod.DeclaredAccessibility != Accessibility.Public)
        {
            return null;
        }

        // A proto2 group (and an editions DELIMITED field, which the descriptor keeps as a message) is a message class too.
        if (field.Type is FieldType.Message or FieldType.Group)
        {
            if (typeName is null)
            {
                return null;
            }

            if (ProtocCSharpNames.IsWrapperType(typeName))
            {
                var wrapped = WrapperScalarKind(typeName);
                return IsWrapperProperty(property.Type, wrapped, symbols)
                    ? new FieldMaskFieldModel(field.ProtoName, propertyName, FieldMaskFieldKind.Wrapper, wrapped, false, null, oneof, null)
                    : null;
            }

            return property.Type is INamedTypeSymbol messageType && symbols.IsMessageClass(messageType)
                ? new FieldMaskFieldModel(field.ProtoName, propertyName, FieldMaskFieldKind.Message, ScalarKind.None, false, typeName, oneof, null)
                : null;
        }

        var scalar = ScalarKindOf(field.Type);
        if (scalar == ScalarKind.None || !IsScalarProperty(property.Type, field.Type, symbols))
        {
            return null;
        }

        if (field.ExplicitPresence)
        {
            var hasPresence = FindProperty(type, "Has" + propertyName) is { Type.SpecialType: SpecialType.System_Boolean }
                && HasParameterlessMethod(type, "Clear" + propertyName);
            return hasPresence
                ? new FieldMaskFieldModel(field.ProtoName, propertyName, FieldMaskFieldKind.OptionalScalar, scalar, false, null, null, null)
                : null;
        }

        return new FieldMaskFieldModel(field.ProtoName, propertyName, FieldMaskFieldKind.Scalar, scalar, false, null, oneof, null);
    }

    private static FieldMaskFieldModel? CreateCollectionFieldModel(string protoName, IPropertySymbol property, bool isMap, GrpcSymbols symbols)
    {
        if (property.Type is not INamedTypeSymbol collection)
        {
            return null;
        }

        var expected = isMap ? symbols.MapFieldOfT : symbols.RepeatedFieldOfT;
        if (!SymbolEqualityComparer.Default.Equals(collection.OriginalDefinition, expected))
        {
            return null;
        }

        // Message elements (map values) are deep-copied so the target never shares mutable state with the patch;
        // wrapper elements are generated as int?/string and need no copy.
        var clonesElements = collection.TypeArguments[collection.TypeArguments.Length - 1] is INamedTypeSymbol element
            && symbols.IsMessageClass(element);
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

    private static OneofModel? CreateOneofModel(string oneofName, string propertyName, INamedTypeSymbol type)
    {
        if (oneofName.Length == 0)
        {
            return null;
        }

        var caseValue = ProtocCSharpNames.OneofCaseName(propertyName);
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

    private static ScalarKind ScalarKindOf(FieldType type) => type switch
    {
        FieldType.Double => ScalarKind.Double,
        FieldType.Float => ScalarKind.Float,
        FieldType.Bool => ScalarKind.Bool,
        FieldType.String => ScalarKind.String,
        FieldType.Bytes => ScalarKind.Bytes,
        FieldType.Int32 or FieldType.Int64 or FieldType.UInt32 or FieldType.UInt64
            or FieldType.SInt32 or FieldType.SInt64 or FieldType.Fixed32 or FieldType.Fixed64
            or FieldType.SFixed32 or FieldType.SFixed64 or FieldType.Enum => ScalarKind.Number,
        _ => ScalarKind.None,
    };

    private static ScalarKind WrapperScalarKind(string wrapperFullName) => wrapperFullName switch
    {
        "google.protobuf.DoubleValue" => ScalarKind.Double,
        "google.protobuf.FloatValue" => ScalarKind.Float,
        "google.protobuf.BoolValue" => ScalarKind.Bool,
        "google.protobuf.StringValue" => ScalarKind.String,
        "google.protobuf.BytesValue" => ScalarKind.Bytes,
        _ => ScalarKind.Number,
    };

    private static bool IsScalarProperty(ITypeSymbol type, FieldType fieldType, GrpcSymbols symbols) => fieldType switch
    {
        FieldType.Double => type.SpecialType == SpecialType.System_Double,
        FieldType.Float => type.SpecialType == SpecialType.System_Single,
        FieldType.Bool => type.SpecialType == SpecialType.System_Boolean,
        FieldType.String => type.SpecialType == SpecialType.System_String,
        FieldType.Bytes => SymbolEqualityComparer.Default.Equals(type, symbols.ByteString),
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => type.SpecialType == SpecialType.System_Int32,
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => type.SpecialType == SpecialType.System_Int64,
        FieldType.UInt32 or FieldType.Fixed32 => type.SpecialType == SpecialType.System_UInt32,
        FieldType.UInt64 or FieldType.Fixed64 => type.SpecialType == SpecialType.System_UInt64,
        FieldType.Enum => type.TypeKind == TypeKind.Enum,
        _ => false,
    };

    private static bool IsWrapperProperty(ITypeSymbol type, ScalarKind wrapped, GrpcSymbols symbols) => wrapped switch
    {
        ScalarKind.String => type.SpecialType == SpecialType.System_String,
        ScalarKind.Bytes => SymbolEqualityComparer.Default.Equals(type, symbols.ByteString),
        _ => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T },
    };
}
