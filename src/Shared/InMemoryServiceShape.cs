using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using ProtoGuard.Schema.CSharp;

namespace ProtoGuard.Shared;

/// <summary>What an RPC of a <c>[ProtoGuard.InMemoryService]</c> class is implemented as.</summary>
internal enum InMemoryMethodKind
{
    Create,
    Get,
    List,
    Update,
    Delete,
    Watch,
    BulkCreate,
}

/// <summary>A resource message stored by an in-memory service: its key and the fields the store maintains.</summary>
internal sealed class InMemoryResourceShape
{
    public InMemoryResourceShape(string typeName, string simpleName, string protoName, string keyProperty, string keyProtoName)
    {
        TypeName = typeName;
        SimpleName = simpleName;
        ProtoName = protoName;
        KeyProperty = keyProperty;
        KeyProtoName = keyProtoName;
    }

    /// <summary>The message class, fully qualified with <c>global::</c>.</summary>
    public string TypeName { get; }

    /// <summary>The message class's simple name, e.g. <c>User</c>.</summary>
    public string SimpleName { get; }

    /// <summary>The message's proto name as far as the class tells it (<c>User</c>); used in status details.</summary>
    public string ProtoName { get; }

    /// <summary>The key property: <c>Id</c>, <c>Name</c> or <c>{Resource}Id</c>, a string.</summary>
    public string KeyProperty { get; }

    /// <summary>The key field's proto name (<c>id</c>, <c>name</c>, <c>user_id</c>).</summary>
    public string KeyProtoName { get; }

    /// <summary>A <c>Timestamp</c> property set on create (<c>CreateTime</c>, <c>CreatedAt</c>, <c>CreationTime</c>); null when none.</summary>
    public string? CreateTimeProperty { get; set; }

    /// <summary>A <c>Timestamp</c> property set on create and update (<c>UpdateTime</c>, <c>UpdatedAt</c>); null when none.</summary>
    public string? UpdateTimeProperty { get; set; }

    /// <summary>A string <c>Etag</c> property, refreshed on every write (AIP-154); null when none.</summary>
    public string? EtagProperty { get; set; }
}

/// <summary>A recognized RPC and everything its implementation needs; names are C# property names.</summary>
internal sealed class InMemoryMethodShape
{
    public InMemoryMethodShape(InMemoryMethodKind kind, string name, string requestType, string responseType, InMemoryResourceShape resource)
    {
        Kind = kind;
        Name = name;
        RequestType = requestType;
        ResponseType = responseType;
        Resource = resource;
    }

    public InMemoryMethodKind Kind { get; }

    /// <summary>The RPC's C# method name, e.g. <c>CreateUser</c>.</summary>
    public string Name { get; }

    /// <summary>The request message, fully qualified (for streaming requests, the message of the stream).</summary>
    public string RequestType { get; }

    /// <summary>The response message, fully qualified (for a server stream, the message of the stream).</summary>
    public string ResponseType { get; }

    public InMemoryResourceShape Resource { get; }

    /// <summary>Create, Update, BulkCreate: the request's property holding the resource; null when the request is the resource.</summary>
    public string? RequestResourceProperty { get; set; }

    /// <summary>Create, BulkCreate: the request's client-assigned id (<c>{resource}_id</c>); null when absent.</summary>
    public string? RequestIdProperty { get; set; }

    /// <summary>Get, Delete: the request's key property (<c>Id</c>, <c>Name</c>, <c>{Resource}Id</c>).</summary>
    public string? RequestKeyProperty { get; set; }

    /// <summary>Update, Delete: the request's <c>bool AllowMissing</c>; null when absent.</summary>
    public string? AllowMissingProperty { get; set; }

    /// <summary>Delete: the request's <c>string Etag</c>; null when absent.</summary>
    public string? RequestEtagProperty { get; set; }

    /// <summary>Update: the request's <c>FieldMask</c> property; null = full replacement.</summary>
    public string? UpdateMaskProperty { get; set; }

    /// <summary>
    /// Create, Delete: the response's property that receives the resource; null when the response is the resource
    /// itself or (Delete) <c>google.protobuf.Empty</c>.
    /// </summary>
    public string? ResponseResourceProperty { get; set; }

    /// <summary>Delete: the response is <c>google.protobuf.Empty</c>.</summary>
    public bool ReturnsEmpty { get; set; }

