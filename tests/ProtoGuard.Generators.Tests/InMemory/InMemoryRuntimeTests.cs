using Library.V1;
using ProtoGuard.Generated;

namespace ProtoGuard.Generators.Tests.InMemory;

/// <summary>The shared runtime on its own: the sorted key index against a reference, and the watcher overflow policy.</summary>
public sealed class InMemoryRuntimeTests
{
    [Fact]
    public void Sorted_keys_agree_with_a_sorted_set_through_random_adds_and_removes_across_chunk_splits()
    {
        var random = new Random(1234);
        var keys = new ProtoGuardSortedKeys();
        var reference = new SortedSet<string>(StringComparer.Ordinal);
        for (var step = 0; step < 20_000; step++)
        {
            var key = "k" + random.Next(5_000).ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
            if (reference.Contains(key))
            {
                if (random.Next(3) == 0)
                {
                    keys.Remove(key);
                    reference.Remove(key);
                }
            }
            else
            {
                keys.Add(key);
                reference.Add(key);
            }
        }

        Assert.Equal(reference.Count, keys.Count);
        var all = new List<string>();
        Assert.False(keys.CopyAfter(null, int.MaxValue, all));
        Assert.Equal(reference, all);

        for (var probe = 0; probe < 200; probe++)
        {
            var after = "k" + random.Next(5_100).ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
            var size = random.Next(1, 40);
            var page = new List<string>();
            var hasMore = keys.CopyAfter(after, size, page);
            var expected = reference.Where(k => string.CompareOrdinal(k, after) > 0).ToList();
            Assert.Equal(expected.Take(size), page);
            Assert.Equal(expected.Count > size, hasMore);
        }
    }

    [Fact]
    public void A_full_watcher_is_closed_with_its_buffered_changes_readable_and_the_writer_not_blocked()
    {
        var store = new ProtoGuardInMemoryStore<Book>(book => book.Name, watchBufferCapacity: 2);
        using var slow = store.Watch();
        using var fast = store.Watch();

        for (var i = 0; i < 3; i++)
        {
            var book = new Book { Name = "b" + i };
            store.Write(book.Name, _ => book);
            Assert.True(fast.Changes.TryRead(out var change));
            Assert.Equal((i + 1L, ProtoGuardChangeKind.Created, "b" + i), (change!.Sequence, change.Kind, change.Resource.Name));
        }

        var buffered = new List<long>();
        while (slow.Changes.TryRead(out var change))
        {
            buffered.Add(change.Sequence);
        }

        Assert.True(slow.Overflowed);
        Assert.False(fast.Overflowed);
        Assert.Equal(new[] { 1L, 2L }, buffered);
        Assert.True(slow.Changes.Completion.IsCompleted);
        Assert.Equal(1, store.WatcherCount);
        Assert.Equal(3, store.Count);
    }

    [Fact]
    public void A_write_that_throws_changes_nothing_and_publishes_nothing()
    {
        var store = new ProtoGuardInMemoryStore<Book>(book => book.Name, watchBufferCapacity: 8);
        using var watcher = store.Watch();

        Assert.Throws<InvalidOperationException>(() => store.Write("b1", _ => throw new InvalidOperationException("refused")));
        Assert.Throws<InvalidOperationException>(() => store.Write("b1", _ => new Book { Name = "other" }));

        Assert.Equal((0, 0L), (store.Count, store.LastSequence));
        Assert.False(watcher.Changes.TryRead(out _));
    }
}
