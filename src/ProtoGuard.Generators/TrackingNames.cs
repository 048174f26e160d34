namespace ProtoGuard.Generators;

/// <summary>
/// Names of the incremental pipeline steps, so tests can assert that an unrelated edit leaves every step cached
/// (<c>GeneratorDriverRunResult.Results[i].TrackedSteps</c>).
/// </summary>
public static class TrackingNames
{
    /// <summary>Grpc.Tools client classes found through their generated <c>(CallInvoker)</c> constructor, with their paged methods.</summary>
    public const string GrpcClients = nameof(GrpcClients);

    /// <summary>The clients that have at least one AIP-158 list method.</summary>
    public const string PagedClients = nameof(PagedClients);

    /// <summary>What the compilation supports (C# version, <c>IAsyncEnumerable&lt;T&gt;</c>).</summary>
    public const string Capabilities = nameof(Capabilities);

    /// <summary>Each paged client paired with the compilation's capabilities: the input of one extension class.</summary>
    public const string PagedClientOutputs = nameof(PagedClientOutputs);

    /// <summary>All paged clients of the compilation, collected.</summary>
    public const string AllPagedClients = nameof(AllPagedClients);

    /// <summary>Whether the compilation needs the shared paging runtime, paired with its capabilities.</summary>
    public const string PagingRuntimeOutput = nameof(PagingRuntimeOutput);
}
