using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Library.V1;
using Myservice.V1;
using ProtoGuard.Generated;

namespace ProtoGuard.Generators.Tests.InMemory;

/// <summary>
/// The generated in-memory services over real gRPC on loopback: every status code path of Create, Get, List, Update,
/// Delete, Watch and BulkCreate, with the exact status details clients see.
/// </summary>
public sealed class InMemoryServiceBehaviourTests : IAsyncLifetime
{
    private static readonly Timestamp Now = Timestamp.FromDateTimeOffset(LoopbackServer.FixedNow);

    private readonly LoopbackServer _server = new();

    private LibraryService.LibraryServiceClient Library => _server.LibraryClient;

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Create_with_a_client_assigned_id_stores_the_book_with_timestamps_and_an_etag()
    {
        var created = await Library.CreateBookAsync(new CreateBookRequest { BookId = "b1", Book = new Book { Title = "Dune", Author = "Herbert" } });

        Assert.Equal("b1", created.Name);
        Assert.Equal("Dune", created.Title);
        Assert.Equal(Now, created.CreateTime);
        Assert.Equal(Now, created.UpdateTime);
        Assert.Equal("\"1\"", created.Etag);
        Assert.Equal(created, await Library.GetBookAsync(new GetBookRequest { Name = "b1" }));
    }

    [Fact]
    public async Task Create_without_an_id_gets_a_server_assigned_guid()
    {
        var created = await Library.CreateBookAsync(new CreateBookRequest { Book = new Book { Title = "Emma" } });

        Assert.Matches("^[0-9a-f]{32}$", created.Name);
        Assert.Equal("Emma", (await Library.GetBookAsync(new GetBookRequest { Name = created.Name })).Title);
    }

