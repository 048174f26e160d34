using System.Collections.Generic;
using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Rules.Lint;

/// <summary>
/// PG1052: a partial update (a unary <c>Update*</c> or <c>Patch*</c> RPC) whose request has no FieldMask, so every
/// field of what it updates must carry presence: a proto3 scalar without it reads 0, "" or false when unset. Reported
/// at each such field (of the resource the request carries, or of the request itself when it is flat); message, wrapper
/// and <c>optional</c> fields have presence and are never reported. The fix marks the field <c>optional</c>.
/// </summary>
public sealed class PG1052UpdateFieldWithoutPresence : ProtoRule
{
    private static readonly string[] UpdateVerbs = { "Update", "Patch" };

    public override RuleDescriptor Descriptor => RuleCatalog.UpdateFieldWithoutPresence;

    public override void Analyze(ProtoRuleContext context)
    {
        if (context.Linked is not { } file)
        {
            return;
        }

        var reported = new HashSet<FieldDescriptor>();
        foreach (var method in file.Services.SelectMany(service => service.Methods))
        {
            if (method.ClientStreaming || method.ServerStreaming || method.InputType is not { } request
                || !UpdateVerbs.Any(verb => method.Name.StartsWith(verb, System.StringComparison.Ordinal) && method.Name.Length > verb.Length)
                || request.Fields.Any(field => field.MessageType?.FullName == "google.protobuf.FieldMask"))
            {
                continue;
            }

            var target = Resource(request, method.Name) ?? request;
            foreach (var field in target.Fields)
            {
                if (field.File != file || field.Node is not { } node || node.Name.IsMissing || HasPresence(field)
                    || IsIdentifier(field, target, request) || !reported.Add(field))
                {
                    continue;
                }

                context.Report(node.Name.Span, new object?[] { field.Name, target.Name, method.Name, Wrapper(field.Type) }, Fix(context, node));
            }
        }
    }

    /// <summary>The message the request updates: its singular message field of the type the RPC names (UpdateUser: User), else its only singular message field.</summary>
    private static MessageDescriptor? Resource(MessageDescriptor request, string methodName)
    {
        var candidates = request.Fields.Where(field => !field.IsRepeated && field.MessageType is { IsMapEntry: false } type && !type.FullName.StartsWith("google.protobuf.", System.StringComparison.Ordinal)).ToArray();
        return candidates.FirstOrDefault(field => methodName.EndsWith(field.MessageType!.Name, System.StringComparison.Ordinal))?.MessageType
            ?? (candidates.Length == 1 ? candidates[0].MessageType : null);
    }

    /// <summary>
    /// Proto3 only: proto2 'optional' and editions' default (explicit) presence already tell unset from zero. An enum
    /// whose zero value is <c>*_UNSPECIFIED</c> says "unset" by itself.
    /// </summary>
    private static bool HasPresence(FieldDescriptor field) =>
        !field.File.IsProto3 || field.IsRepeated || field.MessageType is not null || field.Oneof is not null || field.Proto3Optional
        || field.EnumType?.Values.FirstOrDefault(value => value.Number == 0)?.Name.EndsWith("_UNSPECIFIED", System.StringComparison.Ordinal) == true;

    /// <summary>
    /// The identifier ('name', 'id'; in a flat request also '*_id') says which resource to update: it is never "left
    /// unchanged".
    /// </summary>
    private static bool IsIdentifier(FieldDescriptor field, MessageDescriptor target, MessageDescriptor request) =>
        field.Name == "name" || field.Name == "id" || (target == request && field.Name.EndsWith("_id", System.StringComparison.Ordinal));

    private static string Wrapper(FieldType type) => type switch
    {
        FieldType.Double => "google.protobuf.DoubleValue",
        FieldType.Float => "google.protobuf.FloatValue",
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => "google.protobuf.Int64Value",
        FieldType.UInt64 or FieldType.Fixed64 => "google.protobuf.UInt64Value",
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => "google.protobuf.Int32Value",
        FieldType.UInt32 or FieldType.Fixed32 => "google.protobuf.UInt32Value",
        FieldType.Bool => "google.protobuf.BoolValue",
        FieldType.String => "google.protobuf.StringValue",
        FieldType.Bytes => "google.protobuf.BytesValue",
        _ => "an enum whose zero value is <ENUM>_UNSPECIFIED",
    };

    private static ProtoFix? Fix(ProtoRuleContext context, FieldNode node)
    {
        if (node.Label != FieldLabel.None || node.IsMap || node.Type is not { } type)
        {
            return null;
        }

        return new ProtoFix(
            $"Mark '{node.Name.Text}' optional (same wire and JSON format; the generated code gains Has/Clear members)",
            new[] { new TextEdit(new TextSpan(type.Span.Start, 0), "optional ") });
    }
}
