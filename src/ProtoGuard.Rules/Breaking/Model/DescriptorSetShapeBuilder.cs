using System.Collections.Generic;
using System.Linq;
using ProtoGuard.Schema.Descriptors;

namespace ProtoGuard.Rules.Breaking.Model;

/// <summary>
/// Builds the old-side <see cref="SchemaShape"/> from an image: the files of a <c>FileDescriptorSet</c> (protoc's
/// <c>--descriptor_set_out</c>, <c>protoguard build -o</c>, <c>buf build -o</c>) as <see cref="DescriptorReader"/>
/// decodes them. Every attribute is derived exactly as <see cref="SchemaShapeBuilder"/> derives it from linked files
/// (editions features resolved from the element up to the file, with the syntax's defaults), so an image of a
/// directory compares like the directory itself. As buf, every file of the image is compared, imports included, and
/// an image that lacks a file one of its files imports is refused (buf: "could not resolve import").
/// </summary>
public static class DescriptorSetShapeBuilder
{
    private const int PresenceImplicit = 2;
    private const int PresenceLegacyRequired = 3;
    private const int EnumTypeClosed = 2;
    private const int Utf8Verify = 2;
    private const int EncodingDelimited = 2;
    private const int JsonAllow = 1;
    private const int EditionsFirstWithViewStrings = 1001;

    /// <summary>The shape of <paramref name="files"/>, or null with <paramref name="problem"/> (one sentence) when the set is not self-contained.</summary>
    public static SchemaShape? Build(IReadOnlyList<DecodedFile> files, out string? problem)
    {
        problem = null;
        var byName = new Dictionary<string, DecodedFile>(System.StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!byName.ContainsKey(file.Name))
            {
                byName.Add(file.Name, file);
            }
        }

        foreach (var file in byName.Values)
        {
            if (file.Dependencies.FirstOrDefault(dependency => !byName.ContainsKey(dependency)) is { } missing)
            {
                problem = $"'{missing}', imported by '{file.Name}', is not in the image; build it with its imports (protoguard build --include-imports, protoc --include_imports; buf build includes them)";
                return null;
            }
        }

