using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.CodeFixes.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.CodeFixes.Tests.CSharp;

public sealed class PG3017JoinPathsCodeFixTests
{
    private static string Caller(string body, string usings = "") => $$"""
        {{usings}}
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

    /// <summary>
    /// The reported shape: <c>mask.ToString().Split(',')</c> becomes the paths themselves, in the form the context needs
    /// (a <c>string[]</c> where the split result is used as one), never <c>string.Join(",", mask.Paths).Split(',')</c>.
    /// </summary>
    [Theory]
    [InlineData("var paths = {|#0:mask.ToString()|}.Split(',');", "var paths = global::System.Linq.Enumerable.ToArray(mask.Paths);", "")]
    [InlineData("var paths = {|#0:mask.ToString()|}.Split(',');", "var paths = mask.Paths.ToArray();", "using System.Linq;")]
    [InlineData("string[] paths = {|#0:mask.ToString()|}.Split(\",\");", "string[] paths = mask.Paths.ToArray();", "using System.Linq;")]
    [InlineData("var count = {|#0:mask.ToString()|}.Split(',').Length;", "var count = global::System.Linq.Enumerable.ToArray(mask.Paths).Length;", "")]
    [InlineData("foreach (var path in {|#0:mask.ToString()|}.Split(',')) { _ = path.Length; }", "foreach (var path in mask.Paths) { _ = path.Length; }", "")]
    [InlineData("System.Collections.Generic.IEnumerable<string> paths = {|#0:mask.ToString()|}.Split(',', System.StringSplitOptions.RemoveEmptyEntries);", "System.Collections.Generic.IEnumerable<string> paths = mask.Paths;", "")]
    [InlineData("var paths = {|#0:mask.ToString()|}.Split(',').ToList();", "var paths = mask.Paths.ToList();", "using System.Linq;")]
    [InlineData("var hasName = {|#0:mask.ToString()|}.Contains(\"name\");", "var hasName = mask.Paths.Contains(\"name\");", "")]
    public async Task UsesThePaths(string body, string fixedBody, string usings) =>
        await VerifyAsync(Caller(body, usings), Caller(fixedBody, usings), Expected(0, "mask.ToString()", "mask"));

    [Theory]
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
