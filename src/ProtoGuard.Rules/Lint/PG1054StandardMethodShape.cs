using System.Collections.Generic;
using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;

namespace ProtoGuard.Rules.Lint;

/// <summary>
/// PG1054 (opt-in): unary Get, Create and Delete RPCs have the shapes of AIP-131, AIP-133 and AIP-135: Get takes the
/// resource's identifier and returns the resource; Create takes the resource and returns it; Delete takes the
/// identifier and returns google.protobuf.Empty (or the resource, for soft delete, or a long-running operation).
/// The identifier field is <c>name</c> (AIP-122), or the <c>identifier_field</c> option (<c>id</c> in the guide).
/// </summary>
public sealed class PG1054StandardMethodShape : ProtoRule
{
    public const string DefaultIdentifierField = "name";
    private const string Empty = "google.protobuf.Empty";
    private const string Operation = "google.longrunning.Operation";

    public override RuleDescriptor Descriptor => RuleCatalog.StandardMethodShape;

    public override void Analyze(ProtoRuleContext context)
    {
        if (context.Linked is not { } file)
        {
            return;
        }

        var identifier = RuleOptionCatalog.StandardMethodShape.IdentifierField.Read(context.Options);
        foreach (var method in file.Services.SelectMany(service => service.Methods))
        {
            if (method.Node is not { } node || method.ClientStreaming || method.ServerStreaming || method.InputType is not { } request || method.OutputType is not { } response)
            {
                continue;
            }

            var missing = new List<string>();
            string aip;
            if (Resource(method.Name, "Get") is { } getResource)
            {
                aip = "131";
                RequireIdentifier(request, identifier, missing);
                RequireResponse(response, getResource, missing);
            }
            else if (Resource(method.Name, "Create") is { } createResource)
            {
                aip = "133";
                if (!request.Fields.Any(field => !field.IsRepeated && field.MessageType?.Name == createResource))
                {
                    missing.Add($"a '{createResource}' field in {request.Name}");
                }

                if (response.FullName != Operation)
                {
                    RequireResponse(response, createResource, missing);
                }
            }
            else if (Resource(method.Name, "Delete") is { } deleteResource)
            {
                aip = "135";
                RequireIdentifier(request, identifier, missing);
                if (response.FullName != Empty && response.FullName != Operation && response.Name != deleteResource)
                {
                    missing.Add($"'{Empty}' as the response instead of '{response.Name}'");
                }
            }
            else
            {
                continue;
            }

            if (missing.Count > 0)
            {
                context.Report(node.Name.Span, new object?[] { method.Name, aip, string.Join(", ", missing) });
            }
        }
    }

    /// <summary>The resource name of a standard method: 'GetUser' → 'User'; null for another verb or a bare 'Get'.</summary>
    private static string? Resource(string methodName, string verb) =>
        methodName.Length > verb.Length && methodName.StartsWith(verb, System.StringComparison.Ordinal) && char.IsUpper(methodName[verb.Length])
            ? methodName.Substring(verb.Length)
            : null;

    private static void RequireIdentifier(MessageDescriptor request, string identifier, List<string> missing)
    {
        if (request.FindFieldByName(identifier) is not { IsRepeated: false, Type: FieldType.String })
        {
            missing.Add($"'string {identifier}' in {request.Name}");
        }
    }

    private static void RequireResponse(MessageDescriptor response, string resource, List<string> missing)
    {
        if (response.Name != resource)
        {
            missing.Add($"'{resource}' as the response instead of '{response.Name}'");
        }
    }
}
