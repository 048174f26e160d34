using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.CSharp;

public sealed class PG3007UnboundedMessageSizeTests
{
    /// <summary>
    /// The members of Grpc.AspNetCore.Server and the legacy Grpc.Core package that the rule looks at, declared with their
    /// real names and shapes: referencing the real packages would pull the ASP.NET Core shared framework (and native
    /// gRPC) into every test compilation. The analyzer finds the types by metadata name either way.
    /// </summary>
    private const string Stubs = """
        namespace Grpc.AspNetCore.Server
        {
            public class GrpcServiceOptions
            {
                public int? MaxReceiveMessageSize { get; set; }
                public int? MaxSendMessageSize { get; set; }
            }

            public class GrpcServiceOptions<TService> : GrpcServiceOptions where TService : class { }
        }

        namespace Grpc.Core
        {
            public sealed class ChannelOption
            {
                public ChannelOption(string name, int intValue) { }
                public ChannelOption(string name, string stringValue) { }
            }

            public static class ChannelOptions
            {
                public const string MaxReceiveMessageLength = "grpc.max_receive_message_length";
                public const string MaxSendMessageLength = "grpc.max_send_message_length";
            }
        }
        """;

    private static string Configure(string body) => $$"""
        using System;
        using Grpc.AspNetCore.Server;
        using Grpc.Core;
        using Grpc.Net.Client;

        class Setup
        {
            void Run(GrpcChannelOptions channelOptions, GrpcServiceOptions serviceOptions, GrpcServiceOptions<Greet.Greeter.GreeterBase> typedOptions, int configured, int? maybe)
            {
                {{body}}
            }
        }
        """;

