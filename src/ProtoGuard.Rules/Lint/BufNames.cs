using System;
using System.Text;

namespace ProtoGuard.Rules.Lint;

/// <summary>
/// The name conversions and package-version grammar buf's lint rules use (its <c>stringutil</c> and
/// <c>protoversion</c> packages), reproduced exactly so that the buf-equivalent rules give buf's verdicts.
/// </summary>
public static class BufNames
{
    /// <summary>buf's ToPascalCase: delimiters (<c>. - _</c> and white space) dropped; the first letter and every letter after a delimiter upper-cased; other upper-case letters kept; the rest lower-cased.</summary>
    public static string ToPascalCase(string name)
    {
        var trimmed = name.Trim();
        var builder = new StringBuilder(trimmed.Length);
        var previous = '\0';
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (!IsDelimiter(c))
            {
                builder.Append(i == 0 || IsDelimiter(previous) || char.IsUpper(c) ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            }

            previous = c;
        }

        return builder.ToString();
    }

    public static string ToLowerSnakeCase(string name) => ToSnakeCase(name).ToLowerInvariant();

    public static string ToUpperSnakeCase(string name) => ToSnakeCase(name).ToUpperInvariant();

    /// <summary>
    /// True when the last component of <paramref name="package"/> (of at least two) is a version: <c>v1</c>,
    /// <c>v1beta1</c>, <c>v1p1alpha</c>, <c>v2test...</c>; <paramref name="stable"/> tells a plain <c>vN</c>.
    /// </summary>
    public static bool TryGetPackageVersion(string package, out bool stable)
    {
        stable = false;
        var parts = package.Split('.');
        if (package.Length == 0 || parts.Length < 2)
        {
            return false;
        }

        var last = parts[parts.Length - 1];
        if (last.Length < 2 || last[0] != 'v')
        {
            return false;
        }

        var version = last.Substring(1);
        var test = version.IndexOf("test", StringComparison.Ordinal);
        if (test >= 0)
        {
            return IsPositiveNumber(version.Substring(0, test));
        }

        var alpha = version.Contains("alpha");
        var beta = version.Contains("beta");
        if (alpha && beta)
        {
            return false;
        }

        if (!alpha && !beta)
        {
            stable = IsPositiveNumber(version);
            return stable;
        }

        var level = alpha ? "alpha" : "beta";
        var at = version.IndexOf(level, StringComparison.Ordinal);
        var minor = version.Substring(at + level.Length);
        if (minor.Length > 0 && !IsPositiveNumber(minor))
        {
            return false;
        }

        var majorPatch = version.Substring(0, at);
        var p = majorPatch.IndexOf('p');
        return p >= 0
            ? IsPositiveNumber(majorPatch.Substring(0, p)) && IsPositiveNumber(majorPatch.Substring(p + 1))
            : IsPositiveNumber(majorPatch);
    }

    /// <summary>Go's strconv.ParseInt(s, 10, 32) succeeding with a value of at least 1.</summary>
    private static bool IsPositiveNumber(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var start = text[0] == '+' || text[0] == '-' ? 1 : 0;
        if (start == text.Length)
        {
            return false;
        }

        long value = 0;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] < '0' || text[i] > '9')
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
            if (value > int.MaxValue + 1L)
            {
                return false;
            }
        }

        if (text[0] == '-')
        {
            value = -value;
        }

        return value >= 1 && value <= int.MaxValue;
    }

    /// <summary>buf's toSnakeCase (without new words on digits), before the final case change.</summary>
    private static string ToSnakeCase(string name)
    {
        var s = TrimDelimiters(name);
        var output = new StringBuilder(s.Length + 8);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (IsDelimiter(c))
            {
                c = '_';
            }

            if (i == 0)
            {
                output.Append(c);
            }
            else if (char.IsUpper(c)
                && output[output.Length - 1] != '_'
                && ((i < s.Length - 1 && !char.IsUpper(s[i + 1]) && !char.IsDigit(s[i + 1]) && !IsDelimiter(s[i + 1])) || char.IsLower(s[i - 1])))
            {
                output.Append('_').Append(c);
            }
            else if (!(IsDelimiter(c) && output[output.Length - 1] == '_'))
            {
                output.Append(c);
            }
        }

        return output.ToString();
    }

    private static string TrimDelimiters(string name)
    {
        var start = 0;
        var end = name.Length;
        while (start < end && IsDelimiter(name[start]))
        {
            start++;
        }

        while (end > start && IsDelimiter(name[end - 1]))
        {
            end--;
        }

        return name.Substring(start, end - start);
    }

    private static bool IsDelimiter(char c) => c == '.' || c == '-' || c == '_' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
