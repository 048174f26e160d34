using System.Collections.Generic;
using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;

namespace ProtoGuard.Rules.Lint;

/// <summary>
/// PG1053 (Info): a field of a unary RPC's request or response whose size has no bound — <c>bytes</c>, <c>repeated
/// bytes</c> or a repeated message — where one message over the 4 MB default receive limit fails the whole call.
/// A repeated field of a paginated response (one with <c>next_page_token</c>) is bounded by its page size.
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

                var paginated = message == method.OutputType && message.FindFieldByName("next_page_token") is { Type: FieldType.String };
                foreach (var field in message.Fields)
                {
                    if (field.File == file && field.Node is { } node && !node.Name.IsMissing && Unbounded(field, paginated) is { } shape && reported.Add(field))
                    {
                        context.Report(node.Name.Span, new object?[] { field.Name, message.Name, shape, method.Name });
                    }
                }
            }
        }
    }

    private static string? Unbounded(FieldDescriptor field, bool paginated)
    {
        if (field.Type == FieldType.Bytes)
        {
            return field.IsRepeated ? "repeated bytes" : "bytes";
        }

        return field.IsRepeated && !field.IsMap && !paginated && field.MessageType is { } type ? "repeated " + type.Name : null;
    }
}
