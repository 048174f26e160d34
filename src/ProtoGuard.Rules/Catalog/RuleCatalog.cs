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

    public static readonly RuleDescriptor UnresolvedImport = new(
        RuleIdentifiers.UnresolvedImport,
        title: "An import cannot be found",
        messageFormat: "{0}",
        RuleCategory.Linking,
        RuleSeverity.Error,
        description: "An 'import' names a file that is in none of the import roots (protoc's '-I' directories, or the project's Protobuf/AdditionalFiles items) and is not one of the well-known types that ship with protoc. Every type from that file is then unresolved too, so fix this first.");

    public static readonly RuleDescriptor UnresolvedType = new(
        RuleIdentifiers.UnresolvedType,
        title: "A type name does not resolve",
        messageFormat: "{0}",
        RuleCategory.Linking,
        RuleSeverity.Error,
        description: "A field type, map value type, extendee, or rpc request/response names a type that is not declared in the file or in a file it imports (directly, or through 'import public'). Names resolve like protoc: innermost scope first, and for a dotted name the first component decides the scope, after which the rest must be inside it. When the type exists in a file that is not imported, the message names that file.");

    public static readonly RuleDescriptor DuplicateSymbol = new(
        RuleIdentifiers.DuplicateSymbol,
        title: "A name is declared twice",
        messageFormat: "{0}",
        RuleCategory.Linking,
        RuleSeverity.Error,
        description: "Two declarations have the same fully-qualified name, across all linked files. Enum values follow C++ scoping: they are siblings of their enum, so two enums in the same package cannot both have a value 'UNKNOWN'. Also reported for an import listed twice.");

    public static readonly RuleDescriptor InvalidFieldNumber = new(
        RuleIdentifiers.InvalidFieldNumber,
        title: "A field number is out of range",
        messageFormat: "{0}",
        RuleCategory.Linking,
        RuleSeverity.Error,
        description: "Field, extension and range numbers must be between 1 and 536,870,911, and 19000-19999 is reserved for the protobuf implementation (protoc rejects them).");

    public static readonly RuleDescriptor DuplicateNumber = new(
        RuleIdentifiers.DuplicateNumber,
        title: "A number is used twice",
        messageFormat: "{0}",
        RuleCategory.Linking,
        RuleSeverity.Error,
        description: "Two fields of a message, or two values of an enum, have the same number. On the wire a field is only its number, so both would read each other's data. Enum values may share a number only with 'option allow_alias = true;'.");

    public static readonly RuleDescriptor ReservedConflict = new(
        RuleIdentifiers.ReservedConflict,
        title: "A field uses a reserved number or name",
        messageFormat: "{0}",
        RuleCategory.Linking,
        RuleSeverity.Error,
        description: "A field or enum value uses a number or name listed in a 'reserved' statement, or a field number that lies inside an extension range. Reserved numbers and names belong to deleted fields: reusing them makes old data and old clients misread the new field.");

    public static readonly RuleDescriptor InvalidRange = new(
        RuleIdentifiers.InvalidRange,
        title: "A reserved or extension range is invalid",
        messageFormat: "{0}",
        RuleCategory.Linking,
        RuleSeverity.Error,
        description: "A 'reserved' or 'extensions' range ends before it starts, or overlaps another range of the same message.");

    public static readonly RuleDescriptor Proto3Violation = new(
        RuleIdentifiers.Proto3Violation,
        title: "A proto3 rule is broken",
        messageFormat: "{0}",
        RuleCategory.Linking,
        RuleSeverity.Error,
        description: "proto3 files must follow its rules: the first enum value must be 0 (it is the default of every enum field), no 'default' values, no extension ranges, only options messages may be extended, and proto2 (closed) enums cannot be used in proto3 messages.");

    public static readonly RuleDescriptor InvalidOption = new(
        RuleIdentifiers.InvalidOption,
        title: "An option is invalid",
        messageFormat: "{0}",
        RuleCategory.Linking,
        RuleSeverity.Error,
        description: "An option name does not resolve (a misspelled built-in option, or a custom option whose file is not imported), is set twice, or gets a value of the wrong type. Options are interpreted like protoc does: built-in options are fields of descriptor.proto's '*Options' messages, custom options are extensions of them, and '{ ... }' values are text format.");

    public static readonly RuleDescriptor ImportCycle = new(
        RuleIdentifiers.ImportCycle,
        title: "Files import each other in a cycle",
        messageFormat: "{0}",
        RuleCategory.Linking,
        RuleSeverity.Error,
        description: "A file imports itself through a chain of imports. protoc rejects import cycles; ProtoGuard reports the cycle on the import that closes it and links the rest.");

    public static readonly RuleDescriptor InvalidTypeUsage = new(
        RuleIdentifiers.InvalidTypeUsage,
        title: "A type is used where it is not allowed",
        messageFormat: "{0}",
        RuleCategory.Linking,
        RuleSeverity.Error,
        description: "A type resolves but cannot be used there: a map key that is not an integral type, bool or string; an extension of something that is not a message, or with a number outside the extendee's extension ranges; an rpc request or response that is not a message; a field type that names a field or service; an enum without values.");

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

    public static readonly RuleDescriptor BaselineMissing = new(
        RuleIdentifiers.BaselineMissing,
        title: "No breaking-change baseline",
        messageFormat: "No breaking-change baseline '{0}' was found, so schema changes are not checked; create it with 'dotnet build -t:ProtoGuardUpdateBaseline' (or 'protoguard baseline write') and commit it",
        RuleCategory.Breaking,
        RuleSeverity.Info,
        description: "The breaking-change rules (PG2001-PG2064) compare the project's .proto files with the accepted schema, a checked-in baseline file (protoguard.baseline.txt next to the project by default; ProtoGuardBaselineFile to change it). Without one there is nothing to compare with.");

    public static readonly RuleDescriptor BaselineInvalid = new(
        RuleIdentifiers.BaselineInvalid,
        title: "The breaking-change baseline is malformed",
        messageFormat: "The baseline is malformed: {0}; fix the line or regenerate the file with 'dotnet build -t:ProtoGuardUpdateBaseline'",
        RuleCategory.Breaking,
        RuleSeverity.Error,
        description: "A line of the baseline file cannot be read (an unknown element kind or attribute, a bad number, an element whose parent is missing). No breaking-change rule runs against a baseline that cannot be read completely: a rule must never be skipped silently.");

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
        UnresolvedImport,
        UnresolvedType,
        DuplicateSymbol,
        InvalidFieldNumber,
        DuplicateNumber,
        ReservedConflict,
        InvalidRange,
        Proto3Violation,
        InvalidOption,
        ImportCycle,
        InvalidTypeUsage,
        EnumZeroValueUnspecified,
        BaselineMissing,
        BaselineInvalid,
        ClientCallWithoutDeadline,
        DeadlineNotUtc,
        HandlerCallWithoutPropagation,
        HandlerCallWithoutCancellation,
        StreamingLoopIgnoresCancellation,
        PropagationTokenOnAspNetCore,
        HandlerReturnsNull,
        UpdateHandlerIgnoresFieldMask,
        ListHandlerAcceptsNegativePageSize,
        UnboundedMessageSize,
        StreamingCallNotDisposed,
        BlockingGrpcCall,
        ChannelPerCall,
        NeverNullFieldComparedToNull,
        DefaultValueAsPresence,
        FieldMaskMergeWithoutOptions,
        FieldMaskToStringAsPaths,
        FieldMaskUnknownPath,
    }.Concat(BreakingRuleCatalog.All).OrderBy(rule => rule.Id, System.StringComparer.Ordinal).ToArray();

    private static readonly Dictionary<string, RuleDescriptor> ById = All.ToDictionary(rule => rule.Id, System.StringComparer.Ordinal);

    /// <summary>The rule with the given id, or null.</summary>
    public static RuleDescriptor? Find(string id) => ById.TryGetValue(id, out var rule) ? rule : null;
}
