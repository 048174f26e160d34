using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProtoGuard.Generators.Common;
using ProtoGuard.Generators.FieldMaskHelpers;
using ProtoGuard.Shared;

namespace ProtoGuard.Generators.InMemory;

/// <summary>
/// Implements in memory the RPCs of a partial class marked <c>[ProtoGuard.InMemoryService]</c> that derives from a
/// Grpc.Tools service base: Create, Get, List, Update, Delete, Watch and BulkCreate, recognized by shape
/// (<see cref="InMemoryServiceRecognizer"/>, which the PG4020-series analyzers share). Other RPCs, and those the class
/// writes itself, are left alone. Reports nothing: the analyzers say what was generated and why not.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class InMemoryServiceGenerator : IIncrementalGenerator
{
    private static readonly string GeneratorVersion =
        typeof(InMemoryServiceGenerator).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static output =>
            output.AddSource(InMemoryRuntimeSource.AttributeHintName, InMemoryRuntimeSource.Attribute(GeneratorVersion)));

        var services = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                InMemoryServiceRecognizer.AttributeMetadataName,
                static (node, _) => node is ClassDeclarationSyntax,
                static (attributeContext, cancellationToken) => Extract(attributeContext, cancellationToken))
            .WithTrackingName(TrackingNames.InMemory.Services)
            .Where(static service => service is not null)
            .Select(static (service, _) => service!)
            .WithTrackingName(TrackingNames.InMemory.ValidServices);

        var settings = context.AnalyzerConfigOptionsProvider
            .Combine(context.CompilationProvider.Select(static (compilation, _) => LanguageSupport.Of(compilation)))
            .Select(static (input, _) => new InMemorySettings(
                FieldMaskHelpersAvailable: FieldMaskHelpersOption.Read(input.Left.GlobalOptions) != FieldMaskHelpersMode.None,
                SupportsGeneratedCode: input.Right.SupportsGeneratedCode))
            .WithTrackingName(TrackingNames.InMemory.Settings);

        var outputs = services
            .Combine(settings)
            .Select(static (input, _) => input.Right.SupportsGeneratedCode ? ForSettings(input.Left, input.Right) : null)
            .Where(static service => service is not null)
            .Select(static (service, _) => service!)
            .WithTrackingName(TrackingNames.InMemory.Outputs);

        context.RegisterSourceOutput(outputs, static (production, service) =>
            production.AddSource(service.HintName, InMemoryServiceEmitter.Generate(service, GeneratorVersion)));

        context.RegisterSourceOutput(
            outputs.Collect().Select(static (all, _) => new RuntimeDemand(!all.IsEmpty)).WithTrackingName(TrackingNames.InMemory.RuntimeOutput),
            static (production, demand) =>
            {
                if (demand.IsNeeded)
                {
                    production.AddSource(InMemoryRuntimeSource.RuntimeHintName, InMemoryRuntimeSource.Runtime(GeneratorVersion));
                }
            });
    }

    /// <summary>
    /// The model of a marked class, recognized as if the FieldMask helpers were on (the settings drop what needs them
    /// when they are off); null when the class is not partial (nor its containers), not derived from a service base, has
    /// invalid options, or nothing to generate.
    /// </summary>
    internal static InMemoryServiceModel? Extract(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type
            || !IsPartialWithContainers(type, cancellationToken)
            || InMemoryServiceRecognizer.FindServiceBase(type, context.SemanticModel.Compilation) is not { } serviceBase)
        {
            return null;
        }

        var options = InMemoryServiceOptions.Read(context.Attributes);
        if (options.Problem is not null)
        {
            return null;
        }

        var shape = InMemoryServiceRecognizer.Recognize(type, serviceBase, context.SemanticModel.Compilation, fieldMaskHelpersAvailable: true);
        if (shape.Methods.Count == 0)
        {
            return null;
        }

        var containing = ImmutableArray.CreateBuilder<ContainingTypeModel>();
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            containing.Insert(0, new ContainingTypeModel(outer.Name, string.Empty, outer.IsStatic));
        }

        var ns = type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString();
        var qualified = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Substring("global::".Length);
        return new InMemoryServiceModel(
            ns,
            containing.ToImmutable().ToEquatableArray(),
            type.Name,
            qualified.Replace('<', '{').Replace('>', '}') + InMemoryServiceRecognizer.GeneratedFileSuffix,
            shape.ServiceFullName,
            new InMemoryOptions(options.DefaultPageSize, options.MaxPageSize, options.WatchBufferCapacity, options.SequentialIds),
            shape.Resources.Select(resource => new InMemoryResourceModel(
                resource.TypeName,
                resource.SimpleName,
                resource.SimpleName + "Store",
                resource.KeyProperty,
                resource.KeyProtoName,
                resource.CreateTimeProperty,
                resource.UpdateTimeProperty,
                resource.EtagProperty)).ToEquatableArray(),
            shape.Methods.Select(ToModel).ToEquatableArray());
    }

    /// <summary>The class and every class containing it are declared <c>partial</c> in all their declarations.</summary>
    internal static bool IsPartialWithContainers(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.TypeKind != TypeKind.Class || current.DeclaringSyntaxReferences.IsEmpty)
            {
                return false;
            }

            foreach (var reference in current.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is not ClassDeclarationSyntax declaration
                    || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static InMemoryServiceModel? ForSettings(InMemoryServiceModel service, InMemorySettings settings)
    {
        if (settings.FieldMaskHelpersAvailable || !service.Methods.Any(method => method.UpdateMaskProperty is not null))
        {
            return service;
        }

        var methods = service.Methods.Where(method => method.UpdateMaskProperty is null).ToEquatableArray();
        if (methods.Count == 0)
        {
            return null;
        }

        return service with
        {
            Methods = methods,
            Resources = service.Resources.Where(resource => methods.Any(method => method.ResourceTypeName == resource.TypeName)).ToEquatableArray(),
        };
    }

    private static InMemoryMethodModel ToModel(InMemoryMethodShape method) => new(
        method.Kind,
        method.Name,
        method.RequestType,
        method.ResponseType,
        method.Resource.TypeName,
        method.RequestResourceProperty,
        method.RequestIdProperty,
        method.RequestKeyProperty,
        method.AllowMissingProperty,
        method.RequestEtagProperty,
        method.UpdateMaskProperty,
        method.ResponseResourceProperty,
        method.ReturnsEmpty,
        method.ItemsProperty,
        method.FullMethodName,
        method.EventResourceProperty,
        method.EventTypeProperty,
        (method.EventTypeEnumMembers ?? Array.Empty<string>()).ToEquatableArray(),
        method.CountProperty,
        method.CountIsInt64,
        method.CreatedListProperty);
}

/// <summary>The compilation-wide switches of the in-memory generator.</summary>
/// <param name="FieldMaskHelpersAvailable"><c>ProtoGuardFieldMaskHelpers</c> is not <c>none</c>: masked updates can use <c>ApplyFieldMask</c>.</param>
/// <param name="SupportsGeneratedCode">C# 8 or later.</param>
internal sealed record InMemorySettings(bool FieldMaskHelpersAvailable, bool SupportsGeneratedCode);
