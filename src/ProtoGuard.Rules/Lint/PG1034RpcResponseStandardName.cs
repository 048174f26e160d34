using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1034: buf's RPC_RESPONSE_STANDARD_NAME.</summary>
public sealed class PG1034RpcResponseStandardName : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.RpcResponseStandardName;

    public override void Analyze(ProtoRuleContext context)
    {
        var allowEmpty = RuleOptionCatalog.RpcResponseStandardName.AllowEmptyResponses.Read(context.Options);
        var methodsByNode = context.Linked?.Services.SelectMany(s => s.Methods).Where(m => m.Node is not null).ToDictionary(m => m.Node!, m => m);
        foreach (var (service, rpc) in FileElements.Of(context.File).Rpcs)
        {
            var typeName = rpc.OutputType;
            if (typeName.IsMissing)
            {
                continue;
            }

            var method = methodsByNode is not null && methodsByNode.TryGetValue(rpc, out var found) ? found : null;
            var fullName = LintScope.TypeName(method?.OutputType, typeName.Text);
            if (allowEmpty && fullName == "google.protobuf.Empty")
            {
                continue;
            }

            var simpleName = fullName.Substring(fullName.LastIndexOf('.') + 1);
            var expected = BufNames.ToPascalCase(rpc.Name.Text) + "Response";
            var expectedWithService = BufNames.ToPascalCase(service.Name.Text) + expected;
            if (simpleName != expected && simpleName != expectedWithService)
            {
                context.Report(typeName.Span, new object?[] { simpleName, expected, expectedWithService });
            }
        }
    }
}
