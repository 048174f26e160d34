using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.CSharp;

/// <summary>
/// The PG3007-PG3018 analyzers on code that is being typed: broken syntax and unresolved calls must neither throw
/// (an analyzer exception surfaces as AD0001, which fails the test) nor report.
/// </summary>
public sealed class ClientRulesRobustnessTests
{
    private const string BrokenSource = """
        using System;
        using System.Threading.Tasks;
        using Google.Protobuf.WellKnownTypes;
        using Greet;
        using Grpc.Core;
        using Grpc.Net.Client;
        using Users.V1;

        class UserServiceImpl : UserService.UserServiceBase
        {
            public override async Task<User> UpdateUser(UpdateUserRequest request, ServerCallContext context)
            {
                Greeter.GreeterClient client = null!;
                FieldMask mask = null!;
                GrpcChannelOptions options = null!;
                AsyncUnaryCall<HelloReply> pending = null!;
                client.SayHello(;
                var call = client.Chat(
                mask.Merge(request.User;
                var m = FieldMask.FromString<User>(;
                request.UpdateMask.Paths.Add(;
                if (request.User.DisplayName != ) { request.User.DisplayName = ; }
                if (request.User.Age != 0) request.User.Age = ;
                options.MaxReceiveMessageSize = ;
                var x = request.User.DisplayName == ;
                var y = mask.ToString(.Split(',');
                foreach (var a in new[] { "" }) { GrpcChannel.ForAddress(; }
                var z = pending.ResponseAsync.GetAwaiter().
                var w = request.User.Nosuchfield != null;
                await Task.Yield();
                return null!;
            }
        }
        """;

    public static TheoryData<string> Analyzers() => new()
    {
        nameof(PG3007UnboundedMessageSize),
        nameof(PG3008StreamingCallNotDisposed),
        nameof(PG3010BlockingGrpcCall),
        nameof(PG3011ChannelPerCall),
        nameof(PG3012NeverNullFieldComparedToNull),
        nameof(PG3013DefaultValueAsPresence),
        nameof(PG3014FieldMaskMergeWithoutOptions),
        nameof(PG3017FieldMaskToStringAsPaths),
        nameof(PG3018FieldMaskUnknownPath),
    };

    [Theory]
    [MemberData(nameof(Analyzers))]
    public async Task BrokenCode_NeitherThrowsNorReports(string analyzer) => await (analyzer switch
    {
        nameof(PG3007UnboundedMessageSize) => RunAsync<PG3007UnboundedMessageSize>(),
        nameof(PG3008StreamingCallNotDisposed) => RunAsync<PG3008StreamingCallNotDisposed>(),
        nameof(PG3010BlockingGrpcCall) => RunAsync<PG3010BlockingGrpcCall>(),
        nameof(PG3011ChannelPerCall) => RunAsync<PG3011ChannelPerCall>(),
        nameof(PG3012NeverNullFieldComparedToNull) => RunAsync<PG3012NeverNullFieldComparedToNull>(),
        nameof(PG3013DefaultValueAsPresence) => RunAsync<PG3013DefaultValueAsPresence>(),
        nameof(PG3014FieldMaskMergeWithoutOptions) => RunAsync<PG3014FieldMaskMergeWithoutOptions>(),
        nameof(PG3017FieldMaskToStringAsPaths) => RunAsync<PG3017FieldMaskToStringAsPaths>(),
        nameof(PG3018FieldMaskUnknownPath) => RunAsync<PG3018FieldMaskUnknownPath>(),
        _ => throw new ArgumentOutOfRangeException(nameof(analyzer), analyzer, null),
    });

    private static Task RunAsync<TAnalyzer>()
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new GrpcAnalyzerTest<TAnalyzer>(BrokenSource) { CompilerDiagnostics = CompilerDiagnostics.None };
        UserServiceTestSources.AddTo(test.TestState);
        return test.RunAsync();
    }
}
