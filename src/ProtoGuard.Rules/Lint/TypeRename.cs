using System.Collections.Generic;
using System.Linq;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Rules.Lint;

/// <summary>
/// Rename fixes for declarations other declarations refer to: a message or enum (and every reference to it, or to a
/// type nested in it, in the same file: field and map value types, extension types, RPC request and response types),
/// a service, an RPC. No fix when a type is used by another file of the lint scope: a rename there would break it.
/// </summary>
internal static class TypeRename
{
    public static ProtoFix? Message(ProtoRuleContext context, MessageNode node, string newName) =>
        Type(context, node.Name, newName, descriptor => descriptor is MessageDescriptor { Node: var declared } && declared == node);

    public static ProtoFix? Enum(ProtoRuleContext context, EnumNode node, string newName) =>
        Type(context, node.Name, newName, descriptor => descriptor is EnumDescriptor { Node: var declared } && declared == node);

    /// <summary>A service or RPC: nothing in .proto files refers to them, but the gRPC method path changes.</summary>
    public static ProtoFix ServiceOrRpc(Identifier name, string newName) =>
        new($"Rename '{name.Text}' to '{newName}' (changes the gRPC method path: a breaking change for existing clients)", new[] { new TextEdit(name.Span, newName) });

    private static ProtoFix? Type(ProtoRuleContext context, Identifier name, string newName, System.Func<Descriptor, bool> isTarget)
    {
        if (context.Linked is not { } file || name.IsMissing || FindTarget(file, isTarget) is not { } target)
        {
            return null;
        }

        // Used by another file, extended (the extendee is not rewritten), or a group (its field is named after it).
        if (context.Scope.Files.Any(other => other != file && References(other).Any(reference => IsWithin(reference.Type, target)))
            || AllMessages(file).SelectMany(message => message.Extensions).Concat(file.Extensions).Any(extension => IsWithin(extension.Extendee, target))
            || AllMessages(file).SelectMany(message => message.Fields).Any(field => field.Node is { IsGroup: true } && field.MessageType == target))
        {
            return null;
        }

        var edits = new List<TextEdit> { new(name.Span, newName) };
        foreach (var (identifier, type) in References(file))
        {
            if (identifier is null || identifier.IsMissing || type is null || !IsWithin(type, target))
            {
                continue;
            }

            // The segment of the reference that names the target: the last one for the target itself, one more to the
            // left per level of nesting below it ("Old.Inner" for a type nested in Old). A shorter reference, written
            // inside the target's scope, does not name it.
            var depth = type.FullName.Length == target.FullName.Length ? 0 : type.FullName.Substring(target.FullName.Length + 1).Split('.').Length;
            var segments = identifier.Text.Split('.');
            var index = segments.Length - 1 - depth;
            if (index < 0 || segments[index] != name.Text)
            {
                continue;
            }

            var offset = identifier.Span.Start + segments.Take(index).Sum(segment => segment.Length + 1);
            edits.Add(new TextEdit(new TextSpan(offset, name.Text.Length), newName));
        }

        return new ProtoFix($"Rename '{name.Text}' to '{newName}' and its uses in this file (changes the generated code and the type's full name)", edits);
    }

    private static bool IsWithin(Descriptor? type, Descriptor target) =>
        type is not null && (type == target || type.FullName.StartsWith(target.FullName + ".", System.StringComparison.Ordinal));

    private static Descriptor? FindTarget(FileDescriptor file, System.Func<Descriptor, bool> isTarget)
    {
        foreach (var message in AllMessages(file))
        {
            if (isTarget(message))
            {
                return message;
            }

            if (message.EnumTypes.FirstOrDefault(isTarget) is { } nested)
            {
                return nested;
            }
        }

        return file.EnumTypes.FirstOrDefault(isTarget);
    }

    /// <summary>Every type reference of the file: the identifier as written (null when the syntax is not at hand) and the type it resolves to.</summary>
    private static IEnumerable<(Identifier? Identifier, Descriptor? Type)> References(FileDescriptor file)
    {
        var fields = AllMessages(file).SelectMany(message => message.Fields.Concat(message.Extensions)).Concat(file.Extensions);
        foreach (var field in fields)
        {
            if (field.IsMap && field.MessageType?.FindFieldByName("value") is { } value)
            {
                yield return (field.Node?.MapType?.ValueType, (Descriptor?)value.MessageType ?? value.EnumType);
            }
            else if (field.MessageType is { IsMapEntry: false } || field.EnumType is not null)
            {
                yield return (field.Node?.Type, (Descriptor?)field.MessageType ?? field.EnumType);
            }
        }

        foreach (var method in file.Services.SelectMany(service => service.Methods))
        {
            yield return (method.Node?.InputType, method.InputType);
            yield return (method.Node?.OutputType, method.OutputType);
        }
    }

    private static IEnumerable<MessageDescriptor> AllMessages(FileDescriptor file)
    {
        var pending = new Stack<MessageDescriptor>(file.MessageTypes);
        while (pending.Count > 0)
        {
            var message = pending.Pop();
            yield return message;
            foreach (var nested in message.NestedTypes)
            {
                pending.Push(nested);
            }
        }
    }
}
