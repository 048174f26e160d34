using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ProtoGuard.Shared;

/// <summary>The values of the MSBuild property <c>ProtoGuardPagedMethods</c>.</summary>
internal enum PagedMethodsMode
{
    /// <summary>
    /// Every Grpc.Tools client of the compilation and of its references gets its paged methods. The generator's default
    /// (also for unknown values); ProtoGuard.props chooses it for the IDE's design-time builds, so completion lists them.
    /// </summary>
    All,

    /// <summary>
    /// Only the clients the code calls a paged method on (<c>client.ListXxxPagedAsync(…)</c>, <c>client.ListXxxPaged(…)</c>)
    /// get theirs: what ProtoGuard.props chooses for command-line builds, where nothing else would use them.
    /// </summary>
    Used,

    /// <summary>No paged method.</summary>
    None,
}

/// <summary>
/// The option <c>ProtoGuardPagedMethods</c>, an MSBuild property that ProtoGuard.props makes visible to the compiler: its
/// key and values, read the same way by the paging generator and by PG4001.
/// </summary>
internal static class PagedMethodsOption
{
    /// <summary>The MSBuild property's name.</summary>
    public const string PropertyName = "ProtoGuardPagedMethods";

    /// <summary>The analyzer config key of the MSBuild property.</summary>
    public const string PropertyKey = "build_property." + PropertyName;

    /// <summary>The values, as PG4001 lists them.</summary>
    public const string KnownValues = "'all', 'used' or 'none'";

    /// <summary><c>used</c> and <c>none</c> (trimmed, any case); anything else, unset included, is <c>all</c>.</summary>
    public static PagedMethodsMode Parse(string? value)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        return string.Equals(trimmed, "used", StringComparison.OrdinalIgnoreCase) ? PagedMethodsMode.Used
            : string.Equals(trimmed, "none", StringComparison.OrdinalIgnoreCase) ? PagedMethodsMode.None
            : PagedMethodsMode.All;
    }

    /// <summary>The project's value: the MSBuild property from the compilation's global analyzer config options, parsed.</summary>
    public static PagedMethodsMode Read(AnalyzerConfigOptions globalOptions)
        => Parse(globalOptions.TryGetValue(PropertyKey, out var value) ? value : null);

    /// <summary>Whether <paramref name="value"/> is one of the values (trimmed, any case) or empty; anything else is a typo (PG4001).</summary>
    public static bool IsKnown(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length == 0
            || string.Equals(trimmed, "all", StringComparison.OrdinalIgnoreCase)
            || string.Equals(trimmed, "used", StringComparison.OrdinalIgnoreCase)
            || string.Equals(trimmed, "none", StringComparison.OrdinalIgnoreCase);
    }
}