    /// <summary>List: the response's repeated field of resources.</summary>
    public string? ItemsProperty { get; set; }

    /// <summary>List: the RPC's gRPC path (<c>/pkg.Service/ListUsers</c>), which page tokens are bound to.</summary>
    public string? FullMethodName { get; set; }

    /// <summary>Watch: the event's property holding the resource.</summary>
    public string? EventResourceProperty { get; set; }

    /// <summary>Watch: the event's type property (string or enum).</summary>
    public string? EventTypeProperty { get; set; }

    /// <summary>Watch: for an enum type property, the fully qualified members for created, updated, deleted; null for a string.</summary>
    public string[]? EventTypeEnumMembers { get; set; }

    /// <summary>BulkCreate: the response's integer count property; null when it returns the list.</summary>
    public string? CountProperty { get; set; }

    /// <summary>BulkCreate: the count property is a <c>long</c>.</summary>
    public bool CountIsInt64 { get; set; }

    /// <summary>BulkCreate: the response's repeated field of created resources; null when it returns a count.</summary>
    public string? CreatedListProperty { get; set; }
}

/// <summary>An RPC the generator leaves alone, and why.</summary>
internal sealed class InMemorySkippedMethod
{
    public InMemorySkippedMethod(string name, string reason)
    {
        Name = name;
        Reason = reason;
    }

    public string Name { get; }

    public string Reason { get; }
}

/// <summary>The result of looking at a <c>[ProtoGuard.InMemoryService]</c> class.</summary>
internal sealed class InMemoryServiceShape
{
    public InMemoryServiceShape(string serviceFullName, string serviceBaseTypeName)
    {
        ServiceFullName = serviceFullName;
        ServiceBaseTypeName = serviceBaseTypeName;
    }

    /// <summary>The protobuf service name, e.g. <c>myservice.v1.UserService</c>.</summary>
    public string ServiceFullName { get; }

    /// <summary>The Grpc.Tools service base, fully qualified.</summary>
    public string ServiceBaseTypeName { get; }

    /// <summary>The resources of the generated methods, in order of first use.</summary>
    public List<InMemoryResourceShape> Resources { get; } = new();

    /// <summary>The methods that get an implementation, in declaration order.</summary>
    public List<InMemoryMethodShape> Methods { get; } = new();

    /// <summary>The RPCs left as they are, in declaration order.</summary>
    public List<InMemorySkippedMethod> Skipped { get; } = new();
}

/// <summary>
/// Recognizes the RPCs of a Grpc.Tools service base by shape (the AIP standard methods and the guide's forms), for a
/// class marked <c>[ProtoGuard.InMemoryService]</c>. Shared by the generator (which implements what it recognizes) and
/// the PG4020-series analyzers (which report what was and was not generated, and why), so both always agree.
/// </summary>
internal static class InMemoryServiceRecognizer
{
    public const string AttributeMetadataName = "ProtoGuard.InMemoryServiceAttribute";

