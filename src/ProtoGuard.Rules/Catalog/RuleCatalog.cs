using System.Collections.Generic;
using System.Linq;

namespace ProtoGuard.Rules.Catalog;

/// <summary>The rule catalog: one <see cref="RuleDescriptor"/> per rule id.</summary>
public static class RuleCatalog
{
    public static readonly RuleDescriptor SyntaxError = new(
        RuleIdentifiers.SyntaxError,
        title: "The .proto file has a syntax error",
        messageFormat: "{0}",
        RuleCategory.Syntax,
        RuleSeverity.Error,
        description: "The file does not follow the protobuf language grammar; protoc will reject it. ProtoGuard reports every syntax error it can find and keeps checking the rest of the file.");

    public static readonly RuleDescriptor EnumZeroValueUnspecified = new(
        RuleIdentifiers.EnumZeroValueUnspecified,
        title: "The zero value of an enum must be named <ENUM>_UNSPECIFIED",
        messageFormat: "Enum value '{0}' is 0; name the zero value '{1}'",
        RuleCategory.Enums,
        RuleSeverity.Warning,
        description: "In proto3 the zero value is what every unset enum field reads as. When it is a real value (ADMIN, ACTIVE...), nobody can tell an unset field from one that was set on purpose. Reserve 0 for '<ENUM_NAME>_UNSPECIFIED' and give real values numbers from 1.",
        bufEquivalent: "ENUM_ZERO_VALUE_SUFFIX",
        apiLinterEquivalent: "core::0126::unspecified",
        hasCodeFix: true);

    public static readonly RuleDescriptor ClientCallWithoutDeadline = new(
        RuleIdentifiers.ClientCallWithoutDeadline,
        title: "gRPC client call without a deadline",
        messageFormat: "The call to '{0}' has no deadline; pass 'deadline:' or CallOptions with a deadline",
        RuleCategory.Deadlines,
        RuleSeverity.Warning,
        description: "grpc-dotnet sets no default deadline: a call to a server that hangs waits forever and holds its resources. Give every call a deadline (or CallOptions that carry one).",
        hasCodeFix: true);

    public static readonly RuleDescriptor DeadlineNotUtc = new(
        RuleIdentifiers.DeadlineNotUtc,
        title: "gRPC deadline is not a UTC DateTime",
        messageFormat: "The deadline '{0}' is not UTC; grpc-dotnet throws InvalidOperationException when the call starts; use DateTime.UtcNow",
        RuleCategory.Deadlines,
        RuleSeverity.Warning,
        description: "grpc-dotnet only accepts deadlines whose Kind is DateTimeKind.Utc (or DateTime.MaxValue/MinValue): a deadline built from DateTime.Now, DateTime.Today, a DateTime constructed without DateTimeKind.Utc or a parsed string makes every call fail with InvalidOperationException before anything is sent. Build deadlines from DateTime.UtcNow.",
        hasCodeFix: true);

    public static readonly RuleDescriptor HandlerCallWithoutPropagation = new(
        RuleIdentifiers.HandlerCallWithoutPropagation,
        title: "gRPC handler makes a client call without propagating its deadline or cancellation",
        messageFormat: "The call to '{0}' does not propagate the handler's deadline or cancellation; pass 'deadline: {1}.Deadline, cancellationToken: {1}.CancellationToken'",
        RuleCategory.Deadlines,
        RuleSeverity.Warning,
        description: "A server handler that calls another gRPC service should hand on its own deadline and cancellation (ServerCallContext.Deadline and CancellationToken): otherwise the downstream call keeps running after the caller gave up or its deadline passed, and the time budget of the whole chain is lost. Inside handlers this rule replaces PG3001 for calls that propagate neither.",
        hasCodeFix: true);

    public static readonly RuleDescriptor HandlerCallWithoutCancellation = new(
        RuleIdentifiers.HandlerCallWithoutCancellation,
        title: "gRPC handler does not pass its cancellation token to an async call",
        messageFormat: "The call to '{0}' does not pass the handler's cancellation token; pass '{1}.CancellationToken'",
        RuleCategory.Cancellation,
        RuleSeverity.Warning,
        description: "ServerCallContext.CancellationToken is cancelled when the client cancels, disconnects or its deadline passes. An async call in a handler that could take that token (an optional parameter or an overload) but does not keeps working, holding connections and memory, for a response nobody will read.",
        hasCodeFix: true);

