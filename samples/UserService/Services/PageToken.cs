using System;
using System.Globalization;
using System.Text;

namespace ProtoGuard.Samples.UserService.Services;

/// <summary>
/// Opaque page tokens (AIP-158): base64 of a versioned offset, so clients cannot (and need not) build them,
/// and anything that does not decode is rejected instead of being misread.
/// </summary>
public static class PageToken
{
    private const string Prefix = "v1:";

    public static string Encode(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Decodes a token made by <see cref="Encode"/>; the empty token is offset 0.</summary>
    public static bool TryDecode(string token, out int offset)
    {
        offset = 0;
        if (token.Length == 0)
        {
            return true;
        }

        byte[] buffer = new byte[token.Length];
        if (!Convert.TryFromBase64String(token, buffer, out int written))
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true)
                .GetString(buffer, 0, written);
        }
        catch (ArgumentException)
        {
            return false;
        }

        return text.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out offset)
            && offset > 0;
    }
}
