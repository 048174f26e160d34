using System.Text;

namespace ProtoGuard.Cli;

/// <summary>Writes an output file, streaming, with a one-line message when it cannot (a file it created is removed again).</summary>
internal static class ReportFile
{
    /// <summary>Writes <paramref name="chunks"/> one after the other.</summary>
    public static bool TryWrite(string path, IReadOnlyList<byte[]> chunks, TextWriter error) =>
        TryWriteStream(
            path,
            stream =>
            {
                foreach (var chunk in chunks)
                {
                    stream.Write(chunk);
                }
            },
            error);

    public static bool TryWrite(string path, Action<TextWriter> write, TextWriter error) =>
        TryWriteStream(
            path,
            stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
                write(writer);
            },
            error);

    private static bool TryWriteStream(string path, Action<Stream> write, TextWriter error)
    {
        var existed = File.Exists(path);
        try
        {
            // Not a rename over the target: the target may be /dev/null or a pipe, which must stay what it is.
            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 64 * 1024);
            write(stream);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"protoguard: cannot write '{path}': {e.Message}");
            if (!existed)
            {
                try
                {
                    File.Delete(path);
                }
                catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    // Nothing more can be done about a file that can be neither written nor deleted.
                }
            }

            return false;
        }
    }
}
