using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.CSharp;

/// <summary>
/// The analyzer runs without the generator here, so every helper is missing (CS1061/CS0117): PG4002 must explain only
/// the uses the generator cannot serve, and stay silent where it would generate the helper.
/// </summary>
public sealed class PG4002FieldMaskHelpersUnavailableTests
{
    private const string NotAMessage = "it is not a protobuf message class (Google.Protobuf.IMessage<T>); helpers are generated for Grpc.Tools messages only";

    private static string Caller(string body, string usings = "using Users.V1;") => $$"""
        using System.Text;
        using Google.Protobuf.WellKnownTypes;
        {{usings}}

        namespace App
        {
            class Caller
            {
                void Run(User user, StringBuilder builder, FieldMask mask)
                {
                    {{body}}
                }
            }
        }
        """;

    private static DiagnosticResult Expected(string member, string type, string reason) =>
        GrpcAnalyzerTest<PG4002FieldMaskHelpersUnavailable>.Diagnostic().WithLocation(0).WithArguments(member, type, reason);

    private static GrpcAnalyzerTest<PG4002FieldMaskHelpersUnavailable> Test(string source, params DiagnosticResult[] expected)
    {
        var test = new GrpcAnalyzerTest<PG4002FieldMaskHelpersUnavailable>(source, expected);
        UserServiceTestSources.AddTo(test.TestState);
        return test;
    }

    [Theory]
    [InlineData("builder.{|#0:{|CS1061:ApplyFieldMask|}|}(builder, mask);", "ApplyFieldMask")]
    [InlineData("var valid = StringBuilder.{|#0:{|CS0117:IsValidPath|}|}(\"a\");", "IsValidPath")]
    [InlineData("StringBuilder.{|#0:{|CS0117:ValidatePaths|}|}(mask);", "ValidatePaths")]
    public async Task Reports_HelperOnATypeThatIsNotAMessage(string body, string member) =>
        await Test(Caller(body), Expected(member, "System.Text.StringBuilder", NotAMessage)).RunAsync();

    [Fact]
    public async Task Reports_HelperWhenTheModeIsNone()
    {
        var test = Test(
            Caller("user.{|#0:{|CS1061:ApplyFieldMask|}|}(user, mask);"),
            Expected("ApplyFieldMask", "Users.V1.User", "ProtoGuardFieldMaskHelpers is 'none'; set it to 'auto' (the default) or 'all'"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ProtoGuardFieldMaskHelpers = None\n"));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("user.{|CS1061:ApplyFieldMask|}(user, mask);")]
    [InlineData("var paths = User.{|CS0117:FieldPaths|}.DisplayName;")]
    [InlineData("var mask2 = User.{|CS0117:ComputeFieldMask|}(user, user);")]
    public async Task DoesNotReport_HelpersTheGeneratorMakesForMessagesOfTheProject(string body) =>
        await Test(Caller(body)).RunAsync();

    [Fact]
    public async Task DoesNotReport_MembersOfOtherNames() =>
        await Test(Caller("builder.{|CS1061:ApplyMask|}(mask);")).RunAsync();

    [Theory]
    [InlineData("var valid = User.{|#0:{|CS0117:IsValidPath|}|}(\"age\");", "IsValidPath", "it comes from the referenced assembly 'Contracts', whose class cannot be extended; call 'UserFieldMask.IsValidPath'")]
    [InlineData("var diff = User.{|#0:{|CS0117:ComputeFieldMask|}|}(user, user);", "ComputeFieldMask", "it comes from the referenced assembly 'Contracts', whose class cannot be extended; call 'UserFieldMask.ComputeFieldMask'")]
    [InlineData("var path = User.{|#0:{|CS0117:FieldPaths|}|};", "FieldPaths", "it comes from the referenced assembly 'Contracts', whose class cannot be extended, and path constants need the descriptor at compile time; use 'UserFieldMask.IsValidPath' and the proto field names")]
    public async Task Reports_StaticHelpersOnMessagesOfReferencedAssemblies(string body, string member, string reason)
    {
        var test = new GrpcAnalyzerTest<PG4002FieldMaskHelpersUnavailable>(Caller(body), Expected(member, "Users.V1.User", reason));
        AddContracts(test);
        await test.RunAsync();
    }

    [Fact]
    public async Task Reports_ApplyFieldMaskOfAReferencedMessageWithoutItsNamespace()
    {
        var test = new GrpcAnalyzerTest<PG4002FieldMaskHelpersUnavailable>(
            Caller("user.{|#0:{|CS1061:ApplyFieldMask|}|}(user, mask);", usings: "using User = Users.V1.User;"),
            Expected("ApplyFieldMask", "Users.V1.User", "for a message of a referenced assembly it is an extension method in namespace 'Users.V1'; add 'using Users.V1;'"));
        AddContracts(test);
        await test.RunAsync();
    }

    /// <summary>users.proto's classes in a referenced project named Contracts.</summary>
    private static void AddContracts(GrpcAnalyzerTest<PG4002FieldMaskHelpersUnavailable> test)
    {
        test.TestState.AdditionalProjects["Contracts"].Sources.Add(("/1/Users.cs", UserServiceTestSources.Messages));
        test.TestState.AdditionalProjectReferences.Add("Contracts");
    }
}
