using System.Collections.Generic;
using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;

namespace ProtoGuard.Rules.Lint;

/// <summary>
/// PG1049: a unary <c>List*</c> RPC has the AIP-158 shape: the request has <c>int32 page_size</c> and
/// <c>string page_token</c>, the response a repeated field first and <c>string next_page_token</c>.
/// </summary>
public sealed class PG1049ListMethodShape : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.ListMethodShape;

    public override void Analyze(ProtoRuleContext context)
    {
        if (context.Linked is not { } file)
        {
            return;
        }

        foreach (var method in file.Services.SelectMany(service => service.Methods))
        {
            if (method.Node is not { } node || !method.Name.StartsWith("List", System.StringComparison.Ordinal)
                || method.ClientStreaming || method.ServerStreaming || method.InputType is not { } request || method.OutputType is not { } response)
            {
                continue;
            }

            var missing = new List<string>();
            if (!Has(request, "page_size", FieldType.Int32))
            {
                missing.Add("'int32 page_size' in " + request.Name);
            }

            if (!Has(request, "page_token", FieldType.String))
            {
                missing.Add("'string page_token' in " + request.Name);
            }

            if (response.Fields.OrderBy(field => field.Number).FirstOrDefault() is not { IsRepeated: true, IsMap: false })
            {
                missing.Add("a repeated field of results as the first field of " + response.Name);
            }

            if (!Has(response, "next_page_token", FieldType.String))
            {
                missing.Add("'string next_page_token' in " + response.Name);
            }

            if (missing.Count > 0)
            {
                context.Report(node.Name.Span, new object?[] { method.Name, string.Join(", ", missing) });
            }
        }
    }

    private static bool Has(MessageDescriptor message, string name, FieldType type) =>
        message.FindFieldByName(name) is { IsRepeated: false } field && field.Type == type;
}