    public static readonly RuleDescriptor StreamingLoopIgnoresCancellation = new(
        RuleIdentifiers.StreamingLoopIgnoresCancellation,
        title: "Streaming gRPC handler loop never observes cancellation",
        messageFormat: "This loop in the streaming handler '{0}' never observes cancellation; check '{1}.CancellationToken' in the loop or pass it to the awaited calls",
        RuleCategory.Cancellation,
        RuleSeverity.Warning,
        description: "A server-streaming or duplex handler that loops (polling, heartbeats, watching for changes) keeps running after the client has gone unless the loop looks at ServerCallContext.CancellationToken: the loop then holds its resources until a write happens to fail, or forever if it never writes.",
        hasCodeFix: true);

    public static readonly RuleDescriptor PropagationTokenOnAspNetCore = new(
        RuleIdentifiers.PropagationTokenOnAspNetCore,
        title: "CreatePropagationToken is not implemented on ASP.NET Core gRPC",
        messageFormat: "'{0}.CreatePropagationToken()' throws NotImplementedException on ASP.NET Core gRPC; pass '{0}.Deadline' and '{0}.CancellationToken' to the call, or use EnableCallContextPropagation() on the gRPC client factory",
        RuleCategory.Usage,
        RuleSeverity.Warning,
        description: "ServerCallContext.CreatePropagationToken() comes from the Grpc.Core server. The ASP.NET Core server (Grpc.AspNetCore.Server) does not implement it: the call throws NotImplementedException and the handler fails with an Unknown status. Pass the context's Deadline and CancellationToken to the outgoing call, or register the client with AddGrpcClient<T>().EnableCallContextPropagation().");

    public static readonly RuleDescriptor HandlerReturnsNull = new(
        RuleIdentifiers.HandlerReturnsNull,
        title: "gRPC handler returns a null response",
        messageFormat: "The handler '{0}' returns a null '{1}', which grpc-dotnet turns into an unclear error; throw an RpcException with a status such as NotFound instead",
        RuleCategory.Usage,
        RuleSeverity.Warning,
        description: "A protobuf response cannot be null. When a unary or client-streaming handler returns null (or a task of null), grpc-dotnet fails while serializing the response and the client gets StatusCode.Unknown or Internal with a message about the server, not about what was missing. Say what happened with an RpcException and a status: NotFound, InvalidArgument, FailedPrecondition...",
        hasCodeFix: true);

    public static readonly RuleDescriptor UpdateHandlerIgnoresFieldMask = new(
        RuleIdentifiers.UpdateHandlerIgnoresFieldMask,
        title: "Update handler ignores the request's FieldMask",
        messageFormat: "The update handler '{0}' never reads '{1}'; update only the fields the mask names (AIP-134)",
        RuleCategory.FieldMask,
        RuleSeverity.Warning,
        description: "An Update RPC whose request carries a google.protobuf.FieldMask promises a partial update (AIP-134): only the named fields change, an omitted mask means the populated fields, '*' means full replacement, and invalid paths are INVALID_ARGUMENT. A handler that never reads the mask overwrites every field, so a client that sends only a new display name erases the email, role and metadata it did not send.",
        apiLinterEquivalent: "core::0134::request-mask-required");

    public static readonly RuleDescriptor ListHandlerAcceptsNegativePageSize = new(
        RuleIdentifiers.ListHandlerAcceptsNegativePageSize,
        title: "List handler does not reject a negative page size",
        messageFormat: "The List handler '{0}' never rejects a negative '{1}'; throw an RpcException with StatusCode.InvalidArgument when it is below 0 (AIP-158)",
        RuleCategory.Pagination,
        RuleSeverity.Warning,
        description: "AIP-158: page_size 0 means the server's default, a value above the maximum is coerced, and a negative value is an error (INVALID_ARGUMENT). A List handler that never checks for negatives passes them on: Take(-5) throws deep in LINQ or the database driver, or a slice silently returns nothing, and the client gets Unknown or an empty page instead of a clear error.",
        hasCodeFix: true);

    /// <summary>Every rule, ordered by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = new[]
    {
        SyntaxError,
        EnumZeroValueUnspecified,
        ClientCallWithoutDeadline,
        DeadlineNotUtc,
        HandlerCallWithoutPropagation,
        HandlerCallWithoutCancellation,
        StreamingLoopIgnoresCancellation,
        PropagationTokenOnAspNetCore,
        HandlerReturnsNull,
        UpdateHandlerIgnoresFieldMask,
        ListHandlerAcceptsNegativePageSize,
    }.OrderBy(rule => rule.Id, System.StringComparer.Ordinal).ToArray();

    private static readonly Dictionary<string, RuleDescriptor> ById = All.ToDictionary(rule => rule.Id, System.StringComparer.Ordinal);

    /// <summary>The rule with the given id, or null.</summary>
    public static RuleDescriptor? Find(string id) => ById.TryGetValue(id, out var rule) ? rule : null;
}
