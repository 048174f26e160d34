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
