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
/// <c>ApplyFieldMask</c>, <c>ComputeFieldMask</c>) into every proto3 message class that Grpc.Tools generated in this
/// compilation. Field metadata comes from the FileDescriptorProto embedded in each <c>XxxReflection</c> class.
/// Switched off by the MSBuild property <c>ProtoGuardFieldMaskHelpers=none</c>.
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
        IncrementalValuesProvider<FieldMaskFileModel> files = context.SyntaxProvider
            .CreateSyntaxProvider(FieldMaskExtractor.IsCandidate, FieldMaskExtractor.Extract)
            .WithTrackingName(TrackingNames.FieldMask.DescriptorFiles)
            .SelectMany(static (file, _) => file is null ? ImmutableArray<FieldMaskFileModel>.Empty : ImmutableArray.Create(file))
            .WithTrackingName(TrackingNames.FieldMask.ProtoFiles);

        IncrementalValuesProvider<FieldMaskMessageModel> messages = files
            .Collect()
            .Select(static (all, _) => LinkNestedMessages(all))
            .WithTrackingName(TrackingNames.FieldMask.LinkedMessages)
            .SelectMany(static (all, _) => all)
            .WithTrackingName(TrackingNames.FieldMask.Messages);

        IncrementalValueProvider<FieldMaskSettings> settings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue(OptionKey, out string? value) && IsNone(value))
            .Combine(context.CompilationProvider.Select(static (compilation, _) =>
                compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp8 }))
            .Select(static (input, _) => new FieldMaskSettings(Enabled: !input.Left, SupportsGeneratedCode: input.Right))
            .WithTrackingName(TrackingNames.FieldMask.Settings);

        context.RegisterSourceOutput(
            messages.Combine(settings).WithTrackingName(TrackingNames.FieldMask.Outputs),
            static (production, input) =>
            {
                (FieldMaskMessageModel message, FieldMaskSettings settings) = input;
                if (settings.Enabled && settings.SupportsGeneratedCode)
                {
                    production.AddSource(message.HintName, FieldMaskEmitter.Generate(message, GeneratorVersion));
                }
            });
    }

    private static bool IsNone(string value) => string.Equals(value.Trim(), "none", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Fills in <see cref="FieldMaskFieldModel.Nested"/> across all files: a singular message field outside a oneof
    /// accepts nested paths when its message also gets helpers here. Messages are ordered by hint name (ordinal).
    /// </summary>
    internal static EquatableArray<FieldMaskMessageModel> LinkNestedMessages(ImmutableArray<FieldMaskFileModel> files)
    {
        var byProtoName = new Dictionary<string, FieldMaskMessageModel>(StringComparer.Ordinal);
        foreach (FieldMaskMessageModel message in files.SelectMany(file => file.Messages).OrderBy(message => message.HintName, StringComparer.Ordinal))
        {
            if (!byProtoName.ContainsKey(message.ProtoFullName))
            {
                byProtoName.Add(message.ProtoFullName, message);
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

    private static NestedMessageModel? NestedModel(FieldMaskFieldModel field, Dictionary<string, FieldMaskMessageModel> byProtoName)
    {
        if (field.Kind != FieldMaskFieldKind.Message || field.Oneof is not null || field.MessageType is null
            || !byProtoName.TryGetValue(field.MessageType, out FieldMaskMessageModel? target))
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
