namespace ProtoGuard.Analyzers.CSharp;

/// <summary>How a gRPC client call visibly lacks a deadline (PG3001); shared by the analyzer and its code fix.</summary>
internal enum PG3001MissingDeadlineKind
{
    /// <summary><c>client.SayHello(request)</c>: the <c>deadline</c> parameter is left at its default; add the argument to <see cref="PG3001MissingDeadline.Target"/>'s argument list.</summary>
    DeadlineArgumentOmitted,

    /// <summary><c>deadline: null</c> or <c>deadline: default</c>; replace the value of the argument <see cref="PG3001MissingDeadline.Target"/>.</summary>
    DeadlineArgumentEmpty,

    /// <summary><c>default(CallOptions)</c>; replace the expression <see cref="PG3001MissingDeadline.Target"/> with new options.</summary>
    DefaultCallOptions,
}
