using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Linking;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Breaking.Model;

/// <summary>
/// Builds the <see cref="SchemaShape"/> of linked files: resolves editions features (field presence, enum type,
/// UTF-8 validation, message encoding, JSON format) from the element up to the file, with the defaults of proto2,
/// proto3 and editions, as protobuf-go does for buf.
/// </summary>
public static class SchemaShapeBuilder
{
    private const long PresenceExplicit = 1;
    private const long PresenceImplicit = 2;
    private const long PresenceLegacyRequired = 3;
    private const long EnumTypeClosed = 2;
    private const long Utf8Verify = 2;
    private const long EncodingDelimited = 2;
    private const long JsonAllow = 1;

    /// <summary>The shape of every file of the compilation, imports included, ordered by path.</summary>
    public static SchemaShape Build(ProtoCompilation compilation) => Build(Reachable(compilation.Files));

    /// <summary>
    /// The files and everything they import, transitively — but not files the linker loaded for itself (such as
    /// descriptor.proto for option interpretation), which buf's images do not contain.
    /// </summary>
    public static IReadOnlyList<FileDescriptor> Reachable(IEnumerable<FileDescriptor> files)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var result = new List<FileDescriptor>();
        var pending = new Stack<FileDescriptor>(files.Reverse());
        while (pending.Count > 0)
        {
            var file = pending.Pop();
            if (!seen.Add(file.Name))
            {
                continue;
            }

            result.Add(file);
            foreach (var dependency in file.DependencyFiles)
            {
                if (dependency != null)
                {
                    pending.Push(dependency);
                }
            }
        }

