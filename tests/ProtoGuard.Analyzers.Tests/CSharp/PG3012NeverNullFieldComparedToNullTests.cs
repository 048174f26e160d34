using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.CSharp;

public sealed class PG3012NeverNullFieldComparedToNullTests
{
    private static string Caller(string body) => $$"""
        using System;
        using Google.Protobuf;
        using Users.V1;

        class Caller
        {
            void Run(User user, ListUsersResponse response, UpdateUserRequest request)
            {
                {{body}}
            }
        }
        """;

    private static DiagnosticResult Expected(string field, string always, string replacement) =>
        GrpcAnalyzerTest<PG3012NeverNullFieldComparedToNull>.Diagnostic().WithLocation(0).WithArguments(field, always, replacement);

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new GrpcAnalyzerTest<PG3012NeverNullFieldComparedToNull>(source, expected);
        UserServiceTestSources.AddTo(test.TestState);
        return test.RunAsync();
    }

    [Theory]
    [InlineData("while ({|#0:response.NextPageToken != null|}) { break; }", "ListUsersResponse.NextPageToken", "true", "response.NextPageToken.Length != 0")]
    [InlineData("var unset = {|#0:user.DisplayName == null|};", "User.DisplayName", "false", "user.DisplayName.Length == 0")]
    [InlineData("var unset = {|#0:null == user.Id|};", "User.Id", "false", "user.Id.Length == 0")]
    [InlineData("var unset = {|#0:user.DisplayName is null|};", "User.DisplayName", "false", "user.DisplayName.Length == 0")]
    [InlineData("var set = {|#0:user.DisplayName is not null|};", "User.DisplayName", "true", "user.DisplayName.Length != 0")]
    [InlineData("var set = {|#0:request.User.Address.City != null|};", "Address.City", "true", "request.User.Address.City.Length != 0")]
    [InlineData("var set = {|#0:user.Avatar != null|};", "User.Avatar", "true", "!user.Avatar.IsEmpty")]
    [InlineData("var unset = {|#0:user.Avatar is null|};", "User.Avatar", "false", "user.Avatar.IsEmpty")]
    [InlineData("var set = {|#0:user.Nickname != null|};", "User.Nickname", "true", "user.HasNickname")]
    [InlineData("var unset = {|#0:user.Nickname == null|};", "User.Nickname", "false", "!user.HasNickname")]
    [InlineData("var set = {|#0:user.Signature != null|};", "User.Signature", "true", "user.HasSignature")]
    [InlineData("var set = {|#0:user.Phone != null|};", "User.Phone", "true", "user.HasPhone")]
    [InlineData("var set = {|#0:(object)user.DisplayName != null|};", "User.DisplayName", "true", "user.DisplayName.Length != 0")]
    public async Task Reports_NullChecksOnNeverNullFields(string body, string field, string always, string replacement) =>
        await VerifyAsync(Caller(body), Expected(field, always, replacement));

    [Fact]
    public async Task Reports_InsideThePartialMessageClass() =>
        await VerifyAsync("""
            namespace Users.V1
            {
                public sealed partial class ListUsersResponse
                {
                    public bool HasMore => {|#0:NextPageToken != null|};
                }
            }
            """,
            Expected("ListUsersResponse.NextPageToken", "true", "NextPageToken.Length != 0"));

    [Theory]
    [InlineData("var set = user.Title != null;")]
    [InlineData("var unset = user.Title is null;")]
    [InlineData("var set = user.Thumbnail != null;")]
    [InlineData("var set = user.Rank != null;")]
    [InlineData("var set = user.Level != 0;")]
    [InlineData("var set = request.User != null;")]
    [InlineData("var set = user.Address is not null;")]
    [InlineData("var set = response?.NextPageToken != null;")]
    [InlineData("var more = response.NextPageToken.Length != 0 && !string.IsNullOrEmpty(user.DisplayName);")]
    [InlineData("var token = response.NextPageToken ?? \"\";")]
    [InlineData("var same = user.DisplayName == user.Id;")]
    [InlineData("var empty = user.Avatar == ByteString.Empty;")]
    public async Task DoesNotReport_NullableFieldsAndMeaningfulChecks(string body) =>
        await VerifyAsync(Caller(body));

    /// <summary>A project reference (as in one solution) exposes the generated code as source: wrappers are recognized.</summary>
    [Fact]
    public async Task MessagesFromAProjectReference_AreClassifiedLikeSource()
    {
        var test = new GrpcAnalyzerTest<PG3012NeverNullFieldComparedToNull>(
            Caller("var a = {|#0:response.NextPageToken != null|}; var b = user.Title != null;"),
            Expected("ListUsersResponse.NextPageToken", "true", "response.NextPageToken.Length != 0"));
        UserServiceTestSources.AddTo(test.TestState.AdditionalProjects["Contracts"]);
        test.TestState.AdditionalProjectReferences.Add("Contracts");
        await test.RunAsync();
    }

    /// <summary>
    /// A compiled assembly (a NuGet contracts package): metadata does not show the private wrapper codec, so a string
    /// or bytes field without HasXxx may be a wrapper and is not reported; optional and oneof fields (HasXxx) still are.
    /// </summary>
    [Fact]
    public async Task MessagesFromACompiledAssembly_ReportOnlyFieldsWithHasProperty()
    {
        var test = new GrpcAnalyzerTest<PG3012NeverNullFieldComparedToNull>(
            Caller("var a = response.NextPageToken != null; var b = user.Title != null; var c = {|#0:user.Nickname != null|};"),
            Expected("User.Nickname", "true", "user.HasNickname"));
        test.TestState.AdditionalReferences.Add(await CompileContractsAsync());
        await test.RunAsync();
    }

    private static async Task<MetadataReference> CompileContractsAsync()
    {
        var references = await GrpcTestSources.ReferenceAssemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create(
            "Contracts",
            new[] { CSharpSyntaxTree.ParseText(UserServiceTestSources.Messages), CSharpSyntaxTree.ParseText(UserServiceTestSources.Service) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    [Fact]
    public async Task DoesNotReport_LookalikePropertiesOnNonMessages() =>
        await VerifyAsync("""
            class Page
            {
                public const int NextPageTokenFieldNumber = 2;
                public string? NextPageToken { get; set; }
            }

            class Caller
            {
                bool Run(Page page) => page.NextPageToken != null;
            }
            """);

    /// <summary>
    /// A wrapper field named like a member protoc declares in every message gets a "_" suffix (<c>descriptor</c> →
    /// <c>Descriptor_</c>): it is still a wrapper, null when unset, so a null check is right. The field facts come from
    /// the descriptor protoc embeds, with protoc's own naming; a simplified name mapping missed the suffix and reported it.
    /// </summary>
    [Theory]
    [InlineData("var set = document.Descriptor_ != null;")]
    [InlineData("var unset = document.Types_ is null;")]
    public async Task DoesNotReport_WrapperFieldsWhosePropertyNameProtocSuffixed(string body) =>
        await VerifyNamingAsync(NamingCaller(body));

    [Fact]
    public async Task Reports_ImplicitFieldsNextToSuffixedWrappers() =>
        await VerifyNamingAsync(
            NamingCaller("var set = {|#0:document.DisplayName != null|};"),
            Expected("Document.DisplayName", "true", "document.DisplayName.Length != 0"));

    private static string NamingCaller(string body) => $$"""
        using Naming.V1;

        class Caller
        {
            void Run(Document document)
            {
                {{body}}
            }
        }
        """;

    private static Task VerifyNamingAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new GrpcAnalyzerTest<PG3012NeverNullFieldComparedToNull>(source, expected);
        test.TestState.Sources.Add(("/0/Naming.cs", GrpcTestSources.NamingMessages));
        return test.RunAsync();
    }
}
