using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.CodeFixes.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.CodeFixes.Tests.CSharp;

public sealed class PG3014AddMergeOptionsCodeFixTests
{
    private static string Caller(string usings, string body) => $$"""
        {{usings}}
        using Users.V1;

        class Updater
        {
            void Apply(UpdateUserRequest request, User existing, User other)
            {
                {{body}}
            }
        }
        """;

    private static DiagnosticResult Expected(int location) =>
        GrpcCodeFixTest<PG3014FieldMaskMergeWithoutOptions, PG3014AddMergeOptionsCodeFix>.Diagnostic().WithLocation(location).WithArguments("FieldMask.Merge");

    private static Task VerifyAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new GrpcCodeFixTest<PG3014FieldMaskMergeWithoutOptions, PG3014AddMergeOptionsCodeFix>(source, fixedSource, expected);
        UserServiceTestSources.AddTo(test.TestState);
        UserServiceTestSources.AddTo(test.FixedState);
        return test.RunAsync();
    }

    [Fact]
    public async Task AddsMergeOptions_WithTheShortTypeNameWhereImported() =>
        await VerifyAsync(
            Caller("using Google.Protobuf.WellKnownTypes;", "request.UpdateMask.{|#0:Merge|}(request.User, existing);"),
            Caller("using Google.Protobuf.WellKnownTypes;", "request.UpdateMask.Merge(request.User, existing, new FieldMask.MergeOptions { ReplaceRepeatedFields = true });"),
            Expected(0));

    [Fact]
    public async Task AddsMergeOptions_QualifiedWhereNotImported() =>
        await VerifyAsync(
            Caller("using System;", "request.UpdateMask.{|#0:Merge|}(request.User, existing);"),
            Caller("using System;", "request.UpdateMask.Merge(request.User, existing, new Google.Protobuf.WellKnownTypes.FieldMask.MergeOptions { ReplaceRepeatedFields = true });"),
            Expected(0));

    [Fact]
    public async Task FixAll_AddsMergeOptionsToEveryMerge() =>
        await VerifyAsync(
            Caller("using Google.Protobuf.WellKnownTypes;", "request.UpdateMask.{|#0:Merge|}(request.User, existing);\n        request.UpdateMask.{|#1:Merge|}(request.User, other);"),
            Caller("using Google.Protobuf.WellKnownTypes;", "request.UpdateMask.Merge(request.User, existing, new FieldMask.MergeOptions { ReplaceRepeatedFields = true });\n        request.UpdateMask.Merge(request.User, other, new FieldMask.MergeOptions { ReplaceRepeatedFields = true });"),
            Expected(0),
            Expected(1));
}
