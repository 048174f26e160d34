using System.Text;

namespace ProtoGuard.Cli;

/// <summary>Writes an output file whole or not at all, with a one-line message when it cannot.</summary>
internal static class ReportFile
{
    public static bool TryWrite(string path, string text, TextWriter error) => TryWrite(path, new UTF8Encoding(false).GetBytes(text), error);

    public static bool TryWrite(string path, byte[] bytes, TextWriter error)
    {
        var existed = File.Exists(path);
        try
        {
            // Not a rename over the target: the target may be /dev/null or a pipe, which must stay what it is.
            File.WriteAllBytes(path, bytes);
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
