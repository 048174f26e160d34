using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1032: buf's RPC_REQUEST_RESPONSE_UNIQUE, with its three options.</summary>
public sealed class PG1032RpcRequestResponseUnique : ProtoRule
{
    private const string Empty = "google.protobuf.Empty";

    public override RuleDescriptor Descriptor => RuleCatalog.RpcRequestResponseUnique;

    public override void Analyze(ProtoRuleContext context)
    {
        if (context.Linked is not { } file)
        {
            return;
        }

        var allowSame = RuleOptionCatalog.RpcRequestResponseUnique.AllowSameRequestResponse.Read(context.Options);
        var allowEmptyRequests = RuleOptionCatalog.RpcRequestResponseUnique.AllowEmptyRequests.Read(context.Options);
        var allowEmptyResponses = RuleOptionCatalog.RpcRequestResponseUnique.AllowEmptyResponses.Read(context.Options);
        foreach (var service in file.Services)
        {
            foreach (var method in service.Methods)
            {
                if (method.Node is not { } node)
                {
                    continue;
                }

                var input = LintScope.TypeName(method.InputType, node.InputType.Text);
                var output = LintScope.TypeName(method.OutputType, node.OutputType.Text);
                var reported = false;
                if (!allowSame && input == output && !(input == Empty && allowEmptyRequests && allowEmptyResponses))
                {
                    context.Report(node.Span, new object?[] { input });
                    reported = true;
                }

                foreach (var type in input == output ? new[] { input } : new[] { input, output })
                {
                    var users = context.Scope.MethodsUsingType(type);
                    if (reported || users.Count < 2)
                    {
                        continue;
                    }

                    if (type == Empty && (allowEmptyRequests || allowEmptyResponses))
                    {
                        if (allowEmptyRequests && allowEmptyResponses)
                        {
                            continue;
                        }

                        var sharedAsRequest = !allowEmptyRequests && input == Empty && users.Count(user => InputOf(user) == Empty) > 1;
                        var sharedAsResponse = !allowEmptyResponses && output == Empty && users.Count(user => OutputOf(user) == Empty) > 1;
                        if (!sharedAsRequest && !sharedAsResponse)
                        {
                            continue;
                        }
                    }

                    context.Report(node.Span, new object?[] { type });
                    reported = true;
                }
            }
        }
    }

    private static string InputOf(MethodDescriptor method) => LintScope.TypeName(method.InputType, method.Node?.InputType.Text ?? string.Empty);

    private static string OutputOf(MethodDescriptor method) => LintScope.TypeName(method.OutputType, method.Node?.OutputType.Text ?? string.Empty);
}
