using System;
using System.Collections.Generic;

namespace ProtoGuard.Rules.Catalog;

/// <summary>
/// Every rule option, typed, one nested class per rule (named like its <see cref="RuleCatalog"/> field); the rule's
/// descriptor lists them (<see cref="RuleDescriptor.Options"/>). Rule options are keys named after the rule id
/// (<c>dotnet_diagnostic.PG3001.exempt_streaming</c>); an option that several rules share has a <c>protoguard.</c> key.
/// </summary>
public static class RuleOptionCatalog
{
    /// <summary>Shared by the COMMENT_* rules (PG1036-PG1042) and PG1047.</summary>
    public static readonly BooleanRuleOption BufCommentIgnores = new(
        "protoguard.buf_comment_ignores",
        defaultValue: true,
        "'// buf:lint:ignore RULE' comments suppress the equivalent rules and are not documentation; false is buf's 'disallow_comment_ignores: true'.");

    public static class EnumZeroValueUnspecified
    {
        public static readonly StringRuleOption Suffix = new(
            RuleOption.KeyFor(RuleIdentifiers.EnumZeroValueUnspecified, "suffix"),
            "_UNSPECIFIED",
            "The suffix of the zero value's name (e.g. _UNKNOWN).");

        public static readonly BooleanRuleOption RequireEnumPrefix = new(
            RuleOption.KeyFor(RuleIdentifiers.EnumZeroValueUnspecified, "require_enum_prefix"),
            defaultValue: true,
            "false accepts any zero value name that ends with the suffix.");

        public static IReadOnlyList<RuleOption> All { get; } = new RuleOption[] { Suffix, RequireEnumPrefix };
    }

    public static class StandardMethodShape
    {
        public static readonly StringRuleOption IdentifierField = new(
            RuleOption.KeyFor(RuleIdentifiers.StandardMethodShape, "identifier_field"),
            "name",
            "The request field that identifies the resource (AIP-122's `name`; `id` for the guide's style).");

        public static IReadOnlyList<RuleOption> All { get; } = new RuleOption[] { IdentifierField };
    }

    public static class EnumZeroValueSuffix
    {
        public static readonly StringRuleOption Suffix = new(
            RuleOption.KeyFor(RuleIdentifiers.EnumZeroValueSuffix, "enum_zero_value_suffix"),
            "_UNSPECIFIED",
            "The required suffix (buf's enum_zero_value_suffix).");

        public static IReadOnlyList<RuleOption> All { get; } = new RuleOption[] { Suffix };
    }

    public static class RpcRequestResponseUnique
    {
        public static readonly BooleanRuleOption AllowSameRequestResponse = new(
            RuleOption.KeyFor(RuleIdentifiers.RpcRequestResponseUnique, "rpc_allow_same_request_response"),
            defaultValue: false,
            "Allow one message as both request and response of an RPC.");

        public static readonly BooleanRuleOption AllowEmptyRequests = new(
            RuleOption.KeyFor(RuleIdentifiers.RpcRequestResponseUnique, "rpc_allow_google_protobuf_empty_requests"),
            defaultValue: false,
            "Allow google.protobuf.Empty as the request of several RPCs.");

        public static readonly BooleanRuleOption AllowEmptyResponses = new(
            RuleOption.KeyFor(RuleIdentifiers.RpcRequestResponseUnique, "rpc_allow_google_protobuf_empty_responses"),
            defaultValue: false,
            "Allow google.protobuf.Empty as the response of several RPCs.");

        public static IReadOnlyList<RuleOption> All { get; } = new RuleOption[] { AllowSameRequestResponse, AllowEmptyRequests, AllowEmptyResponses };
    }

    public static class RpcRequestStandardName
    {
        public static readonly BooleanRuleOption AllowEmptyRequests = new(
            RuleOption.KeyFor(RuleIdentifiers.RpcRequestStandardName, "rpc_allow_google_protobuf_empty_requests"),
            defaultValue: false,
            "Allow google.protobuf.Empty as a request.");

        public static IReadOnlyList<RuleOption> All { get; } = new RuleOption[] { AllowEmptyRequests };
    }

    public static class RpcResponseStandardName
    {
        public static readonly BooleanRuleOption AllowEmptyResponses = new(
            RuleOption.KeyFor(RuleIdentifiers.RpcResponseStandardName, "rpc_allow_google_protobuf_empty_responses"),
            defaultValue: false,
            "Allow google.protobuf.Empty as a response.");

        public static IReadOnlyList<RuleOption> All { get; } = new RuleOption[] { AllowEmptyResponses };
    }