    private static DiagnosticResult Expected(string element, string value, string max = "16777216") =>
        GrpcAnalyzerTest<PG3007UnboundedMessageSize>.Diagnostic().WithLocation(0).WithArguments(element, value, max);

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) => Test(source, expected).RunAsync();

    private static GrpcAnalyzerTest<PG3007UnboundedMessageSize> Test(string source, params DiagnosticResult[] expected)
    {
        var test = new GrpcAnalyzerTest<PG3007UnboundedMessageSize>(source, expected);
        test.TestState.Sources.Add(("/0/Stubs.cs", Stubs));
        return test;
    }

    [Theory]
    [InlineData("{|#0:channelOptions.MaxReceiveMessageSize = null|};", "GrpcChannelOptions.MaxReceiveMessageSize", "null (no limit)")]
    [InlineData("{|#0:channelOptions.MaxSendMessageSize = null|};", "GrpcChannelOptions.MaxSendMessageSize", "null (no limit)")]
    [InlineData("{|#0:channelOptions.MaxReceiveMessageSize = default|};", "GrpcChannelOptions.MaxReceiveMessageSize", "null (no limit)")]
    [InlineData("{|#0:channelOptions.MaxReceiveMessageSize = (int?)null|};", "GrpcChannelOptions.MaxReceiveMessageSize", "null (no limit)")]
    [InlineData("{|#0:channelOptions.MaxReceiveMessageSize = int.MaxValue|};", "GrpcChannelOptions.MaxReceiveMessageSize", "int.MaxValue (no limit)")]
    [InlineData("{|#0:channelOptions.MaxReceiveMessageSize = 100 * 1024 * 1024|};", "GrpcChannelOptions.MaxReceiveMessageSize", "104857600 bytes")]
    [InlineData("{|#0:serviceOptions.MaxReceiveMessageSize = null|};", "GrpcServiceOptions.MaxReceiveMessageSize", "null (no limit)")]
    [InlineData("{|#0:serviceOptions.MaxSendMessageSize = int.MaxValue|};", "GrpcServiceOptions.MaxSendMessageSize", "int.MaxValue (no limit)")]
    [InlineData("{|#0:typedOptions.MaxReceiveMessageSize = null|};", "GrpcServiceOptions.MaxReceiveMessageSize", "null (no limit)")]
    [InlineData("var options = new GrpcChannelOptions { {|#0:MaxReceiveMessageSize = null|} };", "GrpcChannelOptions.MaxReceiveMessageSize", "null (no limit)")]
    [InlineData("var channel = GrpcChannel.ForAddress(\"https://localhost\", new() { {|#0:MaxSendMessageSize = 20_000_000|} });", "GrpcChannelOptions.MaxSendMessageSize", "20000000 bytes")]
    [InlineData("Action<GrpcServiceOptions> configure = o => {|#0:o.MaxReceiveMessageSize = null|};", "GrpcServiceOptions.MaxReceiveMessageSize", "null (no limit)")]
    public async Task Reports_UnboundedOrOversizedProperties(string body, string element, string value) =>
        await VerifyAsync(Configure(body), Expected(element, value));

    [Theory]
    [InlineData("var option = {|#0:new ChannelOption(ChannelOptions.MaxReceiveMessageLength, -1)|};", "ChannelOption grpc.max_receive_message_length", "-1 (no limit)")]
    [InlineData("var option = {|#0:new ChannelOption(\"grpc.max_send_message_length\", -1)|};", "ChannelOption grpc.max_send_message_length", "-1 (no limit)")]
    [InlineData("var option = {|#0:new ChannelOption(ChannelOptions.MaxSendMessageLength, int.MaxValue)|};", "ChannelOption grpc.max_send_message_length", "int.MaxValue (no limit)")]
    [InlineData("var option = {|#0:new ChannelOption(ChannelOptions.MaxReceiveMessageLength, 64 * 1024 * 1024)|};", "ChannelOption grpc.max_receive_message_length", "67108864 bytes")]
    public async Task Reports_GrpcCoreChannelOptions(string body, string element, string value) =>
        await VerifyAsync(Configure(body), Expected(element, value));

    [Theory]
    [InlineData("channelOptions.MaxReceiveMessageSize = 4 * 1024 * 1024;")]
    [InlineData("channelOptions.MaxReceiveMessageSize = 16 * 1024 * 1024;")]
    [InlineData("serviceOptions.MaxSendMessageSize = 1024;")]
    [InlineData("channelOptions.MaxReceiveMessageSize = configured;")]
    [InlineData("channelOptions.MaxReceiveMessageSize = maybe;")]
    [InlineData("var option = new ChannelOption(ChannelOptions.MaxReceiveMessageLength, 8 * 1024 * 1024);")]
    [InlineData("var option = new ChannelOption(ChannelOptions.MaxReceiveMessageLength, configured);")]
    [InlineData("var option = new ChannelOption(\"grpc.keepalive_time_ms\", -1);")]
    [InlineData("var option = new ChannelOption(\"grpc.primary_user_agent\", \"-1\");")]
    [InlineData("var size = channelOptions.MaxReceiveMessageSize; var same = size == null;")]
    public async Task DoesNotReport_ExplicitBoundedOrUnknownLimits(string body) =>
        await VerifyAsync(Configure(body));

    [Fact]
    public async Task DoesNotReport_LookalikePropertiesOnOtherTypes() =>
        await VerifyAsync("""
            class KestrelLikeOptions
            {
                public int? MaxReceiveMessageSize { get; set; }
                public long? MaxSendMessageSize { get; set; }
            }

            class ChannelOption
            {
                public ChannelOption(string name, int value) { }
            }

            class Setup
            {
                void Run(KestrelLikeOptions options)
                {
                    options.MaxReceiveMessageSize = null;
                    options.MaxSendMessageSize = long.MaxValue;
                    var option = new ChannelOption("grpc.max_receive_message_length", -1);
                }
            }
            """);

    [Theory]
    [InlineData("100000000", "{|#0:channelOptions.MaxReceiveMessageSize = 100_000_001|};", "100000001 bytes")]
    [InlineData("1048576", "{|#0:channelOptions.MaxReceiveMessageSize = 4 * 1024 * 1024|};", "4194304 bytes")]
    [InlineData("3000000000", "{|#0:channelOptions.MaxReceiveMessageSize = int.MaxValue|};", "int.MaxValue (no limit)")]
    public async Task MaxBytesOption_SetsTheCap(string maxBytes, string body, string value) =>
        await Test(Configure(body), Expected("GrpcChannelOptions.MaxReceiveMessageSize", value, maxBytes))
            .WithEditorConfig("dotnet_diagnostic.PG3007.max_bytes = " + maxBytes)
            .RunAsync();

    [Theory]
    [InlineData("100000000", "channelOptions.MaxReceiveMessageSize = 64 * 1024 * 1024;")]
    [InlineData("2147483646", "channelOptions.MaxReceiveMessageSize = 2147483646;")]
    public async Task MaxBytesOption_AllowsLimitsUpToTheCap(string maxBytes, string body) =>
        await Test(Configure(body)).WithEditorConfig("dotnet_diagnostic.PG3007.max_bytes = " + maxBytes).RunAsync();

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("16MB")]
    public async Task MaxBytesOption_FallsBackToTheDefault_WhenInvalid(string maxBytes) =>
        await Test(Configure("{|#0:channelOptions.MaxReceiveMessageSize = 20_000_000|};"), Expected("GrpcChannelOptions.MaxReceiveMessageSize", "20000000 bytes"))
            .WithEditorConfig("dotnet_diagnostic.PG3007.max_bytes = " + maxBytes)
            .RunAsync();
}
