using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ProtoGuard.Shared;

/// <summary>
/// Marks of what grpc_csharp_plugin (Grpc.Tools) generates for a service, read the same way by the paging and in-memory
/// generators and by the analyzers that explain them.
/// </summary>
internal static class GrpcPluginOutput
{
    /// <summary>The attribute protoc (3.12 and later) and grpc_csharp_plugin put on every generated member.</summary>
    public const string GeneratedCodeAttributeMetadataName = "System.CodeDom.Compiler.GeneratedCodeAttribute";

    public const string PluginName = "grpc_csharp_plugin";

    private const string ServiceNameFieldName = "__ServiceName";

    /// <summary>
    /// Whether <paramref name="attribute"/> is <c>[GeneratedCode("grpc_csharp_plugin", …)]</c>, which the plugin puts on
    /// every member of a client and a service base (not on the classes themselves).
    /// </summary>
    public static bool IsPluginAttribute(AttributeData attribute)
        => IsGeneratedCodeAttribute(attribute)
            && attribute.ConstructorArguments.Length > 0
            && attribute.ConstructorArguments[0].Value is string tool
            && string.Equals(tool, PluginName, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="attribute"/> is <c>System.CodeDom.Compiler.GeneratedCodeAttribute</c>.</summary>
    public static bool IsGeneratedCodeAttribute(AttributeData attribute)
        => attribute.AttributeClass is { Name: "GeneratedCodeAttribute", ContainingNamespace: { Name: "Compiler", ContainingNamespace: { Name: "CodeDom", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } };

    /// <summary>
    /// The protobuf service name from the service class's <c>static readonly string __ServiceName = "pkg.Service";</c>;
    /// null when the class is not compiled from source (metadata does not keep the value).
    /// </summary>
    public static string? ReadServiceName(INamedTypeSymbol serviceClass, CancellationToken cancellationToken)
    {
        foreach (var field in serviceClass.GetMembers(ServiceNameFieldName).OfType<IFieldSymbol>())
        {
            foreach (var reference in field.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax
                    {
                        Initializer.Value: LiteralExpressionSyntax { Token.Value: string name },
                    })
                {
                    return name;
                }
            }
        }

        return null;
    }
}
