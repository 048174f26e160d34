using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.CSharp;

public sealed class PG3013DefaultValueAsPresenceTests
{
    /// <summary>An UpdateUser handler (override of the generated service base) with <paramref name="body"/> in it.</summary>
    private static string Handler(string body) => $$"""
        using System;
        using System.Threading.Tasks;
        using Grpc.Core;
        using Users.V1;

        class UserServiceImpl : UserService.UserServiceBase
        {
            private readonly User existing = new User();

            public override Task<User> UpdateUser(UpdateUserRequest request, ServerCallContext context)
            {
                var req = request;
                {{body}}
                return Task.FromResult(existing);
            }
        }
        """;

    private static DiagnosticResult Expected(string field, string check, string defaultText) =>
        GrpcAnalyzerTest<PG3013DefaultValueAsPresence>.Diagnostic().WithLocation(0).WithArguments(field, check, defaultText);

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new GrpcAnalyzerTest<PG3013DefaultValueAsPresence>(source, expected);
        UserServiceTestSources.AddTo(test.TestState);
        return test.RunAsync();
    }

    [Theory]
    [InlineData("if ({|#0:req.User.DisplayName != \"\"|}) existing.DisplayName = req.User.DisplayName;", "User.DisplayName", "req.User.DisplayName != \"\"", "\"\"")]
    [InlineData("if ({|#0:\"\" != req.User.DisplayName|}) { existing.DisplayName = req.User.DisplayName; }", "User.DisplayName", "\"\" != req.User.DisplayName", "\"\"")]
    [InlineData("if ({|#0:req.User.DisplayName != string.Empty|}) existing.DisplayName = req.User.DisplayName;", "User.DisplayName", "req.User.DisplayName != string.Empty", "\"\"")]
    [InlineData("if ({|#0:!string.IsNullOrEmpty(req.User.DisplayName)|}) existing.DisplayName = req.User.DisplayName;", "User.DisplayName", "!string.IsNullOrEmpty(req.User.DisplayName)", "\"\"")]
    [InlineData("if ({|#0:!string.IsNullOrWhiteSpace(req.User.Id)|}) existing.Id = req.User.Id;", "User.Id", "!string.IsNullOrWhiteSpace(req.User.Id)", "\"\"")]
    [InlineData("if ({|#0:req.User.DisplayName.Length > 0|}) existing.DisplayName = req.User.DisplayName;", "User.DisplayName", "req.User.DisplayName.Length > 0", "\"\"")]
    [InlineData("if ({|#0:req.User.Age != 0|}) existing.Age = req.User.Age;", "User.Age", "req.User.Age != 0", "0")]
    [InlineData("if ({|#0:req.User.Age > 0|}) existing.Age = req.User.Age;", "User.Age", "req.User.Age > 0", "0")]
    [InlineData("if ({|#0:req.User.Score != 0.0|}) existing.Score = req.User.Score;", "User.Score", "req.User.Score != 0.0", "0")]
    [InlineData("if ({|#0:req.User.Role != UserRole.Unspecified|}) existing.Role = req.User.Role;", "User.Role", "req.User.Role != UserRole.Unspecified", "the zero enum value")]
    [InlineData("if ({|#0:req.User.Active|}) existing.Active = req.User.Active;", "User.Active", "req.User.Active", "false")]
    [InlineData("if ({|#0:!req.User.Avatar.IsEmpty|}) existing.Avatar = req.User.Avatar;", "User.Avatar", "!req.User.Avatar.IsEmpty", "empty bytes")]
    [InlineData("if (req.User != null && {|#0:req.User.DisplayName != \"\"|}) existing.DisplayName = req.User.DisplayName;", "User.DisplayName", "req.User.DisplayName != \"\"", "\"\"")]
    [InlineData("existing.DisplayName = {|#0:req.User.DisplayName != \"\"|} ? req.User.DisplayName : existing.DisplayName;", "User.DisplayName", "req.User.DisplayName != \"\"", "\"\"")]
    [InlineData("if ({|#0:req.User.Address.City != \"\"|}) { existing.Address ??= new Address(); existing.Address.City = req.User.Address.City; }", "Address.City", "req.User.Address.City != \"\"", "\"\"")]
    public async Task Reports_GuardedAssignmentsFromPresencelessFields(string body, string field, string check, string defaultText) =>
        await VerifyAsync(Handler(body), Expected(field, check, defaultText));

    [Theory]
    [InlineData("if (req.User.HasNickname) existing.Nickname = req.User.Nickname;")]
    [InlineData("if (req.User.Nickname != \"\") existing.Nickname = req.User.Nickname;")]
    [InlineData("if (req.User.Level != 0) existing.Level = req.User.Level;")]
    [InlineData("if (req.User.Title != null) existing.Title = req.User.Title;")]
    [InlineData("if (req.User.Rank != null) existing.Rank = req.User.Rank;")]
    [InlineData("if (req.User.Phone != \"\") existing.Phone = req.User.Phone;")]
    [InlineData("if (req.UpdateMask.Paths.Contains(\"display_name\")) existing.DisplayName = req.User.DisplayName;")]
    [InlineData("if (req.User.DisplayName != \"\") existing.Id = req.User.Id;")]
    [InlineData("if (req.User.DisplayName != \"\") existing.DisplayName = request.User.DisplayName.ToUpperInvariant();")]
    [InlineData("if (req.User.DisplayName == \"\") throw new RpcException(new Status(StatusCode.InvalidArgument, \"display_name is required\"));")]
    [InlineData("if (req.User.Age != 0) Console.WriteLine(req.User.Age);")]
    [InlineData("var name = req.User.DisplayName != \"\" ? req.User.DisplayName : \"anonymous\";")]
    [InlineData("if (req.User.Age != 5) existing.Age = req.User.Age;")]
    [InlineData("if (req.User.Age != 'a') existing.Age = req.User.Age;")]
    [InlineData("if (req.User.Score != 0.5f) existing.Score = req.User.Score;")]
    [InlineData("if (req.User.DisplayName != \"\") existing.DisplayName = req.User.DisplayName.Trim();")]
    public async Task DoesNotReport_PresenceAwareOrUnrelatedChecks(string body) =>
        await VerifyAsync(Handler(body));

    [Fact]
    public async Task DoesNotReport_OutsideGrpcHandlers() =>
        await VerifyAsync("""
            using Users.V1;

            class UserMapper
            {
                public static void Apply(User target, User patch)
                {
                    if (patch.DisplayName != "") target.DisplayName = patch.DisplayName;
                }
            }

            class NotAService
            {
                public virtual void UpdateUser(User target, User patch)
                {
                    if (patch.Age != 0) target.Age = patch.Age;
                }
            }
            """);

    [Fact]
    public async Task Reports_InEveryOverriddenServiceMethodKind() =>
        await VerifyAsync("""
            using System.Threading.Tasks;
            using Grpc.Core;
            using Users.V1;

            class UserServiceImpl : UserService.UserServiceBase
            {
                public override async Task WatchUsers(GetUserRequest request, IServerStreamWriter<User> responseStream, ServerCallContext context)
                {
                    var filter = new User();
                    if ({|#0:request.Id != ""|}) filter.Id = request.Id;
                    await responseStream.WriteAsync(filter);
                }
            }
            """,
            Expected("GetUserRequest.Id", "request.Id != \"\"", "\"\""));
}