        return result;
    }

    public static SchemaShape Build(IEnumerable<FileDescriptor> files) =>
        new(files.GroupBy(file => file.Name, System.StringComparer.Ordinal)
            .Select(group => BuildFile(group.First()))
            .OrderBy(file => file.Path, System.StringComparer.Ordinal)
            .ToArray());

    public static FileShape BuildFile(FileDescriptor file)
    {
        var shape = new FileShape
        {
            Path = file.Name,
            Package = file.Package,
            Syntax = file.Syntax,
            Edition = file.Edition,
            Text = file.Parsed.Text,
            Node = file.Parsed.Root,
        };
        foreach (var (name, defaultValue) in FileOptionDefaults)
        {
            shape.Options[name] = OptionString(file.Options?.GetValue(name), name) ?? defaultValue;
        }

        foreach (var message in file.MessageTypes)
        {
            AddMessage(shape, file, message);
        }

        foreach (var enumType in file.EnumTypes)
        {
            shape.Enums.Add(BuildEnum(shape, file, enumType));
        }

        foreach (var extension in file.Extensions)
        {
            shape.Extensions.Add(BuildField(shape, file, extension, parent: null));
        }

        foreach (var service in file.Services)
        {
            var serviceShape = new ServiceShape { FullName = service.FullName, Name = service.Name, Node = service.Node, File = shape };
            foreach (var method in service.Methods)
            {
                serviceShape.Methods.Add(new MethodShape
                {
                    Name = method.Name,
                    InputType = method.InputType?.FullName ?? method.Node?.InputType.Text.TrimStart('.') ?? string.Empty,
                    OutputType = method.OutputType?.FullName ?? method.Node?.OutputType.Text.TrimStart('.') ?? string.Empty,
                    ClientStreaming = method.ClientStreaming,
                    ServerStreaming = method.ServerStreaming,
                    IdempotencyLevel = method.Options?.GetValue("idempotency_level") is long level ? IdempotencyLevelName(level) : "IDEMPOTENCY_UNKNOWN",
                    Node = method.Node,
                    Service = serviceShape,
                });
            }

            shape.Services.Add(serviceShape);
        }

        return shape;
    }

    /// <summary>The file options buf compares, with descriptor.proto's default for an unset option.</summary>
    internal static readonly IReadOnlyList<(string Name, string Default)> FileOptionDefaults = new[]
    {
        ("cc_enable_arenas", "true"),
        ("cc_generic_services", "false"),
        ("csharp_namespace", string.Empty),
        ("go_package", string.Empty),
        ("java_generic_services", "false"),
        ("java_multiple_files", "false"),
        ("java_outer_classname", string.Empty),
        ("java_package", string.Empty),
        ("java_string_check_utf8", "false"),
        ("objc_class_prefix", string.Empty),
        ("optimize_for", "SPEED"),
        ("php_class_prefix", string.Empty),
        ("php_metadata_namespace", string.Empty),
        ("php_namespace", string.Empty),
        ("py_generic_services", "false"),
        ("ruby_package", string.Empty),
        ("swift_prefix", string.Empty),
    };

    private static string? OptionString(object? value, string name) => value switch
    {
        null => null,
        bool flag => flag ? "true" : "false",
        long number when name == "optimize_for" => number switch { 2 => "CODE_SIZE", 3 => "LITE_RUNTIME", _ => "SPEED" },
        string text => text,
        _ => System.Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static string IdempotencyLevelName(long level) => level switch
    {
        1 => "NO_SIDE_EFFECTS",
        2 => "IDEMPOTENT",
        _ => "IDEMPOTENCY_UNKNOWN",
    };

    private static void AddMessage(FileShape shape, FileDescriptor file, MessageDescriptor message)
    {
        var messageShape = new MessageShape
        {
            FullName = message.FullName,
            NestedName = NestedName(file, message.FullName),
            Name = message.Name,
            IsMapEntry = message.IsMapEntry,
            MessageSetWireFormat = message.Options?.GetValue("message_set_wire_format") is true,
            NoStandardDescriptorAccessor = message.Options?.GetValue("no_standard_descriptor_accessor") is true,
            JsonFormat = ResolveFeature(file, MessageChain(message), "json_format", Defaults(file).JsonFormat) == JsonAllow ? "ALLOW" : "LEGACY_BEST_EFFORT",
            Node = message.Node,
            File = shape,
        };
        foreach (var range in message.ReservedRanges)
        {
            messageShape.ReservedRanges.Add(new TagRange(range.Start, range.End - 1));
        }

        messageShape.ReservedNames.AddRange(message.ReservedNames);
        foreach (var range in message.ExtensionRanges)
        {
            messageShape.ExtensionRanges.Add(new TagRange(range.Start, range.End - 1));
        }

        foreach (var oneof in message.Oneofs)
        {
            messageShape.Oneofs.Add(new OneofShape { Name = oneof.Name, IsSynthetic = oneof.IsSynthetic });
        }

        shape.Messages.Add(messageShape);
        foreach (var field in message.Fields)
        {
            messageShape.Fields.Add(BuildField(shape, file, field, messageShape));
        }

        foreach (var nested in message.NestedTypes)
        {
            AddMessage(shape, file, nested);
        }

        foreach (var enumType in message.EnumTypes)
        {
            shape.Enums.Add(BuildEnum(shape, file, enumType));
        }

        foreach (var extension in message.Extensions)
        {
            shape.Extensions.Add(BuildField(shape, file, extension, messageShape));
        }
    }

    private static EnumShape BuildEnum(FileShape shape, FileDescriptor file, EnumDescriptor enumType)
    {
        var chain = new List<Descriptor> { enumType };
        chain.AddRange(Ancestors(enumType.ContainingType));
        var enumShape = new EnumShape
        {
            FullName = enumType.FullName,
            NestedName = NestedName(file, enumType.FullName),
            Name = enumType.Name,
            IsClosed = ResolveFeature(file, chain, "enum_type", Defaults(file).EnumType) == EnumTypeClosed,
            JsonFormat = ResolveFeature(file, chain, "json_format", Defaults(file).JsonFormat) == JsonAllow ? "ALLOW" : "LEGACY_BEST_EFFORT",
            Node = enumType.Node,
            File = shape,
        };
        foreach (var value in enumType.Values)
        {
            enumShape.Values.Add(new EnumValueShape { Name = value.Name, Number = value.Number, Node = value.Node });
        }

        foreach (var range in enumType.ReservedRanges)
        {
            enumShape.ReservedRanges.Add(new TagRange(range.Start, range.End));
        }

        enumShape.ReservedNames.AddRange(enumType.ReservedNames);
        return enumShape;
    }

    private static FieldShape BuildField(FileShape shape, FileDescriptor file, FieldDescriptor field, MessageShape? parent)
    {
        var chain = new List<Descriptor> { field };
        chain.AddRange(Ancestors(field.ContainingType));
        var defaults = Defaults(file);
        var kind = field.Type;
        if (kind == FieldType.Message && file.Syntax == "editions" && ResolveFeature(file, chain, "message_encoding", 1) == EncodingDelimited && !field.IsMap)
        {
            kind = FieldType.Group;
        }

        var utf8 = ResolveFeature(file, chain, "utf8_validation", defaults.Utf8) == Utf8Verify ? "VERIFY" : "NONE";
        var fieldShape = new FieldShape
        {
            Name = field.Name,
            FullName = field.FullName,
            NestedName = NestedName(file, field.FullName),
            Number = field.Number,
            Extendee = field.IsExtension ? field.Extendee?.FullName ?? string.Empty : null,
            Label = field.Label,
            Cardinality = Cardinality(file, field, chain, defaults.Presence),
            Kind = kind,
            TypeName = field.TypeName?.TrimStart('.'),
            Oneof = field.Oneof is { IsSynthetic: false } oneof ? oneof.Name : null,
            JsonName = field.JsonName,
            JsType = field.Options?.GetValue("jstype") is long jsType ? jsType switch { 1 => "JS_STRING", 2 => "JS_NUMBER", _ => "JS_NORMAL" } : "JS_NORMAL",
            CppStringType = CppStringType(file, field, chain),
            Utf8Validation = utf8,
            JavaUtf8Validation = JavaUtf8Validation(file, chain, utf8),
            DefaultValue = field.DefaultValue,
            Node = field.Node,
            Parent = parent,
            File = shape,
        };
        if (field.EnumType is { } enumType)
        {
            var defaultValue = field.DefaultValue is { } name ? enumType.FindValueByName(name) : null;
            fieldShape.DefaultEnumNumber = defaultValue?.Number ?? (enumType.Values.Count > 0 ? enumType.Values[0].Number : 0);
        }

        return fieldShape;
    }

    private static FieldCardinalityKind Cardinality(FileDescriptor file, FieldDescriptor field, List<Descriptor> chain, long defaultPresence)
    {
        if (field.IsMap)
        {
            return FieldCardinalityKind.Map;
        }

        if (field.IsRepeated)
        {
            return FieldCardinalityKind.Repeated;
        }

        if (field.Label == FieldCardinality.Required)
        {
            return FieldCardinalityKind.Required;
        }

        if (field.IsExtension || field.Oneof != null || field.Type is FieldType.Message or FieldType.Group || field.Proto3Optional)
        {
            return FieldCardinalityKind.OptionalExplicitPresence;
        }

        return ResolveFeature(file, chain, "field_presence", defaultPresence) switch
        {
            PresenceLegacyRequired => FieldCardinalityKind.Required,
            PresenceImplicit => FieldCardinalityKind.OptionalImplicitPresence,
            _ => FieldCardinalityKind.OptionalExplicitPresence,
        };
    }

    private static string CppStringType(FileDescriptor file, FieldDescriptor field, List<Descriptor> chain)
    {
        if (file.Edition < 1001 && field.Options?.GetValue("ctype") is long ctype)
        {
            switch (ctype)
            {
                case 1:
                    return "CORD";
                case 2:
                    return "STRING_PIECE";
                default:
                    if (file.Syntax != "editions")
                    {
                        return "STRING";
                    }

                    break;
            }
        }

        var feature = ResolveCustomFeature(file, chain, "(pb.cpp).string_type");
        return feature ?? (file.Edition >= 1001 ? "VIEW" : "STRING");
    }

    private static string JavaUtf8Validation(FileDescriptor file, List<Descriptor> chain, string defaultValidation)
    {
        var checkUtf8 = file.Options?.GetValue("java_string_check_utf8");
        if (file.Syntax != "editions" || checkUtf8 != null)
        {
            return checkUtf8 is true ? "VERIFY" : defaultValidation;
        }

        return ResolveCustomFeature(file, chain, "(pb.java).utf8_validation") == "VERIFY" ? "VERIFY" : defaultValidation;
    }

    private readonly struct FeatureDefaults
    {
        public FeatureDefaults(long presence, long enumType, long utf8, long jsonFormat)
        {
            Presence = presence;
            EnumType = enumType;
            Utf8 = utf8;
            JsonFormat = jsonFormat;
        }

        public long Presence { get; }

        public long EnumType { get; }

        public long Utf8 { get; }

        public long JsonFormat { get; }
    }

    private static FeatureDefaults Defaults(FileDescriptor file) => file.Syntax switch
    {
        "proto3" => new FeatureDefaults(PresenceImplicit, 1, Utf8Verify, JsonAllow),
        "editions" => new FeatureDefaults(PresenceExplicit, 1, Utf8Verify, JsonAllow),
        _ => new FeatureDefaults(PresenceExplicit, EnumTypeClosed, 3, 2),
    };

    /// <summary>The feature value set on the innermost element of <paramref name="chain"/>, else on the file, else the default.</summary>
    private static long ResolveFeature(FileDescriptor file, IEnumerable<Descriptor> chain, string feature, long defaultValue)
    {
        if (file.Syntax != "editions")
        {
            return defaultValue;
        }

        foreach (var descriptor in chain)
        {
            if (descriptor.Options?.GetValue("features") is DynamicMessage features && features.GetValue(feature) is long value)
            {
                return value;
            }
        }

        return file.Options?.GetValue("features") is DynamicMessage fileFeatures && fileFeatures.GetValue(feature) is long fileValue
            ? fileValue
            : defaultValue;
    }

    /// <summary>
    /// A language feature (<c>features.(pb.cpp).string_type</c>) as written in the source: the feature files are not
    /// among the embedded well-known types, so the value is read from the option syntax.
    /// </summary>
    private static string? ResolveCustomFeature(FileDescriptor file, IEnumerable<Descriptor> chain, string feature)
    {
        if (file.Syntax != "editions")
        {
            return null;
        }

        var name = "features." + feature;
        foreach (var descriptor in chain)
        {
            var options = descriptor switch
            {
                FieldDescriptor { Node: { } node } => node.Options,
                MessageDescriptor { Node: MessageNode node } => node.Options,
                _ => null,
            };
            if (FindIdentifierOption(options, name) is { } value)
            {
                return value;
            }
        }

        return FindIdentifierOption(file.Parsed.Root.Options, name);
    }

    private static string? FindIdentifierOption(IReadOnlyList<OptionNode>? options, string name)
    {
        if (options == null)
        {
            return null;
        }

        foreach (var option in options)
        {
            if (option.Name.Text.Replace(" ", string.Empty) == name && option.Value is IdentifierValue value)
            {
                return value.Name;
            }
        }

        return null;
    }

    private static IEnumerable<Descriptor> MessageChain(MessageDescriptor message) => Ancestors(message);

    private static IEnumerable<Descriptor> Ancestors(MessageDescriptor? message)
    {
        for (var scope = message; scope != null; scope = scope.ContainingType)
        {
            yield return scope;
        }
    }

    private static string NestedName(FileDescriptor file, string fullName) =>
        file.Package.Length > 0 && fullName.StartsWith(file.Package + ".", System.StringComparison.Ordinal)
            ? fullName.Substring(file.Package.Length + 1)
            : fullName;
}
