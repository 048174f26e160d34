using System;
using System.Collections.Generic;

namespace ProtoGuard.Rules.Breaking;

/// <summary>
/// buf's breaking-change categories, strictest first. FILE (the default, as buf) also protects generated code per
/// file; PACKAGE allows moving types between files of a package; WIRE_JSON protects the binary and JSON encodings;
/// WIRE only the binary encoding.
/// </summary>
public static class BreakingCategory
{
    public const string File = "FILE";
    public const string Package = "PACKAGE";
    public const string WireJson = "WIRE_JSON";
    public const string Wire = "WIRE";

    public const string Default = File;

    public static IReadOnlyList<string> All { get; } = new[] { File, Package, WireJson, Wire };

    /// <summary>The category named by <paramref name="text"/> (case-insensitive, '-' for '_'), or null.</summary>
    public static string? Parse(string? text)
    {
        var normalized = text?.Trim().Replace('-', '_').ToUpperInvariant();
        foreach (var category in All)
        {
            if (string.Equals(category, normalized, StringComparison.Ordinal))
            {
                return category;
            }
        }

        return null;
    }
}