    [Fact]
    public async Task Create_of_an_existing_id_is_already_exists_naming_the_id_and_keeps_the_first()
    {
        await Library.CreateBookAsync(new CreateBookRequest { Book = new Book { Name = "b1", Title = "First" } });

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await Library.CreateBookAsync(new CreateBookRequest { Book = new Book { Name = "b1", Title = "Second" } }));

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        Assert.Equal("Book 'b1' already exists", error.Status.Detail);
        Assert.Equal("First", (await Library.GetBookAsync(new GetBookRequest { Name = "b1" })).Title);
    }

    [Fact]
    public async Task Create_without_the_resource_or_with_two_different_ids_is_invalid_argument()
    {
        var missing = await Assert.ThrowsAsync<RpcException>(async () => await Library.CreateBookAsync(new CreateBookRequest()));
        var conflicting = await Assert.ThrowsAsync<RpcException>(async () =>
            await Library.CreateBookAsync(new CreateBookRequest { BookId = "b2", Book = new Book { Name = "b1" } }));

        Assert.Equal((StatusCode.InvalidArgument, "book is required"), (missing.StatusCode, missing.Status.Detail));
        Assert.Equal((StatusCode.InvalidArgument, "book.name 'b1' differs from book_id 'b2'"), (conflicting.StatusCode, conflicting.Status.Detail));
        Assert.Equal(0, _server.Library.BookStore.Count);
    }

    [Fact]
    public async Task Create_returns_the_response_wrapping_the_resource_with_sequential_ids()
    {
        var first = await _server.UserClient.CreateUserAsync(new CreateUserRequest { User = new User { Email = "a@example.com" } });
        var second = await _server.UserClient.CreateUserAsync(new CreateUserRequest { User = new User { Email = "b@example.com" } });

        Assert.Equal(("000000000001", "a@example.com", Now), (first.User.Id, first.User.Email, first.User.CreatedAt));
        Assert.Equal("000000000002", second.User.Id);
    }

    [Fact]
    public async Task A_creating_hook_that_throws_rejects_the_resource()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await _server.UserClient.CreateUserAsync(new CreateUserRequest { User = new User { Id = "u1", Email = "x@invalid.example" } }));

        Assert.Equal((StatusCode.InvalidArgument, "email domain is not allowed"), (error.StatusCode, error.Status.Detail));
        Assert.Equal(0, _server.Users.UserStore.Count);
    }

    [Fact]
    public async Task Get_of_a_missing_or_empty_key_is_not_found_or_invalid_argument()
    {
        var missing = await Assert.ThrowsAsync<RpcException>(async () => await Library.GetBookAsync(new GetBookRequest { Name = "nope" }));
        var empty = await Assert.ThrowsAsync<RpcException>(async () => await Library.GetBookAsync(new GetBookRequest()));

        Assert.Equal((StatusCode.NotFound, "Book 'nope' not found"), (missing.StatusCode, missing.Status.Detail));
        Assert.Equal((StatusCode.InvalidArgument, "name is required"), (empty.StatusCode, empty.Status.Detail));
    }

    [Fact]
    public async Task List_applies_the_default_and_the_maximum_page_size_and_rejects_a_negative_one()
    {
        await CreateBooksAsync(8);

        var byDefault = await Library.ListBooksAsync(new ListBooksRequest());
        var coerced = await Library.ListBooksAsync(new ListBooksRequest { PageSize = 1000 });
        var negative = await Assert.ThrowsAsync<RpcException>(async () => await Library.ListBooksAsync(new ListBooksRequest { PageSize = -1 }));

        Assert.Equal(new[] { "book-00", "book-01", "book-02" }, byDefault.Books.Select(b => b.Name));
        Assert.Equal(5, coerced.Books.Count);
        Assert.Equal((StatusCode.InvalidArgument, "page_size must not be negative, got -1"), (negative.StatusCode, negative.Status.Detail));
    }

    [Fact]
    public async Task List_through_the_generated_paginating_client_returns_every_book_once_in_key_order()
    {
        var names = await CreateBooksAsync(23);

        var listed = new List<string>();
        var pageSizes = new List<int>();
        await foreach (var page in Library.ListBooksPagedAsync(new ListBooksRequest { PageSize = 5 }).AsPages())
        {
            pageSizes.Add(page.Books.Count);
            listed.AddRange(page.Books.Select(b => b.Name));
        }

        Assert.Equal(names, listed);
        Assert.Equal(new[] { 5, 5, 5, 5, 3 }, pageSizes);
    }

    [Fact]
    public async Task A_full_last_page_has_an_empty_next_page_token_and_an_empty_store_lists_nothing()
    {
        var empty = await Library.ListBooksAsync(new ListBooksRequest());
        await CreateBooksAsync(6);
        var first = await Library.ListBooksAsync(new ListBooksRequest { PageSize = 3 });
        var last = await Library.ListBooksAsync(new ListBooksRequest { PageSize = 3, PageToken = first.NextPageToken });

        Assert.Equal((0, string.Empty), (empty.Books.Count, empty.NextPageToken));
        Assert.NotEqual(string.Empty, first.NextPageToken);
        Assert.Equal(new[] { "book-03", "book-04", "book-05" }, last.Books.Select(b => b.Name));
        Assert.Equal(string.Empty, last.NextPageToken);
    }

    [Fact]
    public async Task Listing_by_key_neither_skips_nor_repeats_when_books_are_deleted_or_created_between_pages()
    {
        await CreateBooksAsync(6);
        var first = await Library.ListBooksAsync(new ListBooksRequest { PageSize = 2 });
        await Library.DeleteBookAsync(new DeleteBookRequest { Name = "book-01" });
        await Library.DeleteBookAsync(new DeleteBookRequest { Name = "book-02" });
        await Library.CreateBookAsync(new CreateBookRequest { BookId = "book-00a", Book = new Book() });
        var second = await Library.ListBooksAsync(new ListBooksRequest { PageSize = 2, PageToken = first.NextPageToken });

        Assert.Equal(new[] { "book-00", "book-01" }, first.Books.Select(b => b.Name));
        Assert.Equal(new[] { "book-03", "book-04" }, second.Books.Select(b => b.Name));
    }

    [Fact]
    public async Task A_forged_altered_foreign_or_rebound_page_token_is_invalid_argument()
    {
        await CreateBooksAsync(6);
        var token = (await Library.ListBooksAsync(new ListBooksRequest { PageSize = 2, Filter = "a" })).NextPageToken;
        var altered = token.ToCharArray();
        altered[3] = altered[3] == 'A' ? 'B' : 'A';
        var otherInstance = new ProtoGuardPageTokens();
        var foreign = otherInstance.Encode("/library.v1.LibraryService/ListBooks", new ListBooksRequest { Filter = "a" }.ToByteArray(), "book-01");
        var otherMethod = new ProtoGuardPageTokens().Encode("/myservice.v1.UserService/ListUsers", Array.Empty<byte>(), "book-01");
        var bytes = Convert.FromBase64String(Pad(token.Replace('-', '+').Replace('_', '/')));
        bytes[0] = 2;
        var otherFormat = Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        var rejected = new List<string>();
        foreach ((var what, var request) in new[]
        {
            ("the guide's offset", new ListBooksRequest { PageSize = 2, Filter = "a", PageToken = "2" }),
            ("altered", new ListBooksRequest { PageSize = 2, Filter = "a", PageToken = new string(altered) }),
            ("another filter", new ListBooksRequest { PageSize = 2, Filter = "b", PageToken = token }),
            ("another server instance", new ListBooksRequest { PageSize = 2, Filter = "a", PageToken = foreign }),
            ("another method", new ListBooksRequest { PageSize = 2, Filter = "a", PageToken = otherMethod }),
            ("another token format", new ListBooksRequest { PageSize = 2, Filter = "a", PageToken = otherFormat }),
        })
        {
            var error = await Assert.ThrowsAsync<RpcException>(async () => await Library.ListBooksAsync(request));
            Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
            Assert.Equal("page_token is not a token this server issued for this request (it must come from the previous response, with the other request fields unchanged)", error.Status.Detail);
            rejected.Add(what);
        }

        Assert.Equal(6, rejected.Count);
        var resized = await Library.ListBooksAsync(new ListBooksRequest { PageSize = 3, Filter = "a", PageToken = token });
        Assert.Equal(new[] { "book-02", "book-03", "book-04" }, resized.Books.Select(b => b.Name));
    }

    [Fact]
    public async Task Update_with_a_mask_changes_only_the_masked_fields_and_refreshes_update_time_and_etag()
    {
        var created = await Library.CreateBookAsync(new CreateBookRequest { Book = new Book { Name = "b1", Title = "Old", Author = "A", Tags = { "x" } } });
        var later = LoopbackServer.FixedNow.AddMinutes(5);
        _server.Library.Clock = () => later;

        var updated = await Library.UpdateBookAsync(new UpdateBookRequest
        {
            Book = new Book { Name = "b1", Title = "New", Author = "ignored", CreateTime = Timestamp.FromDateTimeOffset(later) },
            UpdateMask = FieldMask.FromString("title"),
        });

        Assert.Equal(("New", "A", "x"), (updated.Title, updated.Author, updated.Tags.Single()));
        Assert.Equal(Now, updated.CreateTime);
        Assert.Equal(Timestamp.FromDateTimeOffset(later), updated.UpdateTime);
        Assert.NotEqual(created.Etag, updated.Etag);
        Assert.Equal(updated, await Library.GetBookAsync(new GetBookRequest { Name = "b1" }));
    }

    [Fact]
    public async Task Update_without_a_mask_copies_the_populated_fields_and_star_replaces_everything()
    {
        await Library.CreateBookAsync(new CreateBookRequest { Book = new Book { Name = "b1", Title = "Old", Author = "A", Details = new Details { Pages = 10 } } });

        var populated = await Library.UpdateBookAsync(new UpdateBookRequest { Book = new Book { Name = "b1", Title = "New" } });
        var replaced = await Library.UpdateBookAsync(new UpdateBookRequest { Book = new Book { Name = "b1", Title = "Only" }, UpdateMask = FieldMask.FromString("*") });

        Assert.Equal(("New", "A", 10), (populated.Title, populated.Author, populated.Details.Pages));
        Assert.Equal(("Only", string.Empty, (Details?)null), (replaced.Title, replaced.Author, replaced.Details));
        Assert.Equal(Now, replaced.CreateTime);
    }

    [Fact]
    public async Task Update_with_an_invalid_path_is_invalid_argument_and_changes_nothing()
    {
        await Library.CreateBookAsync(new CreateBookRequest { Book = new Book { Name = "b1", Title = "Old" } });

        var error = await Assert.ThrowsAsync<RpcException>(async () => await Library.UpdateBookAsync(new UpdateBookRequest
        {
            Book = new Book { Name = "b1", Title = "New" },
            UpdateMask = new FieldMask { Paths = { "title", "subtitle" } },
        }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith("Invalid field mask path 'subtitle' for library.v1.Book; valid paths: name, title, author, tags, create_time, update_time, etag, details", error.Status.Detail);
        Assert.Equal("Old", (await Library.GetBookAsync(new GetBookRequest { Name = "b1" })).Title);
    }

    [Fact]
    public async Task Update_of_a_missing_book_is_not_found_unless_allow_missing_creates_it()
    {
        var missing = await Assert.ThrowsAsync<RpcException>(async () =>
            await Library.UpdateBookAsync(new UpdateBookRequest { Book = new Book { Name = "b9", Title = "T" }, UpdateMask = FieldMask.FromString("title") }));
        var created = await Library.UpdateBookAsync(new UpdateBookRequest { Book = new Book { Name = "b9", Title = "T" }, AllowMissing = true });

        Assert.Equal((StatusCode.NotFound, "Book 'b9' not found"), (missing.StatusCode, missing.Status.Detail));
        Assert.Equal(("b9", "T", Now), (created.Name, created.Title, created.CreateTime));
        Assert.Equal(1, _server.Library.BookStore.Count);
    }

    [Fact]
    public async Task Update_with_a_stale_etag_is_aborted_and_without_the_resource_or_key_invalid_argument()
    {
        var created = await Library.CreateBookAsync(new CreateBookRequest { Book = new Book { Name = "b1", Title = "Old" } });
        await Library.UpdateBookAsync(new UpdateBookRequest { Book = new Book { Name = "b1", Title = "Newer", Etag = created.Etag }, UpdateMask = FieldMask.FromString("title") });

        var stale = await Assert.ThrowsAsync<RpcException>(async () =>
            await Library.UpdateBookAsync(new UpdateBookRequest { Book = new Book { Name = "b1", Title = "Lost", Etag = created.Etag }, UpdateMask = FieldMask.FromString("title") }));
        var noBook = await Assert.ThrowsAsync<RpcException>(async () => await Library.UpdateBookAsync(new UpdateBookRequest()));
        var noKey = await Assert.ThrowsAsync<RpcException>(async () => await Library.UpdateBookAsync(new UpdateBookRequest { Book = new Book { Title = "T" } }));

        Assert.Equal((StatusCode.Aborted, "Book 'b1' has changed: etag \"1\" is not the current \"2\""), (stale.StatusCode, stale.Status.Detail));
        Assert.Equal((StatusCode.InvalidArgument, "book is required"), (noBook.StatusCode, noBook.Status.Detail));
        Assert.Equal((StatusCode.InvalidArgument, "book.name is required"), (noKey.StatusCode, noKey.Status.Detail));
        Assert.Equal("Newer", (await Library.GetBookAsync(new GetBookRequest { Name = "b1" })).Title);
    }

    [Fact]
    public async Task Delete_removes_the_book_and_a_missing_one_is_not_found_unless_allow_missing()
    {
        await Library.CreateBookAsync(new CreateBookRequest { Book = new Book { Name = "b1" } });

        var deleted = await Library.DeleteBookAsync(new DeleteBookRequest { Name = "b1" });
        var gone = await Assert.ThrowsAsync<RpcException>(async () => await Library.GetBookAsync(new GetBookRequest { Name = "b1" }));
        var again = await Assert.ThrowsAsync<RpcException>(async () => await Library.DeleteBookAsync(new DeleteBookRequest { Name = "b1" }));
        var allowed = await Library.DeleteBookAsync(new DeleteBookRequest { Name = "b1", AllowMissing = true });

        Assert.Equal(new Empty(), deleted);
        Assert.Equal(StatusCode.NotFound, gone.StatusCode);
        Assert.Equal((StatusCode.NotFound, "Book 'b1' not found"), (again.StatusCode, again.Status.Detail));
        Assert.Equal(new Empty(), allowed);
    }

    [Fact]
    public async Task Delete_with_a_stale_etag_is_aborted_and_keeps_the_book()
    {
        var created = await Library.CreateBookAsync(new CreateBookRequest { Book = new Book { Name = "b1" } });

        var stale = await Assert.ThrowsAsync<RpcException>(async () => await Library.DeleteBookAsync(new DeleteBookRequest { Name = "b1", Etag = "\"99\"" }));
        await Library.DeleteBookAsync(new DeleteBookRequest { Name = "b1", Etag = created.Etag });

        Assert.Equal((StatusCode.Aborted, "Book 'b1' has changed: etag \"99\" is not the current \"1\""), (stale.StatusCode, stale.Status.Detail));
        Assert.Equal(0, _server.Library.BookStore.Count);
    }

    [Fact]
    public async Task A_second_resource_of_the_service_is_created_from_the_request_itself_and_deleted_returning_it()
    {
        var created = await Library.CreateShelfAsync(new Shelf { Id = "s1", Genre = "poetry" });
        var deleted = await Library.DeleteShelfAsync(new DeleteShelfRequest { Id = "s1" });
        var missing = await Assert.ThrowsAsync<RpcException>(async () => await Library.GetShelfAsync(new GetShelfRequest { Id = "s1" }));

        Assert.Equal(new Shelf { Id = "s1", Genre = "poetry" }, created);
        Assert.Equal(created, deleted);
        Assert.Equal((StatusCode.NotFound, "Shelf 's1' not found"), (missing.StatusCode, missing.Status.Detail));
    }

    [Fact]
    public async Task Batch_create_creates_every_book_of_the_stream_and_returns_them()
    {
        using var call = Library.BatchCreateBooks();
        await call.RequestStream.WriteAsync(new CreateBookRequest { BookId = "b2", Book = new Book { Title = "Two" } });
        await call.RequestStream.WriteAsync(new CreateBookRequest { Book = new Book { Name = "b1", Title = "One" } });
        await call.RequestStream.CompleteAsync();
        var response = await call;

        Assert.Equal(new[] { "b2", "b1" }, response.Books.Select(b => b.Name));
        Assert.Equal(new[] { "b1", "b2" }, (await Library.ListBooksAsync(new ListBooksRequest())).Books.Select(b => b.Name));
    }

    [Fact]
    public async Task Bulk_create_counts_and_a_duplicate_in_the_stream_creates_nothing()
    {
        await _server.UserClient.CreateUserAsync(new CreateUserRequest { User = new User { Id = "taken" } });
        using (var ok = _server.UserClient.BulkCreateUsers())
        {
            await ok.RequestStream.WriteAsync(new CreateUserRequest { User = new User { Email = "a@example.com" } });
            await ok.RequestStream.WriteAsync(new CreateUserRequest { User = new User { Email = "b@example.com" } });
            await ok.RequestStream.CompleteAsync();
            Assert.Equal(2, (await ok).Created);
        }

        using var duplicate = _server.UserClient.BulkCreateUsers();
        await duplicate.RequestStream.WriteAsync(new CreateUserRequest { User = new User { Id = "new" } });
        await duplicate.RequestStream.WriteAsync(new CreateUserRequest { User = new User { Id = "taken" } });
        await duplicate.RequestStream.CompleteAsync();
        var error = await Assert.ThrowsAsync<RpcException>(async () => await duplicate);

        Assert.Equal((StatusCode.AlreadyExists, "User 'taken' already exists (or is in the stream twice); none of the 2 User resources was created"), (error.StatusCode, error.Status.Detail));
        Assert.Equal(3, _server.Users.UserStore.Count);
        Assert.Null(_server.Users.UserStore.Get("new"));
    }

    [Fact]
    public async Task Watch_streams_created_updated_and_deleted_events_in_commit_order_and_ends_when_the_client_cancels()
    {
        using var cancellation = new CancellationTokenSource();
        using var watch = Library.WatchBooks(new WatchBooksRequest(), cancellationToken: cancellation.Token);
        await WaitUntilAsync(() => _server.Library.BookStore.WatcherCount == 1);

        await Library.CreateBookAsync(new CreateBookRequest { Book = new Book { Name = "b1", Title = "One" } });
        await Library.UpdateBookAsync(new UpdateBookRequest { Book = new Book { Name = "b1", Title = "Two" }, UpdateMask = FieldMask.FromString("title") });
        await Library.DeleteBookAsync(new DeleteBookRequest { Name = "b1" });

        var events = new List<(BookEventType, string, string)>();
        while (events.Count < 3 && await watch.ResponseStream.MoveNext(CancellationToken.None))
        {
            events.Add((watch.ResponseStream.Current.Type, watch.ResponseStream.Current.Book.Name, watch.ResponseStream.Current.Book.Title));
        }

        cancellation.Cancel();
        var ended = await Assert.ThrowsAsync<RpcException>(async () => await watch.ResponseStream.MoveNext(CancellationToken.None));
        await WaitUntilAsync(() => _server.Library.BookStore.WatcherCount == 0);

        Assert.Equal(
            new[] { (BookEventType.Created, "b1", "One"), (BookEventType.Updated, "b1", "Two"), (BookEventType.Deleted, "b1", "Two") },
            events);
        Assert.Equal(StatusCode.Cancelled, ended.StatusCode);
    }

    [Fact]
    public async Task Watch_ends_with_deadline_exceeded_and_closes_its_watcher()
    {
        using var watch = Library.WatchBooks(new WatchBooksRequest(), deadline: DateTime.UtcNow.AddMilliseconds(300));

        var ended = await Assert.ThrowsAsync<RpcException>(async () => await watch.ResponseStream.MoveNext(CancellationToken.None));
        await WaitUntilAsync(() => _server.Library.BookStore.WatcherCount == 0);

        Assert.Equal(StatusCode.DeadlineExceeded, ended.StatusCode);
    }

    [Fact]
    public async Task A_watcher_that_falls_behind_gets_resource_exhausted_after_the_buffered_events_and_writers_never_wait()
    {
        using var watch = Library.WatchBooks(new WatchBooksRequest());
        await WaitUntilAsync(() => _server.Library.BookStore.WatcherCount == 1);

        // One batch commits 1,000 changes under one lock: far more than the buffer of 4 before the watcher can drain it.
        using (var batch = Library.BatchCreateBooks())
        {
            for (var i = 0; i < 1000; i++)
            {
                await batch.RequestStream.WriteAsync(new CreateBookRequest { BookId = $"b{i:D4}", Book = new Book() });
            }

            await batch.RequestStream.CompleteAsync();
            Assert.Equal(1000, (await batch).Books.Count);
        }

        var received = new List<string>();
        var ended = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            while (await watch.ResponseStream.MoveNext(CancellationToken.None))
            {
                received.Add(watch.ResponseStream.Current.Book.Name);
            }
        });

        Assert.Equal(StatusCode.ResourceExhausted, ended.StatusCode);
        Assert.Equal("WatchBooks: the watcher fell more than 4 changes behind and was closed; changes after the ones delivered were not sent. List the resources again and start a new watch.", ended.Status.Detail);
        Assert.InRange(received.Count, 4, 999);
        Assert.Equal(Enumerable.Range(0, received.Count).Select(i => $"b{i:D4}"), received);
        Assert.Equal(0, _server.Library.BookStore.WatcherCount);
    }

    [Fact]
    public async Task Methods_that_are_not_recognized_stay_unimplemented()
    {
        var move = await Assert.ThrowsAsync<RpcException>(async () => await Library.MoveBookAsync(new MoveBookRequest { Name = "b1" }));
        using var watchUsers = _server.UserClient.WatchUsers(new WatchUsersRequest());
        var watch = await Assert.ThrowsAsync<RpcException>(async () => await watchUsers.ResponseStream.MoveNext(CancellationToken.None));

        Assert.Equal(StatusCode.Unimplemented, move.StatusCode);
        Assert.Equal(StatusCode.Unimplemented, watch.StatusCode);
    }

    private static string Pad(string base64) => base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');

    /// <summary>Polls a condition the server reaches asynchronously (a handler starting or returning); fails after 10 s.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    private async Task<List<string>> CreateBooksAsync(int count)
    {
        var names = new List<string>();
        for (var i = count - 1; i >= 0; i--)
        {
            var book = await Library.CreateBookAsync(new CreateBookRequest { BookId = $"book-{i:D2}", Book = new Book { Title = $"Title {i}" } });
            names.Insert(0, book.Name);
        }

        return names;
    }
}
