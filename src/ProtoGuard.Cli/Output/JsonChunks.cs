using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ProtoGuard.Cli.Output;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> whose output goes to a <see cref="TextWriter"/> in chunks of about 64 KB: a report of
/// tens of thousands of findings is never held in memory whole. Line breaks are '\n' on every platform.
/// </summary>
internal sealed class JsonChunks : IDisposable
{
    private const int ChunkSize = 64 * 1024;

    private readonly ArrayBufferWriter<byte> _buffer = new(ChunkSize * 2);
    private readonly TextWriter _destination;

    public JsonChunks(TextWriter destination)
    {
        this._destination = destination;
        Json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public Utf8JsonWriter Json { get; }

    /// <summary>Hands what was written so far to the destination once it is a chunk; call between values.</summary>
    public void FlushIfFull()
    {
        if (Json.BytesPending + _buffer.WrittenCount >= ChunkSize)
        {
            Flush();
        }
    }

    /// <summary>Flushes everything and ends the document with a line break.</summary>
    public void Dispose()
    {
        Flush();
        _destination.Write('\n');
        Json.Dispose();
    }

    private void Flush()
    {
        Json.Flush();
        _destination.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan).ReplaceLineEndings("\n"));
        _buffer.ResetWrittenCount();
    }
}
