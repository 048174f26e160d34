using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.CSharp;

public sealed class PG3017FieldMaskToStringAsPathsTests
{
    private static string Caller(string body) => $$"""
        using System;
        using Google.Protobuf.WellKnownTypes;
        using Users.V1;

        class Caller
        {
            void Run(UpdateUserRequest request, FieldMask mask, ListUsersRequest list)
            {
                {{body}}
            }
        }
        """;

    private static DiagnosticResult Expected(string text, string mask) =>
        GrpcAnalyzerTest<PG3017FieldMaskToStringAsPaths>.Diagnostic().WithLocation(0).WithArguments(text, mask);

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new GrpcAnalyzerTest<PG3017FieldMaskToStringAsPaths>(source, expected);
        UserServiceTestSources.AddTo(test.TestState);
        return test.RunAsync();
    }

    [Theory]
    [InlineData("var paths = {|#0:request.UpdateMask.ToString()|}.Split(',');", "request.UpdateMask.ToString()", "request.UpdateMask")]
    [InlineData("var named = {|#0:mask.ToString()|}.Contains(\"display_name\");", "mask.ToString()", "mask")]
    [InlineData("var length = {|#0:$\"{mask}\"|}.Length;", "$\"{mask}\"", "mask")]
    [InlineData("var same = {|#0:mask.ToString()|} == \"display_name\";", "mask.ToString()", "mask")]
    [InlineData("var copy = FieldMask.FromString({|#0:mask.ToString()|});", "mask.ToString()", "mask")]
    [InlineData("var copy = string.Equals({|#0:mask.ToString()|}, \"age\");", "mask.ToString()", "mask")]
    [InlineData("request.UpdateMask.Paths.Add({|#0:mask.ToString()|});", "mask.ToString()", "mask")]
    [InlineData("list.PageToken = {|#0:mask.ToString()|};", "mask.ToString()", "mask")]
    [InlineData("var parts = ({|#0:mask.ToString()|}).Split(',');", "mask.ToString()", "mask")]
    public async Task Reports_DiagnosticTextUsedAsPaths(string body, string text, string mask) =>
        await VerifyAsync(Caller(body), Expected(text, mask));

    [Theory]
    [InlineData("Console.WriteLine(mask.ToString());")]
    [InlineData("Console.WriteLine($\"Updating {mask}\");")]
    [InlineData("var message = \"mask: \" + mask;")]
    [InlineData("var text = mask.ToString();")]
    [InlineData("throw new ArgumentException($\"{mask}\");")]
    [InlineData("var paths = string.Join(\",\", mask.Paths).Split(',');")]
    [InlineData("var named = mask.Paths.Contains(\"display_name\");")]
    [InlineData("var text = request.ToString().Split(',');")]
    public async Task DoesNotReport_DiagnosticUsesAndPathAccess(string body) =>
        await VerifyAsync(Caller(body));
}
