namespace ProtoGuard.Generators;

/// <summary>
/// Names of the incremental pipeline steps, so tests can assert that an unrelated edit leaves every step cached
/// (<c>GeneratorDriverRunResult.Results[i].TrackedSteps</c>).
/// </summary>
public static class TrackingNames
{
    /// <summary>The value of <c>ProtoGuardPagedMethods</c> (<c>all</c>, <c>used</c> or <c>none</c>).</summary>
    public const string PagedMethodsMode = nameof(PagedMethodsMode);

    /// <summary>The trees whose text mentions grpc_csharp_plugin: the Grpc.Tools files that may declare clients.</summary>
    public const string GrpcClients = nameof(GrpcClients);

    /// <summary>The clients of this compilation that have at least one AIP-158 list method (<c>all</c>).</summary>
    public const string PagedClients = nameof(PagedClients);

    /// <summary>The trees whose text mentions "Paged": those that may call a paged method.</summary>
    public const string PagedMethodTrees = nameof(PagedMethodTrees);

    /// <summary>A Razor file (.razor, .cshtml: compiled from C# this generator does not see) that mentions "Paged": its path, null when none does.</summary>
    public const string PagedMethodMarkup = nameof(PagedMethodMarkup);

    /// <summary>The types paged methods are called on (<c>used</c>), metadata names.</summary>
    public const string PagedMethodCalls = nameof(PagedMethodCalls);

    /// <summary>The clients, of this compilation or referenced, that the code calls a paged method on, with their list methods (<c>used</c>).</summary>
    public const string CalledPagedClients = nameof(CalledPagedClients);

    /// <summary>Each called paged client paired with the compilation's capabilities.</summary>
    public const string CalledPagedClientOutputs = nameof(CalledPagedClientOutputs);

    /// <summary>The Grpc.Tools clients of referenced assemblies that the compilation sees, with the paged methods it has no paging method for yet.</summary>
    public const string ReferencedPagedClients = nameof(ReferencedPagedClients);

    /// <summary>Each referenced paged client paired with the compilation's capabilities.</summary>
    public const string ReferencedPagedClientOutputs = nameof(ReferencedPagedClientOutputs);

    /// <summary>What the compilation supports (C# version, <c>IAsyncEnumerable&lt;T&gt;</c>).</summary>
    public const string Capabilities = nameof(Capabilities);

    /// <summary>Each paged client paired with the compilation's capabilities: the input of one extension class.</summary>
    public const string PagedClientOutputs = nameof(PagedClientOutputs);

    /// <summary>Whether the compilation has a paged client (of its own, referenced or called), from all of them collected.</summary>
    public const string AllPagedClients = nameof(AllPagedClients);

    /// <summary>Whether the compilation needs the shared paging runtime, paired with its capabilities.</summary>
    public const string PagingRuntimeOutput = nameof(PagingRuntimeOutput);

    /// <summary>
    /// The steps of the field mask helpers generator, in their own class so that each generator's tests can check that
    /// all of its steps ran (a driver running one generator never reports the other's steps).
    /// </summary>
    public static class FieldMask
    {
        /// <summary>Grpc.Tools <c>XxxReflection</c> classes: their embedded descriptor decoded and named the way protoc names the classes (no symbols).</summary>
        public const string DescriptorFiles = nameof(DescriptorFiles);

        /// <summary>The files (proto3, proto2, editions) whose descriptor could be read.</summary>
        public const string ProtoFiles = nameof(ProtoFiles);

        /// <summary>The syntax trees whose text mentions a helper's name (searched once per tree, as text).</summary>
        public const string HelperTrees = nameof(HelperTrees);

        /// <summary>
        /// The classes whose helpers the compilation uses (<c>x.ApplyFieldMask(…)</c>, <c>T.FieldPaths</c>, …): the
        /// receivers of those member names, bound one by one (CLR metadata names).
        /// </summary>
        public const string HelperCalls = nameof(HelperCalls);

        /// <summary>
        /// The messages that may get helpers under <c>ProtoGuardFieldMaskHelpers</c>, decided from the descriptors (auto:
        /// update requests' resources and the messages whose helpers are called, and their singular sub-messages,
        /// transitively; all; none).
        /// </summary>
        public const string SelectedMessages = nameof(SelectedMessages);

        /// <summary>The selected messages whose classes match their descriptor, with nested-path links between them.</summary>
        public const string LinkedMessages = nameof(LinkedMessages);

        /// <summary>Each message on its own: the input of one generated file.</summary>
        public const string Messages = nameof(Messages);

        /// <summary><c>ProtoGuardFieldMaskHelpers</c> and the C# version.</summary>
        public const string Settings = nameof(Settings);

        /// <summary>Each message paired with the settings.</summary>
        public const string Outputs = nameof(Outputs);

        /// <summary>The messages of referenced assemblies whose helpers the compilation uses, and their sub-messages, read from their symbols.</summary>
        public const string ReferencedMessages = nameof(ReferencedMessages);

        /// <summary>Each referenced message paired with the settings.</summary>
        public const string ReferencedOutputs = nameof(ReferencedOutputs);
    }

    /// <summary>The steps of the in-memory service generator.</summary>
    public static class InMemory
    {
        /// <summary>The classes marked <c>[ProtoGuard.InMemoryService]</c>, recognized (null when nothing can be generated).</summary>
        public const string Services = nameof(Services);

        /// <summary>The marked classes that get an implementation.</summary>
        public const string ValidServices = nameof(ValidServices);

        /// <summary><c>ProtoGuardFieldMaskHelpers</c> (whether masked updates can be generated) and the C# version.</summary>
        public const string Settings = nameof(Settings);

        /// <summary>Each service with the settings applied: the input of one generated file.</summary>
        public const string Outputs = nameof(Outputs);

        /// <summary>Whether the compilation needs the shared in-memory runtime.</summary>
        public const string RuntimeOutput = nameof(RuntimeOutput);
    }
}
