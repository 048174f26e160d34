namespace ProtoGuard.Schema.Parsing;

/// <summary>
/// Interns slices of the source text, so each distinct identifier or number of a file is one string however often it occurs
/// (field, type and option names repeat throughout a file). Open addressing
/// with linear probing; the slice is hashed and compared in place, so a name already seen allocates nothing.
/// </summary>
internal sealed class NameTable
{
    private string?[] _names = new string?[256];
    private int[] _hashes = new int[256];
    private int _count;

    public string Get(string text, int start, int length)
    {
        var hash = Hash(text, start, length);
        var mask = _names.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var name = _names[slot];
            if (name == null)
            {
                name = text.Substring(start, length);
                Add(slot, name, hash);
                return name;
            }

            if (_hashes[slot] == hash && Matches(name, text, start, length))
            {
                return name;
            }
        }
    }

    private static int Hash(string text, int start, int length)
    {
        // FNV-1a over the UTF-16 code units.
        var hash = 2166136261;
        for (var i = start; i < start + length; i++)
        {
            hash = (hash ^ text[i]) * 16777619;
        }

        return (int)hash;
    }

    private static bool Matches(string name, string text, int start, int length)
    {
        if (name.Length != length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (name[i] != text[start + i])
            {
                return false;
            }
        }

        return true;
    }

    private void Add(int slot, string name, int hash)
    {
        _names[slot] = name;
        _hashes[slot] = hash;
        _count++;
        if (_count * 2 > _names.Length)
        {
            Grow();
        }
    }

    private void Grow()
    {
        var oldNames = _names;
        var oldHashes = _hashes;
        _names = new string?[oldNames.Length * 2];
        _hashes = new int[oldNames.Length * 2];
        var mask = _names.Length - 1;
        for (var i = 0; i < oldNames.Length; i++)
        {
            if (oldNames[i] is string name)
            {
                var slot = oldHashes[i] & mask;
                while (_names[slot] != null)
                {
                    slot = (slot + 1) & mask;
                }

                _names[slot] = name;
                _hashes[slot] = oldHashes[i];
            }
        }
    }
}
