namespace ProtoGuard.Analyzers.CSharp.Semantics;

/// <summary>How a gRPC client call visibly lacks a deadline (PG3001); shared by the analyzer and its code fix.</summary>
internal enum MissingDeadlineKind
{
    /// <summary><c>client.SayHello(request)</c>: the <c>deadline</c> parameter is left at its default; add the argument to <see cref="MissingDeadline.Target"/>'s argument list.</summary>
    DeadlineArgumentOmitted,

    /// <summary><c>deadline: null</c> or <c>deadline: default</c>; replace the value of the argument <see cref="MissingDeadline.Target"/>.</summary>
    DeadlineArgumentEmpty,

    /// <summary><c>default(CallOptions)</c>; replace the expression <see cref="MissingDeadline.Target"/> with new options.</summary>
    DefaultCallOptions,
}
