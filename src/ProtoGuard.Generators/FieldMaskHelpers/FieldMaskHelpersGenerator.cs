using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using ProtoGuard.Generators.Common;
using ProtoGuard.Shared;

namespace ProtoGuard.Generators.FieldMaskHelpers;

/// <summary>
/// Generates AIP-134 field mask helpers (<c>FieldPaths</c>, <c>IsValidPath</c>, <c>ValidatePaths</c>,
/// <c>ApplyFieldMask</c>, <c>ComputeFieldMask</c>) into the message classes (proto3, proto2 and editions, each field
/// with the presence of its own syntax) that Grpc.Tools generated in this compilation. Field metadata comes from the
/// FileDescriptorProto embedded in each <c>XxxReflection</c> class.
/// Which messages get them is the MSBuild property <c>ProtoGuardFieldMaskHelpers</c>: <c>auto</c> (default, also for
/// unknown values) = the resources of update requests (messages with a <c>google.protobuf.FieldMask</c> field) and the
/// messages whose helpers the compilation calls, with, transitively, their singular sub-messages; <c>all</c> = every
/// message; <c>none</c> = nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FieldMaskHelpersGenerator : IIncrementalGenerator
{
    private static readonly string GeneratorVersion =
        typeof(FieldMaskHelpersGenerator).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var settings = context.AnalyzerConfigOptionsProvider
            .Combine(context.CompilationProvider.Select(static (compilation, _) => LanguageSupport.Of(compilation)))
            .Select(static (input, _) => new FieldMaskSettings(FieldMaskHelpersOption.Read(input.Left.GlobalOptions), input.Right.SupportsGeneratedCode))
            .WithTrackingName(TrackingNames.FieldMask.Settings);

        // <Protobuf Include="…" ProtoGuardFieldMaskHelpers="all|auto|none" />: a mode per .proto file.
        var fileModes = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".proto", StringComparison.OrdinalIgnoreCase))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (input, _) =>
                input.Right.GetOptions(input.Left).TryGetValue(FieldMaskHelpersOption.ItemKey, out var value) && !string.IsNullOrWhiteSpace(value)
                    ? new ProtoFileMode(input.Left.Path.Replace('\\', '/'), FieldMaskHelpersOption.Parse(value))
                    : null)
            .Where(static mode => mode is not null)
            .Select(static (mode, _) => mode!)
            .Collect();

        var modes = context.AnalyzerConfigOptionsProvider
            .Combine(fileModes)
            .Select(static (input, _) => new FieldMaskModes(FieldMaskHelpersOption.Read(input.Left.GlobalOptions), new EquatableArray<ProtoFileMode>(input.Right)));

        // Decoding a descriptor needs no symbol, so selection costs nothing where nothing is selected; the files are found
        // by their text, then their top-level classes' syntax (never a member body), once per tree: again only when it changes.
        var files = context.CompilationProvider
            .SelectMany(static (compilation, _) => compilation.SyntaxTrees)
            .Where(static tree => FieldMaskExtractor.MentionsMessageDescriptor(tree, System.Threading.CancellationToken.None))
            .Select(static (tree, cancellationToken) => FieldMaskExtractor.Decode(tree, cancellationToken))
            .WithTrackingName(TrackingNames.FieldMask.DescriptorFiles)
            .SelectMany(static (file, _) => file is null ? ImmutableArray<DescriptorFileModel>.Empty : ImmutableArray.Create(file))
            .WithTrackingName(TrackingNames.FieldMask.ProtoFiles)
            .Combine(modes)
            .Select(static (input, _) => new SelectableFile(input.Left, input.Right.For(input.Left.Name)))
            .Collect();

        // Demand: the types whose helpers the compilation uses; only the receivers of those member names are bound. Each
        // tree's text is searched once (again only when it changes) for the names, instead of a walk of every node of
        // every tree: only the trees that mention a helper are walked and bound.
        var calledTypes = context.CompilationProvider
            .SelectMany(static (compilation, _) => compilation.SyntaxTrees)
            .Where(static tree => FieldMaskExtractor.MentionsHelper(tree, System.Threading.CancellationToken.None))
            .WithTrackingName(TrackingNames.FieldMask.HelperTrees)
            .Combine(context.CompilationProvider)
            .SelectMany(static (input, cancellationToken) => FieldMaskExtractor.ReadHelperReceivers(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.FieldMask.HelperCalls)
            .Collect();

        var selected = files
            .Combine(calledTypes)
            .Select(static (input, _) => SelectMessages(input.Left, input.Right))
            .WithTrackingName(TrackingNames.FieldMask.SelectedMessages);

        // Symbols are looked at for the selected messages only.
        var messages = selected
            .Combine(context.CompilationProvider)
            .Select(static (input, cancellationToken) => new LinkedMessageSet(ValidateAndLink(input.Left, input.Right, cancellationToken)))
            .WithTrackingName(TrackingNames.FieldMask.LinkedMessages)
            .SelectMany(static (linked, _) => linked.Messages)
            .WithTrackingName(TrackingNames.FieldMask.Messages);

        // Messages of referenced assemblies whose helpers the compilation uses: their classes cannot be extended, so they
        // get an [Embedded] static class each, read from their symbols; nothing runs here while no such use exists. The
        // compilation, null under 'none', so that the calls combine with one value, not two (see Common/PipelineValues.cs).
        var referencedMessages = settings
            .Combine(context.CompilationProvider)
            .Select(static (input, _) => input.Left.Mode == FieldMaskHelpersMode.None ? null : input.Right)
            .Combine(calledTypes)
            .SelectMany(static (input, cancellationToken) => input.Left is null || input.Right.IsEmpty
                ? EquatableArray<FieldMaskMessageModel>.Empty
                : LinkReferenced(input.Right, input.Left, cancellationToken))
            .WithTrackingName(TrackingNames.FieldMask.ReferencedMessages);

        context.RegisterSourceOutput(
            messages.Combine(settings).WithTrackingName(TrackingNames.FieldMask.Outputs),
            static (production, input) => AddHelpers(production, input.Left, input.Right));
        context.RegisterSourceOutput(
            referencedMessages.Combine(settings).WithTrackingName(TrackingNames.FieldMask.ReferencedOutputs),
            static (production, input) => AddHelpers(production, input.Left, input.Right));
    }

    private static void AddHelpers(SourceProductionContext production, FieldMaskMessageModel message, FieldMaskSettings settings)
    {
        if (settings.SupportsGeneratedCode)
        {
            production.AddSource(message.HintName, FieldMaskEmitter.Generate(message, GeneratorVersion));
        }
    }

    /// <summary>
    /// The referenced messages whose helpers the compilation uses (<paramref name="calledTypes"/>, CLR metadata names) and,
    /// transitively, the referenced messages of their singular message fields outside oneofs, reached through messages
    /// that get helpers; each with its helper class name (<c>Profile</c> → <c>ProfileFieldMask</c>, nested
    /// <c>Profile.Types.Settings</c> → <c>Profile_SettingsFieldMask</c>, "_"-suffixed when its namespace already has a type
    /// so named) and the nested links between them. Ordered by hint name (ordinal).
    /// </summary>
    internal static EquatableArray<FieldMaskMessageModel> LinkReferenced(ImmutableArray<string> calledTypes, Compilation compilation, System.Threading.CancellationToken cancellationToken)
    {
        if (FieldMaskExtractor.ProtobufSymbols(compilation) is not { } symbols)
        {
            return EquatableArray<FieldMaskMessageModel>.Empty;
        }

        INamedTypeSymbol? Resolve(string metadataName)
            => compilation.GetTypeByMetadataName(metadataName) is INamedTypeSymbol type
                && FieldMaskExtractor.IsReferencedMessage(type, compilation, symbols)
                && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly)
                    ? type
                    : null;

        var byMetadataName = new SortedDictionary<string, FieldMaskMessageModel>(StringComparer.Ordinal);
        var helperNames = new Dictionary<INamespaceSymbol, MemberNameAllocator>(SymbolEqualityComparer.Default);
        var pending = new Stack<string>(calledTypes.Distinct(StringComparer.Ordinal).OrderByDescending(name => name, StringComparer.Ordinal));
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = pending.Pop();
            if (byMetadataName.ContainsKey(name) || Resolve(name) is not INamedTypeSymbol type)
            {
                continue;
            }

            if (!helperNames.TryGetValue(type.ContainingNamespace, out var names))
            {
                names = new MemberNameAllocator(type.ContainingNamespace.GetTypeMembers().Select(member => member.Name));
                helperNames.Add(type.ContainingNamespace, names);
            }

            var path = new List<string>();
            for (var current = type; current is not null; current = current.ContainingType)
            {
                if (!(current.Name == "Types" && current.ContainingType is not null))
                {
                    path.Insert(0, current.Name);
                }
            }

            if (FieldMaskExtractor.CreateReferencedModel(type, names.Allocate(string.Join("_", path) + "FieldMask"), symbols) is not FieldMaskMessageModel model)
            {
                continue;
            }

            byMetadataName.Add(name, model);
            foreach (var field in model.Fields)
            {
                if (IsNestable(field))
                {
                    pending.Push(field.MessageType!);
                }
            }
        }

        return byMetadataName.Values
            .OrderBy(message => message.HintName, StringComparer.Ordinal)
            .Select(message => message with
            {
                Fields = message.Fields.Select(field => field with { Nested = NestedModel(field, byMetadataName) }).ToEquatableArray(),
            })
            .ToEquatableArray();
    }

    /// <summary>
    /// What gets its symbols checked, from the descriptors alone. Each file has a mode (<see cref="FieldMaskModes"/>): its
    /// <c>Protobuf</c> item's, else the project's. The roots are every message of an <c>all</c> file, the resources that
    /// update requests of <c>auto</c> and <c>all</c> files carry, and the messages whose helpers the compilation calls
    /// (<paramref name="calledTypes"/>, CLR metadata names); then, transitively, the messages of their nestable fields.
    /// Messages of <c>none</c> files are never selected.
    /// </summary>
    internal static FieldMaskSelection SelectMessages(ImmutableArray<SelectableFile> files, ImmutableArray<string> calledTypes)
    {
        var byProtoName = new Dictionary<string, DescriptorMessageModel>(StringComparer.Ordinal);
        var byMetadataName = new Dictionary<string, DescriptorMessageModel>(StringComparer.Ordinal);
        var roots = new SortedSet<string>(StringComparer.Ordinal);
        var updatedResources = new List<string>();
        foreach (var (file, fileMode) in files)
        {
            if (fileMode == FieldMaskHelpersMode.None)
            {
                continue;
            }

            updatedResources.AddRange(file.UpdatedResources);
            foreach (var message in file.Messages)
            {
                if (!byProtoName.ContainsKey(message.ProtoFullName))
                {
                    byProtoName.Add(message.ProtoFullName, message);
                    if (fileMode == FieldMaskHelpersMode.All)
                    {
                        roots.Add(message.ProtoFullName);
                    }
                }

                if (!byMetadataName.ContainsKey(message.MetadataName))
                {
                    byMetadataName.Add(message.MetadataName, message);
                }
            }
        }

        roots.UnionWith(updatedResources.Where(byProtoName.ContainsKey));
        foreach (var called in calledTypes)
        {
            if (byMetadataName.TryGetValue(called, out var message))
            {
                roots.Add(message.ProtoFullName);
            }
        }

        var candidates = new SortedDictionary<string, DescriptorMessageModel>(StringComparer.Ordinal);
        var pending = new Stack<string>(roots.Reverse());
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (candidates.ContainsKey(name) || !byProtoName.TryGetValue(name, out var message))
            {
                continue;
            }

            candidates.Add(name, message);
            foreach (var field in message.Fields)
            {
                if (field.IsNestable && !candidates.ContainsKey(field.TypeName!))
                {
                    pending.Push(field.TypeName!);
                }
            }
        }

        return new FieldMaskSelection(roots.ToEquatableArray(), candidates.Values.ToEquatableArray());
    }

    /// <summary>
    /// The selected messages whose class matches the descriptor in every field, reached from a root through such
    /// messages only (a nested path never delegates to helpers that were not generated), ordered by hint name (ordinal),
    /// with <see cref="FieldMaskFieldModel.Nested"/> filled in: a singular message field outside a oneof accepts nested
    /// paths when its message gets helpers too.
    /// </summary>
    internal static EquatableArray<FieldMaskMessageModel> ValidateAndLink(FieldMaskSelection selection, Compilation compilation, System.Threading.CancellationToken cancellationToken)
    {
        if (selection.Candidates.Count == 0 || FieldMaskExtractor.ProtobufSymbols(compilation) is not { } symbols)
        {
            return EquatableArray<FieldMaskMessageModel>.Empty;
        }

        var valid = new Dictionary<string, FieldMaskMessageModel>(StringComparer.Ordinal);
        foreach (var candidate in selection.Candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (FieldMaskExtractor.Validate(candidate, compilation, symbols) is FieldMaskMessageModel model)
            {
                valid.Add(candidate.ProtoFullName, model);
            }
        }

        var byProtoName = new Dictionary<string, FieldMaskMessageModel>(StringComparer.Ordinal);
        var pending = new Stack<string>(selection.Roots.Reverse());
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (byProtoName.ContainsKey(name) || !valid.TryGetValue(name, out var message))
            {
                continue;
            }

            byProtoName.Add(name, message);
            foreach (var field in message.Fields)
            {
                if (IsNestable(field))
                {
                    pending.Push(field.MessageType!);
                }
            }
        }

        return byProtoName.Values
            .OrderBy(message => message.HintName, StringComparer.Ordinal)
            .Select(message => message with
            {
                Fields = message.Fields.Select(field => field with { Nested = NestedModel(field, byProtoName) }).ToEquatableArray(),
            })
            .ToEquatableArray();
    }

    private static bool IsNestable(FieldMaskFieldModel field)
        => field.Kind == FieldMaskFieldKind.Message && field.Oneof is null && field.MessageType is not null;

    private static NestedMessageModel? NestedModel(FieldMaskFieldModel field, IDictionary<string, FieldMaskMessageModel> byProtoName)
    {
        if (!IsNestable(field) || !byProtoName.TryGetValue(field.MessageType!, out var target))
        {
            return null;
        }

        return new NestedMessageModel(
            target.ProtoFullName,
            target.TypeName,
            target.Names,
            target.Fields.Select(subField => new FieldPathName(subField.ProtoName, subField.PropertyName)).ToEquatableArray(),
            target.StaticHost,
            target.HelperClassName is not null);
    }
}
