using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ProtoGuard.Generators.Common;

namespace ProtoGuard.Generators.FieldMaskHelpers;

/// <summary>
/// Generates AIP-134 field mask helpers (<c>FieldPaths</c>, <c>IsValidPath</c>, <c>ValidatePaths</c>,
/// <c>ApplyFieldMask</c>, <c>ComputeFieldMask</c>) into proto3 message classes that Grpc.Tools generated in this
/// compilation. Field metadata comes from the FileDescriptorProto embedded in each <c>XxxReflection</c> class.
/// Which messages get them is the MSBuild property <c>ProtoGuardFieldMaskHelpers</c>: <c>auto</c> (default, also for
/// unknown values) = the resources of update requests (messages with a <c>google.protobuf.FieldMask</c> field) and,
/// transitively, their singular sub-messages; <c>all</c> = every message; <c>none</c> = nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FieldMaskHelpersGenerator : IIncrementalGenerator
{
    /// <summary>The analyzer config key of the MSBuild property (made visible by ProtoGuard.props).</summary>
    internal const string OptionKey = "build_property.ProtoGuardFieldMaskHelpers";

    private static readonly string GeneratorVersion =
        typeof(FieldMaskHelpersGenerator).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<ImmutableArray<FieldMaskFileModel>> files = context.SyntaxProvider
            .CreateSyntaxProvider(FieldMaskExtractor.IsCandidate, FieldMaskExtractor.Extract)
            .WithTrackingName(TrackingNames.FieldMask.DescriptorFiles)
            .SelectMany(static (file, _) => file is null ? ImmutableArray<FieldMaskFileModel>.Empty : ImmutableArray.Create(file))
            .WithTrackingName(TrackingNames.FieldMask.ProtoFiles)
            .Collect();

        IncrementalValueProvider<FieldMaskSettings> settings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => ParseMode(options.GlobalOptions.TryGetValue(OptionKey, out string? value) ? value : null))
            .Combine(context.CompilationProvider.Select(static (compilation, _) =>
                compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp8 }))
            .Select(static (input, _) => new FieldMaskSettings(input.Left, SupportsGeneratedCode: input.Right))
            .WithTrackingName(TrackingNames.FieldMask.Settings);

        IncrementalValueProvider<EquatableArray<string>> selected = files
            .Combine(settings.Select(static (settings, _) => settings.Mode))
            .Select(static (input, _) => SelectMessages(input.Left, input.Right))
            .WithTrackingName(TrackingNames.FieldMask.SelectedMessages);

        IncrementalValuesProvider<FieldMaskMessageModel> messages = files
            .Combine(selected)
            .Select(static (input, _) => LinkNestedMessages(input.Left, input.Right))
            .WithTrackingName(TrackingNames.FieldMask.LinkedMessages)
            .SelectMany(static (all, _) => all)
            .WithTrackingName(TrackingNames.FieldMask.Messages);

        context.RegisterSourceOutput(
            messages.Combine(settings).WithTrackingName(TrackingNames.FieldMask.Outputs),
            static (production, input) =>
            {
                (FieldMaskMessageModel message, FieldMaskSettings settings) = input;
                if (settings.SupportsGeneratedCode)
                {
                    production.AddSource(message.HintName, FieldMaskEmitter.Generate(message, GeneratorVersion));
                }
            });
    }

    /// <summary><c>all</c> and <c>none</c> (trimmed, any case); anything else, unset included, is <c>auto</c>.</summary>
    internal static FieldMaskHelpersMode ParseMode(string? value)
    {
        string trimmed = value?.Trim() ?? string.Empty;
        return string.Equals(trimmed, "all", StringComparison.OrdinalIgnoreCase) ? FieldMaskHelpersMode.All
            : string.Equals(trimmed, "none", StringComparison.OrdinalIgnoreCase) ? FieldMaskHelpersMode.None
            : FieldMaskHelpersMode.Auto;
    }

    /// <summary>
    /// The full proto names of the messages that get helpers, ordered (ordinal): none, every message, or (auto) the
    /// update requests' resources that are messages of this compilation, closed over the singular message fields outside
    /// oneofs (the fields <see cref="NestedModel"/> delegates nested paths through) whose message is of this compilation.
    /// </summary>
    internal static EquatableArray<string> SelectMessages(ImmutableArray<FieldMaskFileModel> files, FieldMaskHelpersMode mode)
    {
        if (mode == FieldMaskHelpersMode.None)
        {
            return EquatableArray<string>.Empty;
        }

        Dictionary<string, FieldMaskMessageModel> byProtoName = IndexByProtoName(files);
        if (mode == FieldMaskHelpersMode.All)
        {
            return byProtoName.Keys.OrderBy(name => name, StringComparer.Ordinal).ToEquatableArray();
        }

        var selected = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(files
            .SelectMany(file => file.UpdatedResources)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(name => name, StringComparer.Ordinal));
        while (pending.Count > 0)
        {
            string name = pending.Pop();
            if (!byProtoName.TryGetValue(name, out FieldMaskMessageModel? message) || !selected.Add(name))
            {
                continue;
            }

            foreach (FieldMaskFieldModel field in message.Fields)
            {
                if (IsNestable(field) && !selected.Contains(field.MessageType!))
                {
                    pending.Push(field.MessageType!);
                }
            }
        }

        return selected.OrderBy(name => name, StringComparer.Ordinal).ToEquatableArray();
    }

    /// <summary>
    /// The selected messages, ordered by hint name (ordinal), with <see cref="FieldMaskFieldModel.Nested"/> filled in
    /// across all files: a singular message field outside a oneof accepts nested paths when its message is selected too.
    /// </summary>
    internal static EquatableArray<FieldMaskMessageModel> LinkNestedMessages(ImmutableArray<FieldMaskFileModel> files, EquatableArray<string> selectedNames)
    {
        var selected = new HashSet<string>(selectedNames, StringComparer.Ordinal);
        Dictionary<string, FieldMaskMessageModel> byProtoName = IndexByProtoName(files)
            .Where(pair => selected.Contains(pair.Key))
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);

        return byProtoName.Values
            .OrderBy(message => message.HintName, StringComparer.Ordinal)
            .Select(message => message with
            {
                Fields = message.Fields.Select(field => field with { Nested = NestedModel(field, byProtoName) }).ToEquatableArray(),
            })
            .ToEquatableArray();
    }

    /// <summary>Every message by full proto name; of duplicates, the first by hint name (ordinal) wins.</summary>
    private static Dictionary<string, FieldMaskMessageModel> IndexByProtoName(ImmutableArray<FieldMaskFileModel> files)
    {
        var byProtoName = new Dictionary<string, FieldMaskMessageModel>(StringComparer.Ordinal);
        foreach (FieldMaskMessageModel message in files.SelectMany(file => file.Messages).OrderBy(message => message.HintName, StringComparer.Ordinal))
        {
            if (!byProtoName.ContainsKey(message.ProtoFullName))
            {
                byProtoName.Add(message.ProtoFullName, message);
            }
        }

        return byProtoName;
    }

    private static bool IsNestable(FieldMaskFieldModel field)
        => field.Kind == FieldMaskFieldKind.Message && field.Oneof is null && field.MessageType is not null;

    private static NestedMessageModel? NestedModel(FieldMaskFieldModel field, Dictionary<string, FieldMaskMessageModel> byProtoName)
    {
        if (!IsNestable(field) || !byProtoName.TryGetValue(field.MessageType!, out FieldMaskMessageModel? target))
        {
            return null;
        }

        return new NestedMessageModel(
            target.ProtoFullName,
            target.TypeName,
            target.Names,
            target.Fields.Select(subField => new FieldPathName(subField.ProtoName, subField.PropertyName)).ToEquatableArray());
    }
}
