using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1033: buf's RPC_REQUEST_STANDARD_NAME.</summary>
public sealed class PG1033RpcRequestStandardName : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.RpcRequestStandardName;

    public override void Analyze(ProtoRuleContext context)
    {
        var allowEmpty = RuleOptionCatalog.RpcRequestStandardName.AllowEmptyRequests.Read(context.Options);
        var methodsByNode = context.Linked?.Services.SelectMany(s => s.Methods).Where(m => m.Node is not null).ToDictionary(m => m.Node!, m => m);
        foreach (var (service, rpc) in FileElements.Of(context.File).Rpcs)
        {
            var typeName = rpc.InputType;
            if (typeName.IsMissing)
            {
                continue;
            }

            var method = methodsByNode is not null && methodsByNode.TryGetValue(rpc, out var found) ? found : null;
            var fullName = LintScope.TypeName(method?.InputType, typeName.Text);
            if (allowEmpty && fullName == "google.protobuf.Empty")
            {
                continue;
            }

            var simpleName = fullName.Substring(fullName.LastIndexOf('.') + 1);
            var expected = BufNames.ToPascalCase(rpc.Name.Text) + "Request";
            var expectedWithService = BufNames.ToPascalCase(service.Name.Text) + expected;
            if (simpleName != expected && simpleName != expectedWithService)
            {
                context.Report(typeName.Span, new object?[] { simpleName, expected, expectedWithService });
            }
        }
    }
}
