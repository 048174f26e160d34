using System.Text;

namespace ProtoGuard.Schema.Descriptors;

/// <summary>
/// A minimal protobuf wire-format decoder over one length-delimited region of a buffer, the counterpart of
/// <see cref="WireWriter"/> (whose wire-type constants it uses). It never throws: every read reports failure instead,
/// and <see cref="IsAtEnd"/> tells a region read completely from one that stopped at corrupt bytes.
/// </summary>
internal struct WireReader
{
    private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false, false);

    private readonly byte[] _data;
    private readonly int _end;
    private int _position;
    private bool _malformed;

    public WireReader(byte[] data)
        : this(data, 0, data.Length)
    {
    }

    private WireReader(byte[] data, int start, int end)
    {
        _data = data;
        _position = start;
        _end = end;
        _malformed = false;
    }

    /// <summary>Whether the whole region was read; false after a malformed tag even if it was the last byte.</summary>
    public readonly bool IsAtEnd => !_malformed && _position == _end;

    public bool TryReadTag(out int field, out int wireType)
    {
        field = 0;
        wireType = 0;
        if (_position >= _end)
        {
            return false;
        }

        // A tag is 32 bits: field numbers go up to 2^29 - 1 (googleapis' field_info option is 291403980).
        if (!TryReadVarint(out var tag) || tag > uint.MaxValue || (tag >> 3) == 0)
        {
            _malformed = true;
            return false;
        }

        field = (int)(tag >> 3);
        wireType = (int)(tag & 7);
        return true;
    }

    public bool TryReadVarint(out ulong value)
    {
        value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (_position >= _end)
            {
                return false;
            }

            var current = _data[_position++];
            value |= (ulong)(current & 0x7F) << shift;
            if ((current & 0x80) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An int32/enum value: negative numbers are sign-extended to ten bytes on the wire.</summary>
    public bool TryReadInt32(out int value)
    {
        var ok = TryReadVarint(out var raw);
        value = unchecked((int)raw);
        return ok;
    }

    public bool TryReadBool(out bool value)
    {
        var ok = TryReadVarint(out var raw);
        value = raw != 0;
        return ok;
    }

    /// <summary>Reads a length prefix and returns a reader over that many bytes, which this reader then skips.</summary>
    public bool TryReadSubReader(out WireReader nested)
    {
        nested = default;
        if (!TryReadVarint(out var length) || length > (ulong)(_end - _position))
        {
            return false;
        }

        nested = new WireReader(_data, _position, _position + (int)length);
        _position += (int)length;
        return true;
    }

    public bool TryReadString(out string value)
    {
        value = string.Empty;
        if (!TryReadSubReader(out var nested))
        {
            return false;
        }

        value = Utf8.GetString(_data, nested._position, nested._end - nested._position);
        return true;
    }

    public bool TrySkip(int wireType)
    {
        switch (wireType)
        {
            case WireWriter.Varint:
                return TryReadVarint(out _);
            case WireWriter.Fixed64:
                return TryAdvance(8);
            case WireWriter.LengthDelimited:
                return TryReadSubReader(out _);
            case WireWriter.Fixed32:
                return TryAdvance(4);
            case WireWriter.StartGroup:
                // A group-typed custom option (proto2 "optional group" extending an *Options message): its fields up to
                // the end-group tag, nested groups included.
                while (TryReadTag(out _, out var nestedWireType))
                {
                    if (nestedWireType == WireWriter.EndGroup)
                    {
                        return true;
                    }

                    if (!TrySkip(nestedWireType))
                    {
                        return false;
                    }
                }

                return false;
            default:
                // An end-group without its start, or a wire type that does not exist: corrupt.
                return false;
        }
    }

    private bool TryAdvance(int count)
    {
        if (_end - _position < count)
        {
            return false;
        }

        _position += count;
        return true;
    }
}