    /// <summary>
    /// The Grpc.Tools service base <paramref name="type"/> derives from directly (an abstract class nested in a static
    /// class, marked <c>[BindServiceMethod]</c>); null when it has none.
    /// </summary>
    public static INamedTypeSymbol? FindServiceBase(INamedTypeSymbol type, Compilation compilation)
    {
        var bindAttribute = GrpcSymbols.For(compilation).BindServiceMethodAttribute;
        if (bindAttribute is null || type.BaseType is not { IsAbstract: true, ContainingType.IsStatic: true } baseType)
        {
            return null;
        }

        return baseType.GetAttributes().Any(attribute => SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, bindAttribute))
            ? baseType
            : null;
    }

    /// <summary>
    /// The methods of <paramref name="serviceBase"/> recognized for <paramref name="type"/>. <paramref name="fieldMaskHelpersAvailable"/>
    /// says whether the FieldMask helpers generator produces <c>ApplyFieldMask</c> (its mode is not <c>none</c>).
    /// </summary>
    public static InMemoryServiceShape Recognize(INamedTypeSymbol type, INamedTypeSymbol serviceBase, Compilation compilation, bool fieldMaskHelpersAvailable)
    {
        var symbols = GrpcSymbols.For(compilation);
        var serviceClass = serviceBase.ContainingType;
        var serviceName = GrpcPluginOutput.ReadServiceName(serviceClass, CancellationToken.None) ?? serviceClass.Name;
        var shape = new InMemoryServiceShape(serviceName, Qualified(serviceBase));
        var resources = new Dictionary<string, InMemoryResourceShape>(StringComparer.Ordinal);

        var rpcs = serviceBase.GetMembers()
            .OfType<IMethodSymbol>()
            .Where(method => method.IsVirtual && !method.IsStatic && method.MethodKind == MethodKind.Ordinary
                && method.GetAttributes().Any(GrpcPluginOutput.IsPluginAttribute))
            .ToList();

        // Resources come from Get, List, Create and Update first, so that Delete (often returning Empty) finds its own by name.
        var pendingDelete = new List<IMethodSymbol>();
        var results = new Dictionary<IMethodSymbol, object>(SymbolEqualityComparer.Default);
        foreach (var rpc in rpcs)
        {
            if (IsWrittenByHand(type, rpc))
            {
                results[rpc] = "it is written in the partial class";
                continue;
            }

            if (rpc.Name.StartsWith("Delete", StringComparison.Ordinal))
            {
                pendingDelete.Add(rpc);
                continue;
            }

            results[rpc] = RecognizeMethod(rpc, serviceName, symbols, resources, fieldMaskHelpersAvailable);
        }

        foreach (var rpc in pendingDelete)
        {
            results[rpc] = RecognizeDelete(rpc, symbols, resources);
        }

        foreach (var rpc in rpcs)
        {
            if (results[rpc] is InMemoryMethodShape method)
            {
                shape.Methods.Add(method);
                if (!shape.Resources.Contains(method.Resource))
                {
                    shape.Resources.Add(method.Resource);
                }
            }
            else
            {
                shape.Skipped.Add(new InMemorySkippedMethod(rpc.Name, (string)results[rpc]));
            }
        }

        return shape;
    }

    private static object RecognizeMethod(IMethodSymbol rpc, string serviceName, GrpcSymbols symbols, Dictionary<string, InMemoryResourceShape> resources, bool fieldMaskHelpersAvailable)
    {
        var name = rpc.Name;
        if (name.StartsWith("BulkCreate", StringComparison.Ordinal) || name.StartsWith("BatchCreate", StringComparison.Ordinal))
        {
            return RecognizeBulkCreate(rpc, symbols, resources);
        }

        if (name.StartsWith("Watch", StringComparison.Ordinal))
        {
            return RecognizeWatch(rpc, symbols, resources);
        }

        var prefix = new[] { "Create", "Get", "List", "Update" }.FirstOrDefault(p => name.StartsWith(p, StringComparison.Ordinal) && name.Length > p.Length);
        if (prefix is null)
        {
            return "its name does not start with Create, Get, List, Update, Delete, Watch or BulkCreate";
        }

        if (UnaryTypes(rpc, symbols) is not (INamedTypeSymbol request, INamedTypeSymbol response))
        {
            return $"{prefix} must be a unary RPC";
        }

        var noun = name.Substring(prefix.Length);
        switch (prefix)
        {
            case "Create":
                return RecognizeCreate(rpc, request, response, noun, symbols, resources);
            case "Get":
                return RecognizeGet(rpc, request, response, symbols, resources);
            case "List":
                return RecognizeList(rpc, request, response, serviceName, symbols, resources);
            default:
                return RecognizeUpdate(rpc, request, response, noun, symbols, resources, fieldMaskHelpersAvailable);
        }
    }

    private static object RecognizeCreate(IMethodSymbol rpc, INamedTypeSymbol request, INamedTypeSymbol response, string noun, GrpcSymbols symbols, Dictionary<string, InMemoryResourceShape> resources)
    {
        if (ResourceOfRequest(request, noun, symbols, resources, out var resourceProperty) is not { } resource)
        {
            return ResourceProblem(request, noun, symbols);
        }

        string? responseProperty = null;
        if (Qualified(response) != resource.TypeName)
        {
            responseProperty = SingularMessageProperties(response, symbols).FirstOrDefault(p => Qualified(p.Type) == resource.TypeName)?.Name;
            if (responseProperty is null)
            {
                return $"its response {response.Name} is neither {resource.SimpleName} nor a message with a {resource.SimpleName} field";
            }
        }

        return new InMemoryMethodShape(InMemoryMethodKind.Create, rpc.Name, Qualified(request), Qualified(response), resource)
        {
            RequestResourceProperty = resourceProperty,
            RequestIdProperty = resourceProperty is null ? null : StringProperty(request, resource.SimpleName + "Id"),
            ResponseResourceProperty = responseProperty,
        };
    }

    private static object RecognizeGet(IMethodSymbol rpc, INamedTypeSymbol request, INamedTypeSymbol response, GrpcSymbols symbols, Dictionary<string, InMemoryResourceShape> resources)
    {
        if (ResourceOf(response, symbols, resources, out var problem) is not { } resource)
        {
            return problem!;
        }

        if (RequestKey(request, resource) is not { } key)
        {
            return $"its request {request.Name} has no key field (string id, name or {ProtocCSharpNames.InferFieldName(resource.SimpleName)}_id)";
        }

        return new InMemoryMethodShape(InMemoryMethodKind.Get, rpc.Name, Qualified(request), Qualified(response), resource) { RequestKeyProperty = key };
    }

    private static object RecognizeList(IMethodSymbol rpc, INamedTypeSymbol request, INamedTypeSymbol response, string serviceName, GrpcSymbols symbols, Dictionary<string, InMemoryResourceShape> resources)
    {
        if (!HasProperty(request, "PageSize", p => p.SpecialType == SpecialType.System_Int32)
            || !HasProperty(request, "PageToken", p => p.SpecialType == SpecialType.System_String))
        {
            return $"its request {request.Name} lacks int32 page_size and string page_token (AIP-158)";
        }

        if (!HasProperty(response, "NextPageToken", p => p.SpecialType == SpecialType.System_String, settable: true))
        {
            return $"its response {response.Name} lacks string next_page_token (AIP-158)";
        }

        var repeated = RepeatedProperties(response, symbols).ToList();
        if (repeated.Count != 1 || ((INamedTypeSymbol)repeated[0].Type).TypeArguments[0] is not INamedTypeSymbol item)
        {
            return $"its response {response.Name} must have exactly one repeated field";
        }

        if (ResourceOf(item, symbols, resources, out var problem) is not { } resource)
        {
            return problem!;
        }

        return new InMemoryMethodShape(InMemoryMethodKind.List, rpc.Name, Qualified(request), Qualified(response), resource)
        {
            ItemsProperty = repeated[0].Name,
            FullMethodName = "/" + serviceName + "/" + rpc.Name,
        };
    }

    private static object RecognizeUpdate(IMethodSymbol rpc, INamedTypeSymbol request, INamedTypeSymbol response, string noun, GrpcSymbols symbols, Dictionary<string, InMemoryResourceShape> resources, bool fieldMaskHelpersAvailable)
    {
        if (ResourceOfRequest(request, noun, symbols, resources, out var resourceProperty) is not { } resource || resourceProperty is null)
        {
            return ResourceProblem(request, noun, symbols);
        }

        if (Qualified(response) != resource.TypeName)
        {
            return $"its response {response.Name} is not the resource {resource.SimpleName} (AIP-134)";
        }

        var mask = request.GetMembers().OfType<IPropertySymbol>()
            .FirstOrDefault(p => p.IsPublicInstance() && SymbolEqualityComparer.Default.Equals(p.Type, symbols.FieldMask))?.Name;
        if (mask is not null && !fieldMaskHelpersAvailable)
        {
            return $"it needs the FieldMask helpers of {resource.SimpleName}, which ProtoGuardFieldMaskHelpers=none turns off";
        }

        return new InMemoryMethodShape(InMemoryMethodKind.Update, rpc.Name, Qualified(request), Qualified(response), resource)
        {
            RequestResourceProperty = resourceProperty,
            UpdateMaskProperty = mask,
            AllowMissingProperty = BoolProperty(request, "AllowMissing"),
        };
    }

    private static object RecognizeDelete(IMethodSymbol rpc, GrpcSymbols symbols, Dictionary<string, InMemoryResourceShape> resources)
    {
        if (UnaryTypes(rpc, symbols) is not (INamedTypeSymbol request, INamedTypeSymbol response))
        {
            return "Delete must be a unary RPC";
        }

        var noun = rpc.Name.Substring("Delete".Length);
        InMemoryResourceShape? resource;
        var returnsEmpty = SymbolEqualityComparer.Default.Equals(response, symbols.Empty);
        if (returnsEmpty)
        {
            resource = resources.Values.FirstOrDefault(r => r.SimpleName == noun);
            if (resource is null)
            {
                return $"no other RPC of the service uses a resource named {noun}, and its response is google.protobuf.Empty";
            }
        }
        else if (ResourceOf(response, symbols, resources, out var problem) is not { } fromResponse)
        {
            return problem!;
        }
        else
        {
            resource = fromResponse;
        }

        if (RequestKey(request, resource) is not { } key)
        {
            return $"its request {request.Name} has no key field (string id, name or {ProtocCSharpNames.InferFieldName(resource.SimpleName)}_id)";
        }

        return new InMemoryMethodShape(InMemoryMethodKind.Delete, rpc.Name, Qualified(request), Qualified(response), resource)
        {
            RequestKeyProperty = key,
            ReturnsEmpty = returnsEmpty,
            AllowMissingProperty = BoolProperty(request, "AllowMissing"),
            RequestEtagProperty = StringProperty(request, "Etag"),
        };
    }

    private static object RecognizeWatch(IMethodSymbol rpc, GrpcSymbols symbols, Dictionary<string, InMemoryResourceShape> resources)
    {
        // Task Watch(TRequest request, IServerStreamWriter<TEvent> responseStream, ServerCallContext context)
        if (rpc.Parameters.Length != 3
            || rpc.Parameters[0].Type is not INamedTypeSymbol request
            || rpc.Parameters[1].Type is not INamedTypeSymbol { TypeArguments.Length: 1 } writer
            || !SymbolEqualityComparer.Default.Equals(writer.OriginalDefinition, symbols.IServerStreamWriterOfT)
            || writer.TypeArguments[0] is not INamedTypeSymbol eventType)
        {
            return "Watch must be a server-streaming RPC";
        }

        if (symbols.Channel is null)
        {
            return "System.Threading.Channels is not available to the project";
        }

        var typeProperty = eventType.GetMembers().OfType<IPropertySymbol>()
            .FirstOrDefault(p => p.IsPublicInstance() && p.SetMethod is not null && (p.Name == "Type" || p.Name == "EventType")
                && (p.Type.SpecialType == SpecialType.System_String || p.Type.TypeKind == TypeKind.Enum));
        if (typeProperty is null)
        {
            return $"its event {eventType.Name} has no type field (a string or enum named type or event_type)";
        }

        string[]? enumMembers = null;
        if (typeProperty.Type.TypeKind == TypeKind.Enum)
        {
            var members = new List<string>();
            foreach (var suffix in new[] { "Created", "Updated", "Deleted" })
            {
                var member = typeProperty.Type.GetMembers().OfType<IFieldSymbol>()
                    .FirstOrDefault(f => f.IsConst && f.Name.EndsWith(suffix, StringComparison.Ordinal));
                if (member is null)
                {
                    return $"its event type enum {typeProperty.Type.Name} has no value ending with {suffix.ToUpperInvariant()}";
                }

                members.Add(Qualified(typeProperty.Type) + "." + member.Name);
            }

            enumMembers = members.ToArray();
        }

        IPropertySymbol? resourceProperty = null;
        InMemoryResourceShape? resource = null;
        foreach (var candidate in SingularMessageProperties(eventType, symbols))
        {
            if (ResourceOf((INamedTypeSymbol)candidate.Type, symbols, resources, out _) is { } found)
            {
                resourceProperty = candidate;
                resource = found;
                break;
            }
        }

        if (resourceProperty is null || resource is null)
        {
            return $"its event {eventType.Name} has no field of a resource message (one with a string id, name or <resource>_id)";
        }

        return new InMemoryMethodShape(InMemoryMethodKind.Watch, rpc.Name, Qualified(request), Qualified(eventType), resource)
        {
            EventResourceProperty = resourceProperty.Name,
            EventTypeProperty = typeProperty.Name,
            EventTypeEnumMembers = enumMembers,
        };
    }

    private static object RecognizeBulkCreate(IMethodSymbol rpc, GrpcSymbols symbols, Dictionary<string, InMemoryResourceShape> resources)
    {
        // Task<TResponse> BulkCreate(IAsyncStreamReader<TRequest> requestStream, ServerCallContext context)
        if (rpc.Parameters.Length != 2
            || rpc.Parameters[0].Type is not INamedTypeSymbol { TypeArguments.Length: 1 } reader
            || !SymbolEqualityComparer.Default.Equals(reader.OriginalDefinition, symbols.IAsyncStreamReaderOfT)
            || reader.TypeArguments[0] is not INamedTypeSymbol request
            || rpc.ReturnType is not INamedTypeSymbol { TypeArguments.Length: 1 } task
            || task.TypeArguments[0] is not INamedTypeSymbol response)
        {
            return "BulkCreate must be a client-streaming RPC";
        }

        var noun = rpc.Name.StartsWith("BulkCreate", StringComparison.Ordinal) ? rpc.Name.Substring("BulkCreate".Length) : rpc.Name.Substring("BatchCreate".Length);
        if (ResourceOfRequest(request, noun, symbols, resources, out var resourceProperty) is not { } resource)
        {
            return ResourceProblem(request, noun, symbols);
        }

        var method = new InMemoryMethodShape(InMemoryMethodKind.BulkCreate, rpc.Name, Qualified(request), Qualified(response), resource)
        {
            RequestResourceProperty = resourceProperty,
            RequestIdProperty = resourceProperty is null ? null : StringProperty(request, resource.SimpleName + "Id"),
        };
        var list = RepeatedProperties(response, symbols)
            .FirstOrDefault(p => Qualified(((INamedTypeSymbol)p.Type).TypeArguments[0]) == resource.TypeName);
        var counts = response.GetMembers().OfType<IPropertySymbol>()
            .Where(p => p.IsPublicInstance() && p.SetMethod is not null && p.Type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64)
            .ToList();
        if (list is not null)
        {
            method.CreatedListProperty = list.Name;
        }
        else if (counts.Count == 1)
        {
            method.CountProperty = counts[0].Name;
            method.CountIsInt64 = counts[0].Type.SpecialType == SpecialType.System_Int64;
        }
        else
        {
            return $"its response {response.Name} has neither a repeated {resource.SimpleName} field nor exactly one integer (count) field";
        }

        return method;
    }

    /// <summary>
    /// The resource a Create/Update/BulkCreate request carries: the request itself when it is a resource, else its
    /// singular message field named after the RPC's noun (<c>CreateUser</c> → <c>user</c>), else its only singular
    /// message field other than a FieldMask.
    /// </summary>
    private static InMemoryResourceShape? ResourceOfRequest(INamedTypeSymbol request, string noun, GrpcSymbols symbols, Dictionary<string, InMemoryResourceShape> resources, out string? property)
    {
        property = null;
        var candidates = SingularMessageProperties(request, symbols)
            .Where(p => !SymbolEqualityComparer.Default.Equals(p.Type, symbols.FieldMask))
            .ToList();
        var chosen = candidates.FirstOrDefault(p => p.Name == noun || p.Type.Name == noun)
            ?? (candidates.Count == 1 ? candidates[0] : null);
        if (chosen is not null && ResourceOf((INamedTypeSymbol)chosen.Type, symbols, resources, out _) is { } resource)
        {
            property = chosen.Name;
            return resource;
        }

        return request.Name == noun ? ResourceOf(request, symbols, resources, out _) : null;
    }

    private static string ResourceProblem(INamedTypeSymbol request, string noun, GrpcSymbols symbols)
    {
        var candidates = SingularMessageProperties(request, symbols)
            .Where(p => !SymbolEqualityComparer.Default.Equals(p.Type, symbols.FieldMask))
            .ToList();
        var chosen = candidates.FirstOrDefault(p => p.Name == noun || p.Type.Name == noun)
            ?? (candidates.Count == 1 ? candidates[0] : null);
        return chosen is null
            ? $"its request {request.Name} has no field of the resource (a message field named {ProtocCSharpNames.InferFieldName(noun)}, or a single message field)"
            : $"no key field found in {chosen.Type.Name} (string id, name or {ProtocCSharpNames.InferFieldName(chosen.Type.Name)}_id)";
    }

    /// <summary>The resource shape of a message class with a key field, registered once per type.</summary>
    private static InMemoryResourceShape? ResourceOf(INamedTypeSymbol message, GrpcSymbols symbols, Dictionary<string, InMemoryResourceShape> resources, out string? problem)
    {
        problem = null;
        var typeName = Qualified(message);
        if (resources.TryGetValue(typeName, out var known))
        {
            return known;
        }

        if (!symbols.IsMessageClass(message))
        {
            problem = $"{message.Name} is not a protobuf message";
            return null;
        }

        var key = StringProperty(message, "Id", settable: true) ?? StringProperty(message, "Name", settable: true)
            ?? StringProperty(message, message.Name + "Id", settable: true);
        if (key is null)
        {
            problem = $"no key field found in {message.Name} (string id, name or {ProtocCSharpNames.InferFieldName(message.Name)}_id)";
            return null;
        }

        var resource = new InMemoryResourceShape(typeName, message.Name, message.Name, key, ProtocCSharpNames.InferFieldName(key))
        {
            CreateTimeProperty = TimestampProperty(message, symbols, "CreateTime", "CreatedAt", "CreationTime"),
            UpdateTimeProperty = TimestampProperty(message, symbols, "UpdateTime", "UpdatedAt"),
            EtagProperty = StringProperty(message, "Etag", settable: true),
        };
        resources.Add(typeName, resource);
        return resource;
    }

    private static string? RequestKey(INamedTypeSymbol request, InMemoryResourceShape resource)
        => StringProperty(request, "Id") ?? StringProperty(request, "Name") ?? StringProperty(request, resource.SimpleName + "Id");

    private static string? TimestampProperty(INamedTypeSymbol message, GrpcSymbols symbols, params string[] names)
        => names.FirstOrDefault(name => HasProperty(message, name, p => SymbolEqualityComparer.Default.Equals(p, symbols.Timestamp), settable: true));

    private static string? StringProperty(INamedTypeSymbol message, string name, bool settable = false)
        => HasProperty(message, name, p => p.SpecialType == SpecialType.System_String, settable) ? name : null;

    private static string? BoolProperty(INamedTypeSymbol message, string name)
        => HasProperty(message, name, p => p.SpecialType == SpecialType.System_Boolean) ? name : null;

    private static bool HasProperty(INamedTypeSymbol type, string name, Func<ITypeSymbol, bool> typeTest, bool settable = false)
        => type.GetMembers(name).OfType<IPropertySymbol>().Any(p => p.IsPublicInstance() && typeTest(p.Type) && (!settable || p.SetMethod is { DeclaredAccessibility: Accessibility.Public }));

    private static IEnumerable<IPropertySymbol> SingularMessageProperties(INamedTypeSymbol type, GrpcSymbols symbols)
        => type.GetMembers().OfType<IPropertySymbol>()
            .Where(p => p.IsPublicInstance() && p.SetMethod is { DeclaredAccessibility: Accessibility.Public }
                && p.Type is INamedTypeSymbol named && symbols.IsMessageClass(named));

    private static IEnumerable<IPropertySymbol> RepeatedProperties(INamedTypeSymbol type, GrpcSymbols symbols)
        => type.GetMembers().OfType<IPropertySymbol>()
            .Where(p => p.IsPublicInstance() && p.Type is INamedTypeSymbol { TypeArguments.Length: 1 } named
                && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, symbols.RepeatedFieldOfT));

    private static (INamedTypeSymbol Request, INamedTypeSymbol Response)? UnaryTypes(IMethodSymbol rpc, GrpcSymbols symbols)
        => rpc.Parameters.Length == 2
            && rpc.Parameters[0].Type is INamedTypeSymbol request
            && symbols.IsMessageClass(request)
            && rpc.ReturnType is INamedTypeSymbol { TypeArguments.Length: 1 } task
            && SymbolEqualityComparer.Default.Equals(task.OriginalDefinition, symbols.TaskOfT)
            && task.TypeArguments[0] is INamedTypeSymbol response
            ? (request, response)
            : null;

    private static bool IsPublicInstance(this IPropertySymbol property)
        => !property.IsStatic && property.DeclaredAccessibility == Accessibility.Public && !property.IsIndexer;

    /// <summary>The hint name suffix of the generator's output, which the analyzers see in the compilation.</summary>
    public const string GeneratedFileSuffix = ".InMemory.g.cs";

    /// <summary>
    /// An override of <paramref name="rpc"/> declared in the class's own sources (the analyzers' compilation also holds
    /// the generator's output, whose overrides are not hand-written).
    /// </summary>
    private static bool IsWrittenByHand(INamedTypeSymbol type, IMethodSymbol rpc)
        => type.GetMembers(rpc.Name).OfType<IMethodSymbol>().Any(method =>
            method.IsOverride
            && SymbolEqualityComparer.Default.Equals(method.OverriddenMethod?.OriginalDefinition, rpc.OriginalDefinition)
            && method.DeclaringSyntaxReferences.Any(reference => !reference.SyntaxTree.FilePath.EndsWith(GeneratedFileSuffix, StringComparison.Ordinal)));

    private static string Qualified(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
}
