using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ProtoGuard.Shared;

/// <summary>The values of the MSBuild property <c>ProtoGuardFieldMaskHelpers</c>.</summary>
internal enum FieldMaskHelpersMode
{
    /// <summary>
    /// The default (also for unset and unknown values): the resources of AIP-134 update requests (the singular message
    /// fields of messages that have a <c>google.protobuf.FieldMask</c> field) and, transitively, the messages of their
    /// singular message fields outside oneofs, so nested paths keep working.
    /// </summary>
    Auto,

    /// <summary>Every message of the compilation (proto3, proto2 and editions).</summary>
    All,

    /// <summary>No message.</summary>
    None,
}

/// <summary>
/// The option <c>ProtoGuardFieldMaskHelpers</c>, an MSBuild property and <c>Protobuf</c> item metadata (ProtoGuard.props
/// makes both visible to the compiler): its keys and values, read the same way by the FieldMask and in-memory
/// generators and by the analyzers that explain them (PG4001, PG4002, PG4020-series).
/// </summary>
internal static class FieldMaskHelpersOption
{
    /// <summary>The MSBuild property's (and the item metadata's) name.</summary>
    public const string PropertyName = "ProtoGuardFieldMaskHelpers";

    /// <summary>The analyzer config key of the MSBuild property.</summary>
    public const string PropertyKey = "build_property." + PropertyName;

    /// <summary>The values, as PG4001 lists them.</summary>
    public const string KnownValues = "'all', 'auto' or 'none'";

    /// <summary>The analyzer config key of the <c>Protobuf</c> item metadata, on the item's AdditionalFiles entry.</summary>
    public const string ItemKey = "build_metadata.AdditionalFiles.ProtoGuardFieldMaskHelpers";

    /// <summary><c>all</c> and <c>none</c> (trimmed, any case); anything else, unset included, is <c>auto</c>.</summary>
    public static FieldMaskHelpersMode Parse(string? value)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        return string.Equals(trimmed, "all", StringComparison.OrdinalIgnoreCase) ? FieldMaskHelpersMode.All
            : string.Equals(trimmed, "none", StringComparison.OrdinalIgnoreCase) ? FieldMaskHelpersMode.None
            : FieldMaskHelpersMode.Auto;
    }

    /// <summary>The project's value: the MSBuild property from the compilation's global analyzer config options, parsed.</summary>
    public static FieldMaskHelpersMode Read(AnalyzerConfigOptions globalOptions)
        => Parse(globalOptions.TryGetValue(PropertyKey, out var value) ? value : null);

    /// <summary>Whether <paramref name="value"/> is one of the values (trimmed, any case) or empty; anything else is a typo (PG4001).</summary>
    public static bool IsKnown(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length == 0
            || string.Equals(trimmed, "all", StringComparison.OrdinalIgnoreCase)
            || string.Equals(trimmed, "auto", StringComparison.OrdinalIgnoreCase)
            || string.Equals(trimmed, "none", StringComparison.OrdinalIgnoreCase);
    }
}
