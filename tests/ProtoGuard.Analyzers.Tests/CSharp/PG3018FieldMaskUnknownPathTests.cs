using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.CSharp;

public sealed class PG3018FieldMaskUnknownPathTests
{
    private const string UserFields = "id, display_name, avatar, age, active, role, score, tags, metadata, address, nickname, signature, level, title, thumbnail, rank, phone, email";

    private const string AddressFields = "city, postal_code";

    private static string Caller(string body) => $$"""
        using Google.Protobuf.WellKnownTypes;
        using Users.V1;

        class Caller
        {
            void Run(UpdateUserRequest request, ListUsersRequest list, FieldMask mask)
            {
                {{body}}
            }
        }
        """;

    private static DiagnosticResult Expected(int location, string path, string message, string valid) =>
        GrpcAnalyzerTest<PG3018FieldMaskUnknownPath>.Diagnostic().WithLocation(location).WithArguments(path, message, valid);

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new GrpcAnalyzerTest<PG3018FieldMaskUnknownPath>(source, expected);
        UserServiceTestSources.AddTo(test.TestState);
        return test.RunAsync();
    }

    [Theory]
    [InlineData("var m = FieldMask.FromString<User>({|#0:\"displayName\"|});", "displayName")]
    [InlineData("var m = FieldMask.FromString<User>({|#0:\"DisplayName\"|});", "DisplayName")]
    [InlineData("var m = FieldMask.FromString<User>({|#0:\"display_name,emial\"|});", "emial")]
    [InlineData("var m = FieldMask.FromStringEnumerable<User>(new[] { \"age\", {|#0:\"user.age\"|} });", "user.age")]
    [InlineData("request.UpdateMask = FieldMask.FromString({|#0:\"dispaly_name\"|});", "dispaly_name")]
    [InlineData("request.UpdateMask.Paths.Add({|#0:\"name\"|});", "name")]
    [InlineData("var r = new UpdateUserRequest { UpdateMask = new FieldMask { Paths = { \"age\", {|#0:\"created_at\"|} } } };", "created_at")]
    [InlineData("var r = new UpdateUserRequest { UpdateMask = FieldMask.FromString({|#0:\"role,roles\"|}) };", "roles")]
    public async Task Reports_UnknownTopLevelPaths(string body, string path) =>
        await VerifyAsync(Caller(body), Expected(0, path, "User", UserFields));

    [Fact]
    public async Task Reports_UnknownNestedPaths_WithTheNestedMessagesFields() =>
        await VerifyAsync(
            Caller("var m = FieldMask.FromString<User>({|#0:\"address.zip\"|});"),
            Expected(0, "address.zip", "Address", AddressFields));

    [Fact]
    public async Task Reports_EachUnknownPathOfALiteral() =>
        await VerifyAsync(
            Caller("var m = FieldMask.FromString<User>({|#0:\"nick,age,mail\"|});"),
            Expected(0, "nick", "User", UserFields),
            Expected(0, "mail", "User", UserFields));

    [Theory]
    [InlineData("var m = FieldMask.FromString<User>(\"display_name,age,address.postal_code,metadata,tags\");")]
    [InlineData("var m = FieldMask.FromString<User>(\"*\");")]
    [InlineData("var m = FieldMask.FromString<User>(\"title,rank,phone,email,nickname\");")]
    [InlineData("var m = FieldMask.FromStringEnumerable<User>(new[] { \"display_name\", \"address.city\" });")]
    [InlineData("request.UpdateMask = FieldMask.FromString(\"display_name\");")]
    [InlineData("request.UpdateMask.Paths.Add(\"postal_code\".Length > 0 ? \"age\" : \"role\");")]
    [InlineData("request.UpdateMask.Paths.Add(\"address.city\");")]
    [InlineData("var m = FieldMask.FromString(\"anything_goes\");")]
    [InlineData("mask.Paths.Add(\"anything_goes\");")]
    [InlineData("var m = FieldMask.FromString<ListUsersRequest>(\"page_size,page_token\");")]
    [InlineData("var m = FieldMask.FromString<User>(\"tags.whatever\");")]
    public async Task DoesNotReport_ValidOrUntargetedPaths(string body) =>
        await VerifyAsync(Caller(body));

    [Fact]
    public async Task DoesNotReport_MasksOfRequestsWithSeveralMessageFields() =>
        await VerifyNamingAsync("""
            class Caller
            {
                void Run(Naming.V1.MoveSectionRequest request) => request.UpdateMask.Paths.Add("city");
            }
            """);

    private const string DocumentFields = "descriptor, types, title, displayName, HTTPHeader, mainSection";

    /// <summary>
    /// Paths use the proto names as declared, which the descriptor protoc embeds gives exactly: <c>displayName</c> and
    /// <c>HTTPHeader</c> are fields of naming.proto's Document (inferring snake_case names from the C# properties
    /// reported them), and <c>descriptor</c> is the field behind <c>Descriptor_</c>.
    /// </summary>
    [Theory]
    [InlineData("var m = FieldMask.FromString<Document>(\"displayName,HTTPHeader,descriptor,types\");")]
    [InlineData("var m = FieldMask.FromString<Document>(\"mainSection.sectionTitle\");")]
    [InlineData("request.UpdateMask.Paths.Add(\"displayName\");")]
    public async Task DoesNotReport_ProtoNamesThatAreNotSnakeCase(string body) =>
        await VerifyNamingAsync(NamingCaller(body));

    [Theory]
    [InlineData("var m = FieldMask.FromString<Document>({|#0:\"display_name\"|});", "display_name", "Document", DocumentFields)]
    [InlineData("var m = FieldMask.FromString<Document>({|#0:\"descriptor_\"|});", "descriptor_", "Document", DocumentFields)]
    [InlineData("request.UpdateMask.Paths.Add({|#0:\"main_section\"|});", "main_section", "Document", DocumentFields)]
    [InlineData("var m = FieldMask.FromString<Document>({|#0:\"mainSection.section_title\"|});", "mainSection.section_title", "Section", "sectionTitle")]
    public async Task Reports_PathsThatDifferFromTheDeclaredProtoNames(string body, string path, string message, string valid) =>
        await VerifyNamingAsync(NamingCaller(body), Expected(0, path, message, valid));

    private static string NamingCaller(string body) => $$"""
        using Google.Protobuf.WellKnownTypes;
        using Naming.V1;

        class Caller
        {
            void Run(UpdateDocumentRequest request)
            {
                {{body}}
            }
        }
        """;

    private static Task VerifyNamingAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new GrpcAnalyzerTest<PG3018FieldMaskUnknownPath>(source, expected);
        test.TestState.Sources.Add(("/0/Naming.cs", GrpcTestSources.NamingMessages));
        return test.RunAsync();
    }
}
