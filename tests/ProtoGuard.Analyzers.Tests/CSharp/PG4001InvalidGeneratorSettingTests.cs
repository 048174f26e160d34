using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.CSharp;

public sealed class PG4001InvalidGeneratorSettingTests
{
    private const string Source = "class Empty { }";

    private const string Proto = "syntax = \"proto3\";\nmessage Profile { string bio = 1; }\n";

    private static GrpcAnalyzerTest<PG4001InvalidGeneratorSetting> Test(string globalConfig, params DiagnosticResult[] expected)
    {
        var test = new GrpcAnalyzerTest<PG4001InvalidGeneratorSetting>(Source, expected);
        test.TestState.AdditionalFiles.Add(("/0/Protos/profile.proto", Proto));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        return test;
    }

    [Theory]
    [InlineData("al", "al")]
    [InlineData(" true ", "true")]
    [InlineData("everything", "everything")]
    public async Task Reports_AnInvalidProjectValue_WithoutALocation(string value, string shown) =>
        await Test(
            $"build_property.ProtoGuardFieldMaskHelpers = {value}\n",
            GrpcAnalyzerTest<PG4001InvalidGeneratorSetting>.Diagnostic().WithNoLocation().WithArguments("ProtoGuardFieldMaskHelpers", shown, "'all', 'auto' or 'none'", "auto")).RunAsync();

    [Fact]
    public async Task Reports_AnInvalidItemValue_AtTheStartOfItsProtoFile() =>
        await Test(
            "\n[/0/Protos/profile.proto]\nbuild_metadata.AdditionalFiles.ProtoGuardFieldMaskHelpers = nonee\n",
            GrpcAnalyzerTest<PG4001InvalidGeneratorSetting>.Diagnostic().WithSpan("/0/Protos/profile.proto", 1, 1, 1, 1).WithArguments("ProtoGuardFieldMaskHelpers of profile.proto", "nonee", "'all', 'auto' or 'none'", "auto")).RunAsync();

    [Theory]
    [InlineData("all")]
    [InlineData("Auto")]
    [InlineData(" NONE ")]
    [InlineData("")]
    public async Task DoesNotReport_ValidOrEmptyValues(string value) =>
        await Test(
            $"build_property.ProtoGuardFieldMaskHelpers = {value}\n\n[/0/Protos/profile.proto]\nbuild_metadata.AdditionalFiles.ProtoGuardFieldMaskHelpers = {value}\n").RunAsync();

    [Theory]
    [InlineData("usde", "usde")]
    [InlineData(" true ", "true")]
    [InlineData("auto", "auto")]
    public async Task Reports_AnInvalidPagedMethodsValue_WithoutALocation(string value, string shown) =>
        await Test(
            $"build_property.ProtoGuardPagedMethods = {value}\n",
            GrpcAnalyzerTest<PG4001InvalidGeneratorSetting>.Diagnostic().WithNoLocation().WithArguments("ProtoGuardPagedMethods", shown, "'all', 'used' or 'none'", "all")).RunAsync();

    [Fact]
    public async Task Reports_BothProperties_WhenBothAreInvalid() =>
        await Test(
            "build_property.ProtoGuardFieldMaskHelpers = al\nbuild_property.ProtoGuardPagedMethods = al\n",
            GrpcAnalyzerTest<PG4001InvalidGeneratorSetting>.Diagnostic().WithNoLocation().WithArguments("ProtoGuardFieldMaskHelpers", "al", "'all', 'auto' or 'none'", "auto"),
            GrpcAnalyzerTest<PG4001InvalidGeneratorSetting>.Diagnostic().WithNoLocation().WithArguments("ProtoGuardPagedMethods", "al", "'all', 'used' or 'none'", "all")).RunAsync();

    [Theory]
    [InlineData("all")]
    [InlineData("Used")]
    [InlineData(" NONE ")]
    [InlineData("")]
    public async Task DoesNotReport_ValidOrEmptyPagedMethodsValues(string value) =>
        await Test($"build_property.ProtoGuardPagedMethods = {value}\n").RunAsync();
}
