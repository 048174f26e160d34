using System;
using Microsoft.CodeAnalysis.Text;

namespace ProtoGuard.Generators.Common;

/// <summary>
/// Ordinal search of a <see cref="SourceText"/> through a small reused buffer: a large file's text is never copied into one
/// string, so the pipelines' text filters cost next to nothing on the big Grpc.Tools files.
/// </summary>
internal static class SourceTextSearch
{
    private const int ChunkLength = 8192;

    [ThreadStatic]
    private static char[]? CachedBuffer;

    /// <summary>Whether <paramref name="text"/> contains <paramref name="value"/> (ordinal; <paramref name="value"/> not empty).</summary>
    public static bool Contains(SourceText text, string value)
    {
        if (text.Length < value.Length)
        {
            return false;
        }

        var buffer = CachedBuffer ??= new char[ChunkLength];
        var overlap = value.Length - 1;
        var position = 0;
        while (true)
        {
            var count = Math.Min(buffer.Length, text.Length - position);
            text.CopyTo(position, buffer, 0, count);
            if (IndexOf(buffer, count, value) >= 0)
            {
                return true;
            }

            if (position + count >= text.Length)
            {
                return false;
            }

            // The next chunk starts value.Length - 1 characters back, so a match across the boundary is not missed.
            position += count - overlap;
        }
    }

    private static int IndexOf(char[] buffer, int count, string value)
    {
        var first = value[0];
        var last = count - value.Length;
        for (var i = 0; i <= last; i++)
        {
            if (buffer[i] != first)
            {
                continue;
            }

            var j = 1;
            while (j < value.Length && buffer[i + j] == value[j])
            {
                j++;
            }

            if (j == value.Length)
            {
                return i;
            }
        }

        return -1;
    }
}
