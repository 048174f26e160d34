using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using ProtoGuard.Schema.CSharp;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Shared;

namespace ProtoGuard.Analyzers.CSharp.Semantics;

/// <summary>
/// What protoc says about a generated message class compiled from source: the DecodedFile embedded in the
/// <c>XxxReflection</c> class of the same generated file, mapped to classes and properties with protoc's own naming
/// (<see cref="ProtocCSharpNames"/>). Facts, where the symbols only allow guesses: proto field names as declared,
/// wrapper types, the field behind a property whose name protoc suffixed (<c>Descriptor_</c>). Messages of referenced
/// assemblies carry the descriptor in IL only, so they have none here.
/// </summary>
internal static class ProtocGeneratedMessages
{
    /// <summary>Per syntax tree (immutable, shared by successive compilations in the IDE): its messages by metadata name.</summary>
    private static readonly ConditionalWeakTable<SyntaxTree, Dictionary<string, ProtocCSharpMessage>> MessagesByTree = new();

    private static readonly ConditionalWeakTable<SyntaxTree, Dictionary<string, ProtocCSharpMessage>>.CreateValueCallback IndexTree = Index;

    /// <summary>The descriptor of <paramref name="type"/> when it is a protoc-generated message compiled from source.</summary>
    public static ProtocCSharpMessage? Find(INamedTypeSymbol type)
    {
        if (type.TypeKind != TypeKind.Class || type.DeclaringSyntaxReferences.IsEmpty)
        {
            return null;
        }

        string? metadataName = null;
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            var messages = MessagesByTree.GetValue(reference.SyntaxTree, IndexTree);
            if (messages.Count > 0 && messages.TryGetValue(metadataName ??= ProtocEmbeddedDescriptor.MetadataName(type), out var message))
            {
                return message;
            }
        }

        return null;
    }

    /// <summary>The proto field behind a property of a protoc-generated message compiled from source.</summary>
    public static DecodedField? FindField(IPropertySymbol property)
    {
        if (property.IsStatic || Find(property.ContainingType) is not { } message)
        {
            return null;
        }

        foreach (var field in message.Descriptor.Fields)
        {
            if (string.Equals(message.PropertyName(field), property.Name, StringComparison.Ordinal))
            {
                return field;
            }
        }

        return null;
    }

    private static Dictionary<string, ProtocCSharpMessage> Index(SyntaxTree tree)
    {
        var messages = new Dictionary<string, ProtocCSharpMessage>(StringComparer.Ordinal);
        foreach (var file in ProtocEmbeddedDescriptor.ReadAll(tree.GetRoot()))
        {
            foreach (var message in ProtocCSharpNames.Messages(file))
            {
                messages[message.MetadataName] = message;
            }
        }

        return messages;
    }
}
