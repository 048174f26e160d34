using System.Collections.Concurrent;
using Google.Protobuf;
using Grpc.Core;

namespace ProtoGuard.Generators.Tests.Fakes;

/// <summary>
/// A <see cref="CallInvoker"/> that answers unary calls from a function after an optional delay, and records every
/// call: request, deadline, start time, cancellation token, whether it was disposed or saw its cancellation.
/// Cancellation surfaces as grpc-dotnet reports it: <see cref="RpcException"/> with <see cref="StatusCode.Cancelled"/>.
/// </summary>
internal sealed class FakeCallInvoker : CallInvoker
{
    private readonly Func<IMessage, IMessage> _respond;
    private readonly ConcurrentQueue<RecordedCall> _calls = new();
    private int _callCount;

    public FakeCallInvoker(Func<IMessage, IMessage> respond, TimeSpan delay = default)
    {
        _respond = respond;
        Delay = delay;
    }

    public TimeSpan Delay { get; }

    /// <summary>The delay of the first call only, when it should differ from <see cref="Delay"/>.</summary>
    public TimeSpan? FirstCallDelay { get; init; }

    public IReadOnlyList<RecordedCall> Calls => _calls.ToArray();

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
    {
        var call = Record(method, options, request);
        return new AsyncUnaryCall<TResponse>(
            RespondAsync<TResponse>(call, options.CancellationToken),
            Task.FromResult(new Metadata()),
            () => Status.DefaultSuccess,
            () => new Metadata(),
            () => call.Disposed = true);
    }

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
    {
        var call = Record(method, options, request);
        try
        {
            return RespondAsync<TResponse>(call, options.CancellationToken).GetAwaiter().GetResult();
        }
        finally
        {
            call.Disposed = true;
        }
    }

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
        => throw new NotSupportedException();

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options)
        => throw new NotSupportedException();

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options)
        => throw new NotSupportedException();

    private RecordedCall Record<TRequest, TResponse>(Method<TRequest, TResponse> method, CallOptions options, TRequest request)
        where TRequest : class
        where TResponse : class
    {
        var call = new RecordedCall(Interlocked.Increment(ref _callCount) - 1, method.FullName, (IMessage)request, options.Headers, options.Deadline, DateTime.UtcNow, options.CancellationToken);
        _calls.Enqueue(call);
        return call;
    }

    private async Task<TResponse> RespondAsync<TResponse>(RecordedCall call, CancellationToken cancellationToken)
    {
        try
        {
            var delay = call.Index == 0 && FirstCallDelay.HasValue ? FirstCallDelay.Value : Delay;
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, cancellationToken);
            }

            cancellationToken.ThrowIfCancellationRequested();
        }
        catch (OperationCanceledException)
        {
            call.SawCancellation = true;
            throw new RpcException(new Status(StatusCode.Cancelled, "Call canceled by the client."));
        }

        return (TResponse)_respond(call.Request);
    }
}

internal sealed class RecordedCall
{
    public RecordedCall(int index, string method, IMessage request, Metadata? headers, DateTime? deadline, DateTime startedAtUtc, CancellationToken cancellationToken)
    {
        Index = index;
        Method = method;
        Request = request;
        Headers = headers;
        Deadline = deadline;
        StartedAtUtc = startedAtUtc;
        CancellationToken = cancellationToken;
    }

    public int Index { get; }

    public string Method { get; }

    public IMessage Request { get; }

    public Metadata? Headers { get; }

    public DateTime? Deadline { get; }

    public DateTime StartedAtUtc { get; }

    public CancellationToken CancellationToken { get; }

    public volatile bool Disposed;

    public volatile bool SawCancellation;
}
