using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.CSharp;

public sealed class PG3014FieldMaskMergeWithoutOptionsTests
{
    private static string Caller(string body) => $$"""
        using Google.Protobuf.WellKnownTypes;
        using Users.V1;

        class Updater
        {
            void Apply(UpdateUserRequest request, User existing, FieldMask.MergeOptions options)
            {
                {{body}}
            }
        }
        """;

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new GrpcAnalyzerTest<PG3014FieldMaskMergeWithoutOptions>(source, expected);
        UserServiceTestSources.AddTo(test.TestState);
        return test.RunAsync();
    }

    [Theory]
    [InlineData("request.UpdateMask.{|#0:Merge|}(request.User, existing);")]
    [InlineData("FieldMask.FromString(\"display_name\").{|#0:Merge|}(request.User, existing);")]
    [InlineData("request.UpdateMask?.{|#0:Merge|}(request.User, existing);")]
    public async Task Reports_MergeWithoutOptions(string body) =>
        await VerifyAsync(Caller(body), GrpcAnalyzerTest<PG3014FieldMaskMergeWithoutOptions>.Diagnostic().WithLocation(0).WithArguments("FieldMask.Merge"));

    [Theory]
    [InlineData("request.UpdateMask.Merge(request.User, existing, options);")]
    [InlineData("request.UpdateMask.Merge(request.User, existing, new FieldMask.MergeOptions { ReplaceRepeatedFields = true });")]
    [InlineData("existing.MergeFrom(request.User);")]
    public async Task DoesNotReport_MergeWithOptionsOrOtherMerges(string body) =>
        await VerifyAsync(Caller(body));

    [Fact]
    public async Task DoesNotReport_LookalikeMergeMethods() =>
        await VerifyAsync("""
            class FieldMask
            {
                public void Merge(object source, object destination) { }
            }

            class Updater
            {
                void Apply(FieldMask mask) => mask.Merge(new object(), new object());
            }
            """);
}