    public static class ServiceSuffix
    {
        public static readonly StringRuleOption Suffix = new(
            RuleOption.KeyFor(RuleIdentifiers.ServiceSuffix, "service_suffix"),
            "Service",
            "The required suffix (buf's service_suffix).");

        public static IReadOnlyList<RuleOption> All { get; } = new RuleOption[] { Suffix };
    }

    public static class ClientCallWithoutDeadline
    {
        public static readonly BooleanRuleOption ExemptStreaming = new(
            RuleOption.KeyFor(RuleIdentifiers.ClientCallWithoutDeadline, "exempt_streaming"),
            defaultValue: false,
            "Do not report server-, client- and duplex-streaming calls (long-lived streams).");

        public static readonly ListRuleOption ExemptClients = new(
            RuleOption.KeyFor(RuleIdentifiers.ClientCallWithoutDeadline, "exempt_clients"),
            Array.Empty<string>(),
            "Full names of client types whose calls get a deadline elsewhere (an interceptor); Ns.Outer+Inner and global:: are accepted.");

        public static readonly ListRuleOption LongLivedStreams = new(
            RuleOption.KeyFor(RuleIdentifiers.ClientCallWithoutDeadline, "long_lived_streams"),
            new[] { "Watch*", "Subscribe*" },
            "Server- and duplex-streaming method names meant to stay open for the process lifetime; a trailing * matches a prefix.");

        public static readonly BooleanRuleOption TimeoutTokenCountsAsDeadline = new(
            RuleOption.KeyFor(RuleIdentifiers.ClientCallWithoutDeadline, "timeout_token_counts_as_deadline"),
            defaultValue: true,
            "A call whose cancellation token comes from a CancellationTokenSource with a timeout is bounded.");

        public static readonly BooleanRuleOption ReportInTestProjects = new(
            RuleOption.KeyFor(RuleIdentifiers.ClientCallWithoutDeadline, "report_in_test_projects"),
            defaultValue: false,
            "Report calls in test projects too.");

        /// <summary>Read by the code fix; <c>protoguard.default_deadline_seconds</c> is its older key.</summary>
        public static readonly IntegerRuleOption DefaultDeadlineSeconds = new(
            RuleOption.KeyFor(RuleIdentifiers.ClientCallWithoutDeadline, "default_deadline_seconds"),
            defaultValue: 30,
            minimum: 1,
            maximum: int.MaxValue,
            "Number of seconds the code fix puts in the deadline.",
            aliases: new[] { "protoguard.default_deadline_seconds" });

        public static IReadOnlyList<RuleOption> All { get; } = new RuleOption[] { ExemptStreaming, ExemptClients, LongLivedStreams, TimeoutTokenCountsAsDeadline, ReportInTestProjects, DefaultDeadlineSeconds };
    }

    public static class HandlerCallWithoutCancellation
    {
        public static readonly BooleanRuleOption ReportTaskRun = new(
            RuleOption.KeyFor(RuleIdentifiers.HandlerCallWithoutCancellation, "report_task_run"),
            defaultValue: false,
            "Also report Task.Run(...) and Task.Factory.StartNew(...) without a token.");

        public static IReadOnlyList<RuleOption> All { get; } = new RuleOption[] { ReportTaskRun };
    }

    public static class StreamingLoopIgnoresCancellation
    {
        public static readonly BooleanRuleOption InfiniteLoopsOnly = new(
            RuleOption.KeyFor(RuleIdentifiers.StreamingLoopIgnoresCancellation, "infinite_loops_only"),
            defaultValue: false,
            "Report only loops without an exit condition and await foreach loops.");

        public static IReadOnlyList<RuleOption> All { get; } = new RuleOption[] { InfiniteLoopsOnly };
    }

    public static class UnboundedMessageSize
    {
        /// <summary>16 MB by default: four times grpc-dotnet's default receive limit.</summary>
        public static readonly IntegerRuleOption MaxBytes = new(
            RuleOption.KeyFor(RuleIdentifiers.UnboundedMessageSize, "max_bytes"),
            defaultValue: 16 * 1024 * 1024,
            minimum: 1,
            maximum: long.MaxValue,
            "Largest message size limit, in bytes, that is not reported.");

        public static IReadOnlyList<RuleOption> All { get; } = new RuleOption[] { MaxBytes };
    }

    public static class ListHandlerAcceptsNegativePageSize
    {
        public static readonly ListRuleOption ValidationMethods = new(
            RuleOption.KeyFor(RuleIdentifiers.ListHandlerAcceptsNegativePageSize, "validation_methods"),
            Array.Empty<string>(),
            "Methods that validate a page size passed to them (simple names or Type.Method): a call with the page size counts as the guard.");

        public static IReadOnlyList<RuleOption> All { get; } = new RuleOption[] { ValidationMethods };
    }
}
