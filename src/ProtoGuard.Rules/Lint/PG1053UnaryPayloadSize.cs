using System.Collections.Generic;
using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;

namespace ProtoGuard.Rules.Lint;

/// <summary>
/// PG1053 (Info): a field of a unary RPC's request or response whose size has no bound — <c>bytes</c>, <c>repeated
/// bytes</c> or a repeated message — where one message over the 4 MB default receive limit fails the whole call.
/// A repeated field of a paginated response (one with <c>next_page_token</c>) is bounded by its page size, and one of
/// the response of a batch method (AIP-231/233/234: <c>BatchGetBooks</c> with <c>repeated string names</c>,
/// <c>BatchCreateBooks</c> with <c>repeated CreateBookRequest requests</c>) by the items the request names.
/// </summary>
public sealed class PG1053UnaryPayloadSize : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.UnaryPayloadSize;

    public override void Analyze(ProtoRuleContext context)
    {
        if (context.Linked is not { } file)
        {
            return;
        }

        var reported = new HashSet<FieldDescriptor>();
        foreach (var method in file.Services.SelectMany(service => service.Methods))
        {
            if (method.ClientStreaming || method.ServerStreaming)
            {
                continue;
            }

            foreach (var message in new[] { method.InputType, method.OutputType })
            {
                if (message is null)
                {
                    continue;
                }

                var boundedByRequest = message == method.OutputType
                    && (message.FindFieldByName("next_page_token") is { Type: FieldType.String } || IsBatch(method));
                foreach (var field in message.Fields)
                {
                    if (field.File == file && field.Node is { } node && !node.Name.IsMissing && Unbounded(field, boundedByRequest) is { } shape && reported.Add(field))
                    {
                        context.Report(node.Name.Span, new object?[] { field.Name, message.Name, shape, method.Name });
                    }
                }
            }
        }
    }

    private static string? Unbounded(FieldDescriptor field, bool repeatedIsBounded)
    {
        if (field.Type == FieldType.Bytes)
        {
            return field.IsRepeated ? "repeated bytes" : "bytes";
        }

        return field.IsRepeated && !field.IsMap && !repeatedIsBounded && field.MessageType is { } type ? "repeated " + type.Name : null;
    }

    /// <summary>
    /// A batch method (<c>Batch</c> + verb + resources) whose request lists the items it works on: resource names or
    /// ids (<c>repeated string names</c>, AIP-231; <c>ids</c>, <c>*_names</c>, <c>*_ids</c>) or one request per item
    /// (<c>repeated CreateBookRequest requests</c>, AIP-233/234). Its response holds one result per listed item.
    /// </summary>
    private static bool IsBatch(MethodDescriptor method) =>
        method.Name.Length > "Batch".Length
        && method.Name.StartsWith("Batch", System.StringComparison.Ordinal)
        && char.IsUpper(method.Name["Batch".Length])
        && method.InputType is { } request
        && request.Fields.Any(field => field.IsRepeated && !field.IsMap
            && ((field.Type == FieldType.String && IsItemKeyList(field.Name)) || (field.MessageType is not null && field.Name == "requests")));

    private static bool IsItemKeyList(string name) =>
        name is "names" or "ids" || name.EndsWith("_names", System.StringComparison.Ordinal) || name.EndsWith("_ids", System.StringComparison.Ordinal);
}
