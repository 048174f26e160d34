using System;
using System.Collections.Generic;

namespace ProtoGuard.Schema.Parsing;

/// <summary>
/// Token lists reused from one parse to the next. A list lives only while its file is parsed, but a file of more than a
/// few kilobytes needs one on the large-object heap, which only a full collection frees: parsing googleapis allocated
/// 280 MB of token arrays that way. The pool holds the lists weakly, so a full collection still frees those not in use
/// (an analyzer's long-lived process keeps nothing for it).
/// </summary>
internal static class TokenListPool
{
    private static readonly WeakReference<List<Token>>?[] Slots = new WeakReference<List<Token>>?[4];

    /// <summary>An empty list with room for at least <paramref name="capacity"/> tokens: a pooled one if any.</summary>
    public static List<Token> Rent(int capacity)
    {
        List<Token>? best = null;
        var bestSlot = -1;
        lock (Slots)
        {
            for (var i = 0; i < Slots.Length; i++)
            {
                if (Slots[i] is { } slot && slot.TryGetTarget(out var list) && (best == null || (best.Capacity < capacity && list.Capacity > best.Capacity)))
                {
                    best = list;
                    bestSlot = i;
                }
            }

            if (best != null)
            {
                Slots[bestSlot]!.SetTarget(null!);
            }
        }

        if (best == null)
        {
            return new List<Token>(capacity);
        }

        if (best.Capacity < capacity)
        {
            best.Capacity = capacity;
        }

        return best;
    }

    /// <summary>Gives back a list the caller no longer uses (its tokens are cleared).</summary>
    public static void Return(List<Token> list)
    {
        list.Clear();
        lock (Slots)
        {
            for (var i = 0; i < Slots.Length; i++)
            {
                if (Slots[i] is not { } slot)
                {
                    Slots[i] = new WeakReference<List<Token>>(list);
                    return;
                }

                if (!slot.TryGetTarget(out _))
                {
                    slot.SetTarget(list);
                    return;
                }
            }
        }
    }
}
