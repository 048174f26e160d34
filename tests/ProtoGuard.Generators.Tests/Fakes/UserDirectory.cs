using Google.Protobuf;
using Myservice.V1;

namespace ProtoGuard.Generators.Tests.Fakes;

/// <summary>
/// The guide's Python <c>ListUsers</c> servicer: page size defaults to 50 and is capped at 100, the page token is the
/// start index, and next_page_token is empty on the last page.
/// </summary>
internal sealed class UserDirectory
{
    private readonly User[] _users;

    public UserDirectory(int count)
    {
        _users = Enumerable.Range(0, count)
            .Select(i => new User { Id = $"user-{i:D3}", Email = $"user{i}@example.com", DisplayName = $"User {i}" })
            .ToArray();
    }

    public IReadOnlyList<string> Ids => _users.Select(user => user.Id).ToArray();

    public IMessage Respond(IMessage message)
    {
        var request = (ListUsersRequest)message;
        var pageSize = Math.Min(request.PageSize == 0 ? 50 : request.PageSize, 100);
        var start = request.PageToken.Length == 0 ? 0 : int.Parse(request.PageToken, System.Globalization.CultureInfo.InvariantCulture);
        var response = new ListUsersResponse
        {
            NextPageToken = start + pageSize < _users.Length ? (start + pageSize).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty,
        };
        response.Users.AddRange(_users.Skip(start).Take(pageSize).Select(user => user.Clone()));
        return response;
    }

    public FakeCallInvoker Invoker(TimeSpan delay = default) => new(Respond, delay);
}
