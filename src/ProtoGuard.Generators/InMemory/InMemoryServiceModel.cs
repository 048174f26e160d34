using ProtoGuard.Generators.Common;
using ProtoGuard.Generators.FieldMaskHelpers;
using ProtoGuard.Shared;

namespace ProtoGuard.Generators.InMemory;

/// <summary>A <c>[ProtoGuard.InMemoryService]</c> class and everything its implementation needs.</summary>
/// <param name="Namespace">The class's namespace, empty for the global namespace.</param>
/// <param name="ContainingTypes">Enclosing classes, outermost first.</param>
/// <param name="ClassName">The class's simple name.</param>
/// <param name="HintName">The generated file's hint name.</param>
/// <param name="ServiceFullName">The protobuf service, e.g. <c>myservice.v1.UserService</c>.</param>
/// <param name="Options">The attribute's values.</param>
/// <param name="Resources">The stored resources.</param>
/// <param name="Methods">The implemented RPCs, in declaration order.</param>
internal sealed record InMemoryServiceModel(
    string Namespace,
    EquatableArray<ContainingTypeModel> ContainingTypes,
    string ClassName,
    string HintName,
    string ServiceFullName,
    InMemoryOptions Options,
    EquatableArray<InMemoryResourceModel> Resources,
    EquatableArray<InMemoryMethodModel> Methods);

/// <summary>The valid values of <c>[InMemoryService(...)]</c> (see <see cref="ProtoGuard.Shared.InMemoryServiceOptions"/>).</summary>
internal sealed record InMemoryOptions(int DefaultPageSize, int MaxPageSize, int WatchBufferCapacity, bool SequentialIds);

/// <summary>A stored resource (see <see cref="InMemoryResourceShape"/>, whose members these are, plus the store's name).</summary>
internal sealed record InMemoryResourceModel(
    string TypeName,
    string SimpleName,
    string StoreName,
    string KeyProperty,
    string KeyProtoName,
    string? CreateTimeProperty,
    string? UpdateTimeProperty,
    string? EtagProperty);

/// <summary>An implemented RPC (see <see cref="InMemoryMethodShape"/>).</summary>
internal sealed record InMemoryMethodModel(
    InMemoryMethodKind Kind,
    string Name,
    string RequestType,
    string ResponseType,
    string ResourceTypeName,
    string? RequestResourceProperty,
    string? RequestIdProperty,
    string? RequestKeyProperty,
    string? AllowMissingProperty,
    string? RequestEtagProperty,
    string? UpdateMaskProperty,
    string? ResponseResourceProperty,
    bool ReturnsEmpty,
    string? ItemsProperty,
    string? FullMethodName,
    string? EventResourceProperty,
    string? EventTypeProperty,
    EquatableArray<string> EventTypeEnumMembers,
    string? CountProperty,
    bool CountIsInt64,
    string? CreatedListProperty);
