using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Library.V1;

namespace ProtoGuard.Generators.Tests.InMemory;

/// <summary>A separate service class for the same service: a watch buffer that holds a whole test run.</summary>
[ProtoGuard.InMemoryService(WatchBufferCapacity = 1_000_000, MaxPageSize = 500)]
public partial class StressLibraryService : LibraryService.LibraryServiceBase
{
}

/// <summary>
/// 16 writers × 10,000 operations (create, two masked updates, get, delete of every other book) on one generated service,
/// called directly (the generated handlers, no transport), while listers page through it and watchers stream every change.
/// </summary>
public sealed class InMemoryConcurrencyTests
{
    private const int Writers = 16;
    private const int OperationsPerWriter = 10_000;
    private const int OperationsPerBook = 5;

    [Fact]
    [Trait("Category", "Stress")]
    public async Task Concurrent_writers_listers_and_watchers_lose_nothing_duplicate_nothing_and_see_commit_order()
    {
        var service = new StressLibraryService();
        using var stop = new CancellationTokenSource();
        var watchers = Enumerable.Range(0, 3).Select(_ => new CollectingWriter<BookEvent>()).ToArray();
        var watchContexts = watchers.Select(_ => new TestCallContext(stop.Token)).ToArray();
        var watching = watchers.Select((writer, i) => service.WatchBooks(new WatchBooksRequest(), writer, watchContexts[i])).ToArray();
        while (service.BookStore.WatcherCount != watchers.Length)
        {
            await Task.Yield();
        }

        var listingViolations = new List<string>();
        var listings = 0;
        var listers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                string? previous = null;
                var request = new ListBooksRequest { PageSize = 97 };
                do
                {
                    var page = await service.ListBooks(request, new TestCallContext(CancellationToken.None));
                    foreach (var book in page.Books)
                    {
                        if (previous is not null && string.CompareOrdinal(previous, book.Name) >= 0)
                        {
                            lock (listingViolations)
                            {
                                listingViolations.Add($"{book.Name} after {previous}");
                            }
                        }

                        previous = book.Name;
                    }

                    request.PageToken = page.NextPageToken;
                }
                while (request.PageToken.Length != 0);
                Interlocked.Increment(ref listings);
                await Task.Yield();
            }
        })).ToArray();

        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            var context = new TestCallContext(CancellationToken.None);
            for (var op = 0; op < OperationsPerWriter; op++)
            {
                var bookIndex = op / OperationsPerBook;
                var name = $"w{w:D2}-{bookIndex:D4}";
                switch (op % OperationsPerBook)
                {
                    case 0:
                        await service.CreateBook(new CreateBookRequest { BookId = name, Book = new Book { Title = "t0" } }, context);
                        break;
                    case 1:
                    case 2:
                        await service.UpdateBook(new UpdateBookRequest { Book = new Book { Name = name, Title = "t" + (op % OperationsPerBook) }, UpdateMask = FieldMask.FromString("title") }, context);
                        break;
                    case 3:
                        Assert.Equal("t2", (await service.GetBook(new GetBookRequest { Name = name }, context)).Title);
                        break;
                    default:
                        if (bookIndex % 2 == 1)
                        {
                            await service.DeleteBook(new DeleteBookRequest { Name = name }, context);
                        }

                        break;
                }
            }
        })).ToArray();

        await Task.WhenAll(writers);
        var committed = service.BookStore.LastSequence;
        while (watchers.Any(watcher => watcher.Count < committed))
        {
            if (watching.FirstOrDefault(task => task.IsCompleted) is { } ended)
            {
                await ended;
                Assert.Fail("A watch ended before the client cancelled it.");
            }

            await Task.Delay(10);
        }

        stop.Cancel();
        await Task.WhenAll(listers);
        await Task.WhenAll(watching);

        var books = Writers * OperationsPerWriter / OperationsPerBook;
        Assert.Equal(books * 3 + books / 2, committed);
        Assert.Equal(books - books / 2, service.BookStore.Count);
        Assert.Empty(listingViolations);
        Assert.True(listings > 0);

        var final = new List<string>();
        var request = new ListBooksRequest { PageSize = 500 };
        do
        {
            var page = await service.ListBooks(request, new TestCallContext(CancellationToken.None));
            final.AddRange(page.Books.Select(b => b.Name));
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length != 0);
        var expected = Enumerable.Range(0, Writers)
            .SelectMany(w => Enumerable.Range(0, books / Writers).Where(i => i % 2 == 0).Select(i => $"w{w:D2}-{i:D4}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, final);

        var first = watchers[0].Messages.Select(e => (e.Type, e.Book.Name, e.Book.Title)).ToList();
        Assert.Equal(committed, first.Count);
        foreach (var other in watchers.Skip(1))
        {
            Assert.Equal(first, other.Messages.Select(e => (e.Type, e.Book.Name, e.Book.Title)));
        }

        foreach (var perBook in first.GroupBy(e => e.Name))
        {
            var deleted = int.Parse(perBook.Key[4..], System.Globalization.CultureInfo.InvariantCulture) % 2 == 1;
            var expectedEvents = new List<(BookEventType, string, string)>
            {
                (BookEventType.Created, perBook.Key, "t0"),
                (BookEventType.Updated, perBook.Key, "t1"),
                (BookEventType.Updated, perBook.Key, "t2"),
            };
            if (deleted)
            {
                expectedEvents.Add((BookEventType.Deleted, perBook.Key, "t2"));
            }

            Assert.Equal(expectedEvents, perBook);
        }

        Assert.Equal(0, service.BookStore.WatcherCount);
    }

    /// <summary>Collects what a server-streaming handler writes.</summary>
    private sealed class CollectingWriter<T> : IServerStreamWriter<T>
    {
        private readonly List<T> _messages = new();

        public WriteOptions? WriteOptions { get; set; }

        public int Count
        {
            get
            {
                lock (_messages)
                {
                    return _messages.Count;
                }
            }
        }

        public IReadOnlyList<T> Messages
        {
            get
            {
                lock (_messages)
                {
                    return _messages.ToList();
                }
            }
        }

        public Task WriteAsync(T message) => WriteAsync(message, CancellationToken.None);

        public Task WriteAsync(T message, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lock (_messages)
            {
                _messages.Add(message);
            }

            return Task.CompletedTask;
        }
    }
}
