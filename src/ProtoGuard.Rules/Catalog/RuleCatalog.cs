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

    public static readonly RuleDescriptor UnboundedMessageSize = new(
        RuleIdentifiers.UnboundedMessageSize,
        title: "gRPC message size limit is unbounded or too large",
        messageFormat: "'{0}' is set to {1}; set an explicit limit of at most {2} bytes and stream larger payloads",
        RuleCategory.MessageSize,
        RuleSeverity.Warning,
        description: "gRPC buffers a whole message in memory before it is deserialized (receive) or sent (send). grpc-dotnet's default receive limit is 4 MB; null, int.MaxValue or Grpc.Core's -1 remove the limit, so one large or hostile message can exhaust the process's memory. Keep an explicit limit and stream payloads that do not fit.");

    public static readonly RuleDescriptor StreamingCallNotDisposed = new(
        RuleIdentifiers.StreamingCallNotDisposed,
        title: "gRPC streaming call is never disposed",
        messageFormat: "The streaming call '{0}' returned by '{1}' is never disposed; declare it with 'using'",
        RuleCategory.Streaming,
        RuleSeverity.Warning,
        description: "Disposing a streaming call (AsyncServerStreamingCall, AsyncClientStreamingCall, AsyncDuplexStreamingCall) cancels it if it is still running and releases its HTTP/2 stream. A call that is never disposed keeps the stream, the connection slot and the server's work alive until the server ends it, which for a stream may be never.",
        hasCodeFix: true);

    public static readonly RuleDescriptor BlockingGrpcCall = new(
        RuleIdentifiers.BlockingGrpcCall,
        title: "Blocking wait on a gRPC call",
        messageFormat: "'{0}' blocks the thread until the gRPC call completes; use 'await {1}' instead",
        RuleCategory.Usage,
        RuleSeverity.Warning,
        description: ".Result, .Wait() and .GetAwaiter().GetResult() on an AsyncUnaryCall or its ResponseAsync/ResponseHeadersAsync, and the synchronous generated client method inside an async method, block a thread-pool thread for the whole round trip. Under load this starves the thread pool (and deadlocks where a synchronization context is present). Await the asynchronous call instead.",
        hasCodeFix: true);

    public static readonly RuleDescriptor ChannelPerCall = new(
        RuleIdentifiers.ChannelPerCall,
        title: "GrpcChannel created per call",
        messageFormat: "'GrpcChannel.{0}' creates a new channel {1}; create the channel once and reuse it (a singleton or the gRPC client factory)",
        RuleCategory.Usage,
        RuleSeverity.Warning,
        description: "A GrpcChannel owns its HTTP/2 connections: creating one per call or per request pays a TCP and TLS handshake every time, defeats connection reuse and load balancing, and leaks sockets when the channel is not disposed. Channels are thread-safe and meant to be long-lived: create one per address and share it, or register clients with AddGrpcClient.");

    public static readonly RuleDescriptor NeverNullFieldComparedToNull = new(
        RuleIdentifiers.NeverNullFieldComparedToNull,
        title: "Protobuf string or bytes field compared to null",
        messageFormat: "'{0}' is never null, so this comparison is always {1}; use '{2}' instead",
        RuleCategory.Presence,
        RuleSeverity.Warning,
        description: "Google.Protobuf never returns null for a string or bytes field (implicit presence, optional or oneof): an unset field reads as \"\" or ByteString.Empty, and the setters reject null. A null check on such a field is constant: 'while (response.NextPageToken != null)' never ends. Test for the empty value, or HasXxx for optional and oneof fields. Only wrapper fields (google.protobuf.StringValue, BytesValue) are null when unset.",
        hasCodeFix: true);

    public static readonly RuleDescriptor DefaultValueAsPresence = new(
        RuleIdentifiers.DefaultValueAsPresence,
        title: "Default value used to detect whether a field was set",
        messageFormat: "'{0}' has no presence, so '{1}' cannot tell an unset field from one set to {2}; make the field 'optional', use a wrapper type, or apply the request's update_mask",
        RuleCategory.Presence,
        RuleSeverity.Info,
        description: "A proto3 scalar field without 'optional' (and outside a oneof) is not serialized when it holds its default value: the server cannot tell 'the client did not send it' from 'the client set it to 0, \"\" or false'. Copying a request field only when it differs from the default makes it impossible to clear the field or set it to zero. Declare the field 'optional' (then test HasXxx), use a wrapper type, or follow AIP-134 and let the update_mask say which fields to change.");

    public static readonly RuleDescriptor FieldMaskMergeWithoutOptions = new(
        RuleIdentifiers.FieldMaskMergeWithoutOptions,
        title: "FieldMask.Merge without MergeOptions",
        messageFormat: "'{0}' without MergeOptions appends repeated fields instead of replacing them and silently skips '*' and unknown paths; pass 'new FieldMask.MergeOptions {{ ReplaceRepeatedFields = true }}' and validate the mask first",
        RuleCategory.FieldMask,
        RuleSeverity.Warning,
        description: "Google.Protobuf's FieldMask.Merge(source, destination) uses default MergeOptions: a path naming a repeated field appends the source's elements to the destination's (AIP-134 says replace), '*' does nothing, unknown paths are ignored without an error, and map paths throw InvalidCastException. Pass MergeOptions with ReplaceRepeatedFields = true, reject invalid masks (FieldMask.IsValid<T>) with INVALID_ARGUMENT, and handle '*' yourself.",
        hasCodeFix: true);

    public static readonly RuleDescriptor FieldMaskToStringAsPaths = new(
        RuleIdentifiers.FieldMaskToStringAsPaths,
        title: "FieldMask.ToString() used as a path list",
        messageFormat: "'{0}' is the FieldMask's diagnostic JSON (a quoted, camelCase string), not its paths; use 'string.Join(\",\", {1}.Paths)'",
        RuleCategory.FieldMask,
        RuleSeverity.Warning,
        description: "FieldMask.ToString(), string interpolation and string concatenation of a FieldMask return JsonFormatter's diagnostic form: a JSON string literal, quotes included, with every path converted to lowerCamelCase (paths display_name and age give \"displayName,age\" with the quotes), or a JSON object with a warning when a path cannot be converted. Parsing it, comparing it or sending it as a path list gives wrong paths. Use the Paths collection, or string.Join(\",\", mask.Paths).",
        hasCodeFix: true);

    public static readonly RuleDescriptor FieldMaskUnknownPath = new(
        RuleIdentifiers.FieldMaskUnknownPath,
        title: "FieldMask path names no field of the message",
        messageFormat: "FieldMask path '{0}' names no field of '{1}'; valid paths: {2}",
        RuleCategory.FieldMask,
        RuleSeverity.Warning,
        description: "A FieldMask path written as a string literal must name a field of the target message by its proto name (snake_case, dot-separated for nested messages). A misspelled or C#-cased path ('displayName', 'DisplayName') throws in FieldMask.FromString<T>, is ignored by FieldMask.Merge, and makes an AIP-134 server reject the request with INVALID_ARGUMENT.");

    /// <summary>Every rule, ordered by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = new[]
    {
        SyntaxError,
        EnumZeroValueUnspecified,
        ClientCallWithoutDeadline,
        DeadlineNotUtc,
        UnboundedMessageSize,
        StreamingCallNotDisposed,
        BlockingGrpcCall,
        ChannelPerCall,
        NeverNullFieldComparedToNull,
        DefaultValueAsPresence,
        FieldMaskMergeWithoutOptions,
        FieldMaskToStringAsPaths,
        FieldMaskUnknownPath,
    }.OrderBy(rule => rule.Id, System.StringComparer.Ordinal).ToArray();

    private static readonly Dictionary<string, RuleDescriptor> ById = All.ToDictionary(rule => rule.Id, System.StringComparer.Ordinal);

    /// <summary>The rule with the given id, or null.</summary>
    public static RuleDescriptor? Find(string id) => ById.TryGetValue(id, out var rule) ? rule : null;
}