        var index = new TypeIndex(byName.Values);
        return new SchemaShape(byName.Values.Select(file => BuildFile(file, index)).OrderBy(file => file.Path, System.StringComparer.Ordinal).ToArray());
    }

    /// <summary>Messages and enums of the whole image by full name (no leading dot): map entries and enum defaults need them.</summary>
    private sealed class TypeIndex
    {
        public TypeIndex(IEnumerable<DecodedFile> files)
        {
            foreach (var file in files)
            {
                var prefix = file.Package.Length == 0 ? string.Empty : file.Package + ".";
                foreach (var message in file.MessageTypes)
                {
                    AddMessage(prefix, message);
                }

                foreach (var enumType in file.EnumTypes)
                {
                    Enums[prefix + enumType.Name] = enumType;
                }
            }
        }

        public Dictionary<string, DecodedMessage> Messages { get; } = new(System.StringComparer.Ordinal);

        public Dictionary<string, DecodedEnum> Enums { get; } = new(System.StringComparer.Ordinal);

        private void AddMessage(string prefix, DecodedMessage message)
        {
            var fullName = prefix + message.Name;
            Messages[fullName] = message;
            foreach (var nested in message.NestedTypes)
            {
                AddMessage(fullName + ".", nested);
            }

            foreach (var enumType in message.EnumTypes)
            {
                Enums[fullName + "." + enumType.Name] = enumType;
            }
        }
    }

    /// <summary>What one file's elements are built with.</summary>
    private sealed class FileContext
    {
        public FileContext(DecodedFile file, FileShape shape, TypeIndex index)
        {
            File = file;
            Shape = shape;
            Index = index;
            IsEditions = shape.Syntax == "editions";
            var isProto2 = shape.Syntax == "proto2";
            Presence = shape.Syntax == "proto3" ? PresenceImplicit : 1;
            EnumType = isProto2 ? EnumTypeClosed : 1;
            Utf8 = isProto2 ? 3 : Utf8Verify;
            JsonFormat = isProto2 ? 2 : JsonAllow;
        }

        public DecodedFile File { get; }

        public FileShape Shape { get; }

        public TypeIndex Index { get; }

        public bool IsEditions { get; }

        public int Presence { get; }

        public int EnumType { get; }

        public int Utf8 { get; }

        public int JsonFormat { get; }

        /// <summary>The feature set on the innermost element of <paramref name="chain"/>, else on the file, else <paramref name="defaultValue"/> (always the default outside editions).</summary>
        public int Resolve(IEnumerable<DecodedFeatures?> chain, System.Func<DecodedFeatures, int> feature, int defaultValue)
        {
            if (!IsEditions)
            {
                return defaultValue;
            }

            foreach (var features in chain.Append(File.Features))
            {
                if (features != null && feature(features) != 0)
                {
                    return feature(features);
                }
            }

            return defaultValue;
        }

        public string NestedName(string fullName) =>
            File.Package.Length > 0 && fullName.StartsWith(File.Package + ".", System.StringComparison.Ordinal)
                ? fullName.Substring(File.Package.Length + 1)
                : fullName;
    }

    private static FileShape BuildFile(DecodedFile file, TypeIndex index)
    {
        var shape = new FileShape
        {
            Path = file.Name,
            Package = file.Package,
            Syntax = file.Syntax.Length == 0 ? "proto2" : file.Syntax,
            Edition = file.Syntax == "editions" ? file.Edition : 0,
        };
        foreach (var (name, defaultValue) in SchemaShapeBuilder.FileOptionDefaults)
        {
            shape.Options[name] = file.Options.TryGetValue(name, out var value) ? value : defaultValue;
        }

        var context = new FileContext(file, shape, index);
        var prefix = file.Package.Length == 0 ? string.Empty : file.Package + ".";
        var scope = new List<DecodedMessage>();
        foreach (var message in file.MessageTypes)
        {
            AddMessage(context, prefix, message, scope);
        }

        foreach (var enumType in file.EnumTypes)
        {
            shape.Enums.Add(BuildEnum(context, prefix, enumType, scope));
        }

        foreach (var extension in file.Extensions)
        {
            shape.Extensions.Add(BuildField(context, prefix, extension, parent: null, scope));
        }

        foreach (var service in file.Services)
        {
            var serviceShape = new ServiceShape { FullName = prefix + service.Name, Name = service.Name, File = shape };
            foreach (var method in service.Methods)
            {
                serviceShape.Methods.Add(new MethodShape
                {
                    Name = method.Name,
                    InputType = method.InputType.TrimStart('.'),
                    OutputType = method.OutputType.TrimStart('.'),
                    ClientStreaming = method.ClientStreaming,
                    ServerStreaming = method.ServerStreaming,
                    IdempotencyLevel = method.IdempotencyLevel switch { 1 => "NO_SIDE_EFFECTS", 2 => "IDEMPOTENT", _ => "IDEMPOTENCY_UNKNOWN" },
                    Service = serviceShape,
                });
            }

            shape.Services.Add(serviceShape);
        }

        return shape;
    }

    /// <summary>Adds the message, then (as <see cref="SchemaShapeBuilder"/>) its nested messages, enums and extensions; <paramref name="scope"/> is the enclosing messages, innermost last.</summary>
    private static void AddMessage(FileContext context, string prefix, DecodedMessage message, List<DecodedMessage> scope)
    {
        scope.Add(message);
        var fullName = prefix + message.Name;
        var messageShape = new MessageShape
        {
            FullName = fullName,
            NestedName = context.NestedName(fullName),
            Name = message.Name,
            IsMapEntry = message.IsMapEntry,
            MessageSetWireFormat = message.MessageSetWireFormat,
            NoStandardDescriptorAccessor = message.NoStandardDescriptorAccessor,
            JsonFormat = context.Resolve(Features(scope), features => features.JsonFormat, context.JsonFormat) == JsonAllow ? "ALLOW" : "LEGACY_BEST_EFFORT",
            File = context.Shape,
        };
        messageShape.ReservedRanges.AddRange(message.ReservedRanges.Select(range => new TagRange(range.Start, range.End - 1)));
        messageShape.ReservedNames.AddRange(message.ReservedNames);
        messageShape.ExtensionRanges.AddRange(message.ExtensionRanges.Select(range => new TagRange(range.Start, range.End - 1)));
        for (var i = 0; i < message.OneofNames.Count; i++)
        {
            var oneofIndex = i;
            messageShape.Oneofs.Add(new OneofShape { Name = message.OneofNames[i], IsSynthetic = message.Fields.Any(field => field.OneofIndex == oneofIndex && field.Proto3Optional) });
        }

        context.Shape.Messages.Add(messageShape);
        foreach (var field in message.Fields)
        {
            messageShape.Fields.Add(BuildField(context, fullName + ".", field, messageShape, scope));
        }

        foreach (var nested in message.NestedTypes)
        {
            AddMessage(context, fullName + ".", nested, scope);
        }

        foreach (var enumType in message.EnumTypes)
        {
            context.Shape.Enums.Add(BuildEnum(context, fullName + ".", enumType, scope));
        }

        foreach (var extension in message.Extensions)
        {
            context.Shape.Extensions.Add(BuildField(context, fullName + ".", extension, messageShape, scope));
        }

        scope.RemoveAt(scope.Count - 1);
    }

    /// <summary>The features of the enclosing messages, innermost first.</summary>
    private static IEnumerable<DecodedFeatures?> Features(List<DecodedMessage> scope)
    {
        for (var i = scope.Count - 1; i >= 0; i--)
        {
            yield return scope[i].Features;
        }
    }

    private static EnumShape BuildEnum(FileContext context, string prefix, DecodedEnum enumType, List<DecodedMessage> scope)
    {
        var chain = new[] { enumType.Features }.Concat(Features(scope)).ToArray();
        var fullName = prefix + enumType.Name;
        var enumShape = new EnumShape
        {
            FullName = fullName,
            NestedName = context.NestedName(fullName),
            Name = enumType.Name,
            IsClosed = context.Resolve(chain, features => features.EnumType, context.EnumType) == EnumTypeClosed,
            JsonFormat = context.Resolve(chain, features => features.JsonFormat, context.JsonFormat) == JsonAllow ? "ALLOW" : "LEGACY_BEST_EFFORT",
            File = context.Shape,
        };
        enumShape.Values.AddRange(enumType.Values.Select(value => new EnumValueShape { Name = value.Name, Number = value.Number }));
        enumShape.ReservedRanges.AddRange(enumType.ReservedRanges.Select(range => new TagRange(range.Start, range.End)));
        enumShape.ReservedNames.AddRange(enumType.ReservedNames);
        return enumShape;
    }

    private static FieldShape BuildField(FileContext context, string prefix, DecodedField field, MessageShape? parent, List<DecodedMessage> scope)
    {
        var chain = new[] { field.Features }.Concat(Features(scope)).ToArray();
        var typeName = field.FullTypeName ?? field.TypeName?.TrimStart('.');
        var isMap = field.IsRepeated && field.Type == FieldType.Message && typeName != null
            && context.Index.Messages.TryGetValue(typeName, out var entry) && entry.IsMapEntry;
        var kind = field.Type;
        if (kind == FieldType.Message && context.IsEditions && !isMap && context.Resolve(chain, features => features.MessageEncoding, 1) == EncodingDelimited)
        {
            kind = FieldType.Group;
        }

        var utf8 = context.Resolve(chain, features => features.Utf8Validation, context.Utf8) == Utf8Verify ? "VERIFY" : "NONE";
        var fullName = prefix + field.Name;
        var fieldShape = new FieldShape
        {
            Name = field.Name,
            FullName = fullName,
            NestedName = context.NestedName(fullName),
            Number = field.Number,
            Extendee = field.Extendee?.TrimStart('.'),
            Label = field.Label,
            Cardinality = Cardinality(context, field, chain, isMap),
            Kind = kind,
            TypeName = typeName,
            Oneof = field.OneofIndex >= 0 && parent != null && field.Extendee == null && field.OneofIndex < parent.Oneofs.Count && !parent.Oneofs[field.OneofIndex].IsSynthetic
                ? parent.Oneofs[field.OneofIndex].Name
                : null,
            JsonName = field.EffectiveJsonName,
            JsType = field.JsType switch { 1 => "JS_STRING", 2 => "JS_NUMBER", _ => "JS_NORMAL" },
            CppStringType = CppStringType(context, field, chain),
            Utf8Validation = utf8,
            JavaUtf8Validation = JavaUtf8Validation(context, chain, utf8),
            DefaultValue = field.DefaultValue,
            Parent = parent,
            File = context.Shape,
        };
        if (field.Type == FieldType.Enum && typeName != null && context.Index.Enums.TryGetValue(typeName, out var enumType))
        {
            var defaultValue = field.DefaultValue is { } name ? enumType.Values.FirstOrDefault(value => value.Name == name) : null;
            fieldShape.DefaultEnumNumber = defaultValue?.Number ?? (enumType.Values.Count > 0 ? enumType.Values[0].Number : 0);
        }

        return fieldShape;
    }

    private static FieldCardinalityKind Cardinality(FileContext context, DecodedField field, DecodedFeatures?[] chain, bool isMap)
    {
        if (isMap)
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

        if (field.Extendee != null || field.OneofIndex >= 0 || field.Type is FieldType.Message or FieldType.Group || field.Proto3Optional)
        {
            return FieldCardinalityKind.OptionalExplicitPresence;
        }

        return context.Resolve(chain, features => features.FieldPresence, context.Presence) switch
        {
            PresenceLegacyRequired => FieldCardinalityKind.Required,
            PresenceImplicit => FieldCardinalityKind.OptionalImplicitPresence,
            _ => FieldCardinalityKind.OptionalExplicitPresence,
        };
    }

    private static string CppStringType(FileContext context, DecodedField field, DecodedFeatures?[] chain)
    {
        var edition = context.Shape.Edition;
        if (edition < EditionsFirstWithViewStrings && field.CType is { } ctype)
        {
            switch (ctype)
            {
                case 1:
                    return "CORD";
                case 2:
                    return "STRING_PIECE";
                default:
                    if (!context.IsEditions)
                    {
                        return "STRING";
                    }

                    break;
            }
        }

        return context.Resolve(chain, features => features.CppStringType, 0) switch
        {
            1 => "VIEW",
            2 => "CORD",
            3 => "STRING",
            _ => edition >= EditionsFirstWithViewStrings ? "VIEW" : "STRING",
        };
    }

    private static string JavaUtf8Validation(FileContext context, DecodedFeatures?[] chain, string defaultValidation)
    {
        var hasCheckUtf8 = context.File.Options.TryGetValue("java_string_check_utf8", out var checkUtf8);
        if (!context.IsEditions || hasCheckUtf8)
        {
            return checkUtf8 == "true" ? "VERIFY" : defaultValidation;
        }

        return context.Resolve(chain, features => features.JavaUtf8Validation, 0) == Utf8Verify ? "VERIFY" : defaultValidation;
    }
}
