using System;
using System.Text;

namespace ProtoGuard.Schema.Descriptors;

/// <summary>A minimal protobuf wire-format encoder (the Schema assembly has no dependencies).</summary>
internal sealed class WireWriter
{
    public const int Varint = 0;
    public const int Fixed64 = 1;
    public const int LengthDelimited = 2;
    public const int StartGroup = 3;
    public const int EndGroup = 4;
    public const int Fixed32 = 5;

    private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false, false);

    // A length below 2^32 takes at most 5 bytes as a varint.
    private const int MaxLengthPrefix = 5;

    private byte[] _buffer;

    public WireWriter(int capacity = 256)
    {
        _buffer = new byte[capacity];
    }

    public int Length { get; private set; }

    /// <summary>Empties the writer, keeping its buffer for the next message.</summary>
    public void Clear() => Length = 0;

    public byte[] ToArray()
    {
        var result = new byte[Length];
        Buffer.BlockCopy(_buffer, 0, result, 0, Length);
        return result;
    }

    public void WriteTag(int fieldNumber, int wireType) => WriteVarint(((ulong)(uint)fieldNumber << 3) | (uint)wireType);

    public void WriteVarint(ulong value)
    {
        Ensure(10);
        while (value >= 0x80)
        {
            _buffer[Length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _buffer[Length++] = (byte)value;
    }

    public void WriteFixed32(uint value)
    {
        Ensure(4);
        for (var i = 0; i < 4; i++)
        {
            _buffer[Length++] = (byte)(value >> (8 * i));
        }
    }

    public void WriteFixed64(ulong value)
    {
        Ensure(8);
        for (var i = 0; i < 8; i++)
        {
            _buffer[Length++] = (byte)(value >> (8 * i));
        }
    }

    public void WriteBytes(byte[] bytes)
    {
        WriteVarint((ulong)bytes.Length);
        WriteRaw(bytes);
    }

    public void WriteRaw(byte[] bytes)
    {
        Ensure(bytes.Length);
        Buffer.BlockCopy(bytes, 0, _buffer, Length, bytes.Length);
        Length += bytes.Length;
    }

    public void WriteString(int fieldNumber, string value)
    {
        WriteTag(fieldNumber, LengthDelimited);
        var byteCount = Utf8.GetByteCount(value);
        WriteVarint((ulong)byteCount);
        Ensure(byteCount);
        Length += Utf8.GetBytes(value, 0, value.Length, _buffer, Length);
    }

    /// <summary>Writes <c>"." + <paramref name="fullName"/></c> (a resolved type name) without building that string.</summary>
    public void WriteQualifiedName(int fieldNumber, string fullName)
    {
        WriteTag(fieldNumber, LengthDelimited);
        var byteCount = Utf8.GetByteCount(fullName);
        WriteVarint((ulong)byteCount + 1);
        Ensure(byteCount + 1);
        _buffer[Length++] = (byte)'.';
        Length += Utf8.GetBytes(fullName, 0, fullName.Length, _buffer, Length);
    }

    /// <summary>
    /// Starts a length-delimited field whose content is written next, into this same buffer; pass the result to
    /// <see cref="EndLengthDelimited"/>. Room for the longest length prefix is kept and the content is moved back over
    /// what the actual prefix does not use, so the bytes are those of <see cref="WriteMessageField"/> without a
    /// separate writer per nested message.
    /// </summary>
    public int BeginLengthDelimited(int fieldNumber)
    {
        WriteTag(fieldNumber, LengthDelimited);
        Ensure(MaxLengthPrefix);
        var start = Length;
        Length += MaxLengthPrefix;
        return start;
    }

    public void EndLengthDelimited(int start)
    {
        var contentStart = start + MaxLengthPrefix;
        var contentLength = Length - contentStart;
        Length = start;
        WriteVarint((ulong)contentLength);
        if (Length != contentStart)
        {
            // Array.Copy handles the overlap (it copies as if through a temporary buffer).
            Array.Copy(_buffer, contentStart, _buffer, Length, contentLength);
        }

        Length += contentLength;
    }

    public void WriteBytesField(int fieldNumber, byte[] value)
    {
        WriteTag(fieldNumber, LengthDelimited);
        WriteBytes(value);
    }

    /// <summary>Writes an int32/int64/enum value: negative numbers take ten bytes, as in protobuf.</summary>
    public void WriteInt64Field(int fieldNumber, long value)
    {
        WriteTag(fieldNumber, Varint);
        WriteVarint(unchecked((ulong)value));
    }

    public void WriteBoolField(int fieldNumber, bool value)
    {
        WriteTag(fieldNumber, Varint);
        WriteVarint(value ? 1UL : 0UL);
    }

    public void WriteMessageField(int fieldNumber, WireWriter message)
    {
        WriteTag(fieldNumber, LengthDelimited);
        WriteVarint((ulong)message.Length);
        Ensure(message.Length);
        Buffer.BlockCopy(message._buffer, 0, _buffer, Length, message.Length);
        Length += message.Length;
    }

    private void Ensure(int extra)
    {
        if (Length + extra > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + extra));
        }
    }
}
