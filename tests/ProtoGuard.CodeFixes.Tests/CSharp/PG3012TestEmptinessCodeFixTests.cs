using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.CodeFixes.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.CodeFixes.Tests.CSharp;

public sealed class PG3012TestEmptinessCodeFixTests
{
    private static string Caller(string body) => $$"""
        using Users.V1;

        class Caller
        {
            void Run(User user, ListUsersResponse response)
            {
                {{body}}
            }
        }
        """;

    private static DiagnosticResult Expected(int location, string field, string always, string replacement) =>
        GrpcCodeFixTest<PG3012NeverNullFieldComparedToNull, PG3012TestEmptinessCodeFix>.Diagnostic().WithLocation(location).WithArguments(field, always, replacement);

    private static Task VerifyAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new GrpcCodeFixTest<PG3012NeverNullFieldComparedToNull, PG3012TestEmptinessCodeFix>(source, fixedSource, expected);
        UserServiceTestSources.AddTo(test.TestState);
        UserServiceTestSources.AddTo(test.FixedState);
        return test.RunAsync();
    }

    [Theory]
    [InlineData("while ({|#0:response.NextPageToken != null|}) { break; }", "while (response.NextPageToken.Length != 0) { break; }", "ListUsersResponse.NextPageToken", "true", "response.NextPageToken.Length != 0")]
    [InlineData("var unset = {|#0:user.DisplayName is null|};", "var unset = user.DisplayName.Length == 0;", "User.DisplayName", "false", "user.DisplayName.Length == 0")]
    [InlineData("var set = {|#0:user.Avatar != null|};", "var set = !user.Avatar.IsEmpty;", "User.Avatar", "true", "!user.Avatar.IsEmpty")]
    [InlineData("var unset = {|#0:user.Nickname == null|} && true;", "var unset = !user.HasNickname && true;", "User.Nickname", "false", "!user.HasNickname")]
    [InlineData("var set = !({|#0:user.Phone is not null|});", "var set = !(user.HasPhone);", "User.Phone", "true", "user.HasPhone")]
    public async Task ReplacesTheNullCheck(string body, string fixedBody, string field, string always, string replacement) =>
        await VerifyAsync(Caller(body), Caller(fixedBody), Expected(0, field, always, replacement));

    [Fact]
    public async Task FixAll_ReplacesEveryNullCheck() =>
        await VerifyAsync(
            Caller("var a = {|#0:user.Id != null|} || {|#1:user.Avatar == null|};"),
            Caller("var a = user.Id.Length != 0 || user.Avatar.IsEmpty;"),
            Expected(0, "User.Id", "true", "user.Id.Length != 0"),
            Expected(1, "User.Avatar", "false", "user.Avatar.IsEmpty"));
}
