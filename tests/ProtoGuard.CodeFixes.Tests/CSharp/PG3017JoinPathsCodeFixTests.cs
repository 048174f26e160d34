using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.CodeFixes.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.CodeFixes.Tests.CSharp;

public sealed class PG3017JoinPathsCodeFixTests
{
    private static string Caller(string body) => $$"""
        using Google.Protobuf.WellKnownTypes;
        using Users.V1;

        class Caller
        {
            void Run(UpdateUserRequest request, FieldMask mask)
            {
                {{body}}
            }
        }
        """;

    private static DiagnosticResult Expected(int location, string text, string mask) =>
        GrpcCodeFixTest<PG3017FieldMaskToStringAsPaths, PG3017JoinPathsCodeFix>.Diagnostic().WithLocation(location).WithArguments(text, mask);

    private static Task VerifyAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new GrpcCodeFixTest<PG3017FieldMaskToStringAsPaths, PG3017JoinPathsCodeFix>(source, fixedSource, expected);
        UserServiceTestSources.AddTo(test.TestState);
        UserServiceTestSources.AddTo(test.FixedState);
        return test.RunAsync();
    }

    [Theory]
    [InlineData("var paths = {|#0:request.UpdateMask.ToString()|}.Split(',');", "var paths = string.Join(\",\", request.UpdateMask.Paths).Split(',');", "request.UpdateMask.ToString()", "request.UpdateMask")]
    [InlineData("var length = {|#0:$\"{mask}\"|}.Length;", "var length = string.Join(\",\", mask.Paths).Length;", "$\"{mask}\"", "mask")]
    [InlineData("var copy = FieldMask.FromString({|#0:(mask ?? new FieldMask()).ToString()|});", "var copy = FieldMask.FromString(string.Join(\",\", (mask ?? new FieldMask()).Paths));", "(mask ?? new FieldMask()).ToString()", "(mask ?? new FieldMask())")]
    [InlineData("var copy = FieldMask.FromString({|#0:$\"{mask ?? new FieldMask()}\"|});", "var copy = FieldMask.FromString(string.Join(\",\", (mask ?? new FieldMask()).Paths));", "$\"{mask ?? new FieldMask()}\"", "(mask ?? new FieldMask())")]
    public async Task JoinsThePaths(string body, string fixedBody, string text, string mask) =>
        await VerifyAsync(Caller(body), Caller(fixedBody), Expected(0, text, mask));

    [Fact]
    public async Task FixAll_JoinsEveryMask() =>
        await VerifyAsync(
            Caller("var a = {|#0:mask.ToString()|} == {|#1:request.UpdateMask.ToString()|};"),
            Caller("var a = string.Join(\",\", mask.Paths) == string.Join(\",\", request.UpdateMask.Paths);"),
            Expected(0, "mask.ToString()", "mask"),
            Expected(1, "request.UpdateMask.ToString()", "request.UpdateMask"));
}
