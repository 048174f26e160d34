using System;
using System.Collections.Generic;
using System.Text;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Linking;

/// <summary>Builds one file's descriptors from its syntax tree; its imports are already linked.</summary>
internal sealed partial class FileBuilder
{
    private static readonly Dictionary<string, FieldType> ScalarTypes = new Dictionary<string, FieldType>(StringComparer.Ordinal)
    {
        ["double"] = FieldType.Double,
        ["float"] = FieldType.Float,
        ["int64"] = FieldType.Int64,
        ["uint64"] = FieldType.UInt64,
        ["int32"] = FieldType.Int32,
        ["fixed64"] = FieldType.Fixed64,
        ["fixed32"] = FieldType.Fixed32,
        ["bool"] = FieldType.Bool,
        ["string"] = FieldType.String,
        ["bytes"] = FieldType.Bytes,
        ["uint32"] = FieldType.UInt32,
        ["sfixed32"] = FieldType.SFixed32,
        ["sfixed64"] = FieldType.SFixed64,
        ["sint32"] = FieldType.SInt32,
        ["sint64"] = FieldType.SInt64,
    };

    private readonly Linker _linker;
    private readonly FileDescriptor _file;
    private readonly HashSet<FileDescriptor> _visible = new HashSet<FileDescriptor>();

    // Files seen only through `import option` (and their public imports): they name custom options, nothing else.
    private readonly HashSet<FileDescriptor> _optionVisible = new HashSet<FileDescriptor>();
    private bool _interpretingOptions;

    // Everything with options, in declaration order, interpreted once the whole file is declared and resolved.
    private readonly List<PendingOptions> _pendingOptions = new List<PendingOptions>();
    private readonly List<FieldDescriptor> _fields = new List<FieldDescriptor>();
    private readonly List<MethodDescriptor> _methods = new List<MethodDescriptor>();
    private readonly List<MessageDescriptor> _messages = new List<MessageDescriptor>();
    private readonly List<EnumDescriptor> _enums = new List<EnumDescriptor>();

    public FileBuilder(Linker linker, FileDescriptor file)
    {
        _linker = linker;
        _file = file;
    }

    // Only when completed after every file is declared: the last DeclarationOrder whose symbols this file sees while
    // resolving names and checking (protoc's pool when it built the file), else int.MaxValue (every symbol so far).
    private int _visibleThrough = int.MaxValue;
    private int _resolveVisibleThrough = int.MaxValue;
    private int _checkVisibleThrough = int.MaxValue;

    private FileNode Root => _file.Parsed.Root;

    internal FileDescriptor File => _file;

    /// <summary>Declares and completes the file, as protoc builds one.</summary>
    public void Build()
    {
        Declare();
        Complete();
    }

    /// <summary>
    /// Declares the file's symbols; when completion is deferred, also finds its options types now (descriptor.proto
    /// may be loaded for them, at the point protoc's order loads it) and remembers which files it may see.
    /// </summary>
    public void Declare()
    {
        CollectVisibleFiles();
        DeclareFile();
        if (_linker.DefersCompletion)
        {
            _resolveVisibleThrough = _file.DeclarationOrder;
            FindOptionsTypes();
            _checkVisibleThrough = _linker.DeclaredFileCount - 1;
        }
    }

    /// <summary>Resolves names, interprets options and checks the file; the files it imports are complete.</summary>
    public void Complete()
    {
        _visibleThrough = _resolveVisibleThrough;
        foreach (var field in _fields)
        {
            ResolveField(field);
        }

        foreach (var method in _methods)
        {
            ResolveMethod(method);
        }

        InterpretAllOptions();
        _visibleThrough = _checkVisibleThrough;
        Validate();
    }

    /// <summary>The files that must be complete before this one: its imports and the files of its options types.</summary>
    internal IEnumerable<FileDescriptor> CompletionDependencies()
    {
        foreach (var dependency in _file.DependencyFiles)
        {
            if (dependency != null)
            {
                yield return dependency;
            }
        }

        foreach (var dependency in _file.OptionDependencyFiles)
        {
            if (dependency != null)
            {
                yield return dependency;
            }
        }

        foreach (var pending in _pendingOptions)
        {
            if (pending.OptionsMessage != null)
            {
                yield return pending.OptionsMessage.File;
            }
        }
    }

    private void CollectVisibleFiles()
    {
        _visible.Add(_file);
        foreach (var dependency in _file.DependencyFiles)
        {
            AddWithPublicImports(dependency, _visible);
        }

        foreach (var dependency in _file.OptionDependencyFiles)
        {
            AddWithPublicImports(dependency, _optionVisible);
        }
    }

    private static void AddWithPublicImports(FileDescriptor? file, HashSet<FileDescriptor> visible)
    {
        if (file == null || !visible.Add(file))
        {
            return;
        }

        foreach (var index in file.PublicDependencies)
        {
            if (index < file.DependencyFiles.Count)
            {
                AddWithPublicImports(file.DependencyFiles[index], visible);
            }
        }
    }

    private void Report(string id, TextSpan span, string message) => Linker.Report(_file, id, span, message);

    private void Warn(string id, TextSpan span, string message) => Linker.Warn(_file, id, span, message);

    private static string Qualify(string scope, string name) => scope.Length == 0 ? name : scope + "." + name;

    // ---- Declaration -------------------------------------------------------------------------------------------

    private void DeclareFile()
    {
        var root = Root;
        _file.Package = root.Package?.Name.Text ?? string.Empty;
        if (root.Syntax == null)
        {
            _file.Syntax = "proto2";
        }
        else if (root.Syntax.IsEdition)
        {
            _file.Syntax = "editions";
            _file.Edition = root.Syntax.Value switch
            {
                "2023" => 1000,
                "2024" => 1001,
                _ => 0,
            };
        }
        else
        {
            _file.Syntax = root.Syntax.Value == "proto3" ? "proto3" : "proto2";
        }

        if (_file.Package.Length > 0)
        {
            DeclarePackage(_file.Package, root.Package!.Name.Span);
        }

        _pendingOptions.Add(new PendingOptions("FileOptions", root.Options, Qualify(_file.Package, "dummy"), options => _file.Options = options) { ElementSpan = root.Package?.Span });
        foreach (var declaration in root.Declarations)
        {
            switch (declaration)
            {
                case MessageNode message:
                    _file.MessageTypes.Add(DeclareMessage(message, _file.Package, null));
                    break;
                case EnumNode enumNode:
                    _file.EnumTypes.Add(DeclareEnum(enumNode, _file.Package, null));
                    break;
                case ServiceNode service:
                    _file.Services.Add(DeclareService(service));
                    break;
                case ExtendNode extend:
                    DeclareExtensions(extend, _file.Package, null, _file.Extensions, _file.MessageTypes);
                    break;
            }
        }
    }

    private void DeclarePackage(string package, TextSpan span)
    {
        var prefix = string.Empty;
        foreach (var part in package.Split('.'))
        {
            prefix = Qualify(prefix, part);
            if (_linker.Symbols.TryGetValue(prefix, out var existing))
            {
                if (existing.Kind != Linker.SymbolKind.Package)
                {
                    Report(LinkDiagnosticIds.DuplicateSymbol, span, $"Package \"{package}\": \"{prefix}\" is already defined (as something other than a package) in \"{existing.File.Name}\"");
                    return;
                }
            }
            else
            {
                _linker.Symbols.Add(prefix, new Linker.Symbol(Linker.SymbolKind.Package, null, _file));
            }
        }
    }

    private bool AddSymbol(string fullName, Linker.SymbolKind kind, Descriptor descriptor, TextSpan span)
    {
        if (descriptor.Name.Length == 0)
        {
            return false;
        }

        if (_linker.Symbols.TryGetValue(fullName, out var existing))
        {
            var where = existing.File == _file ? string.Empty : $" in \"{existing.File.Name}\"";
            var message = kind == Linker.SymbolKind.EnumValue && existing.Kind == Linker.SymbolKind.EnumValue
                ? $"\"{descriptor.Name}\" is already defined{where}; enum values are siblings of their enum, so \"{descriptor.Name}\" must be unique within \"{ScopeOf(fullName)}\", not just within its enum; prefix the value with the enum name"
                : $"\"{fullName}\" is already defined{where}; rename one of the declarations";
            Report(LinkDiagnosticIds.DuplicateSymbol, span, message);
            return false;
        }

        _linker.Symbols.Add(fullName, new Linker.Symbol(kind, descriptor, _file));
        return true;
    }

    private static string ScopeOf(string fullName)
    {
        var dot = fullName.LastIndexOf('.');
        return dot < 0 ? string.Empty : fullName.Substring(0, dot);
    }

    private MessageDescriptor DeclareMessage(MessageNode node, string scope, MessageDescriptor? parent)
    {
        var fullName = Qualify(scope, node.Name.Text);
        var message = new MessageDescriptor(node.Name.Text, fullName, _file, parent, node) { Visibility = node.Visibility };
        // In a message set, "max" is the largest int32 rather than the largest field number.
        long maxNumber = IsMessageSet(node) ? int.MaxValue - 1 : Linker.MaxFieldNumber;
        AddSymbol(fullName, Linker.SymbolKind.Message, message, node.Name.Span);
        _messages.Add(message);
        _pendingOptions.Add(new PendingOptions("MessageOptions", node.Options, fullName, message) { ElementSpan = node.Name.Span });
        foreach (var declaration in node.Declarations)
        {
            switch (declaration)
            {
                case FieldNode field:
                    message.Fields.Add(DeclareField(field, message, null));
                    break;
                case OneofNode oneofNode:
                    {
                        var oneof = new OneofDescriptor(oneofNode.Name.Text, Qualify(fullName, oneofNode.Name.Text), _file, message, oneofNode)
                        {
                            Index = message.Oneofs.Count,
                        };
                        message.Oneofs.Add(oneof);
                        AddSymbol(oneof.FullName, Linker.SymbolKind.Oneof, oneof, oneofNode.Name.Span);
                        _pendingOptions.Add(new PendingOptions("OneofOptions", oneofNode.Options, oneof.FullName, oneof));
                        foreach (var member in oneofNode.Fields)
                        {
                            var field = DeclareField(member, message, oneof);
                            oneof.Fields.Add(field);
                            message.Fields.Add(field);
                        }

                        break;
                    }

                case MessageNode nested:
                    message.NestedTypes.Add(DeclareMessage(nested, fullName, message));
                    break;
                case EnumNode enumNode:
                    message.EnumTypes.Add(DeclareEnum(enumNode, fullName, message));
                    break;
                case ExtendNode extend:
                    DeclareExtensions(extend, fullName, message, message.Extensions, message.NestedTypes);
                    break;
                case ReservedNode reserved:
                    foreach (var range in reserved.Ranges)
                    {
                        if (range.Start is long start && (range.End is long || range.EndIsMax))
                        {
                            var end = range.EndIsMax ? maxNumber : range.End!.Value;
                            message.ReservedRanges.Add(new NumberRange(ClampInt(start), ClampInt(end + 1)));
                        }
                    }

                    foreach (var name in reserved.Names)
                    {
                        message.ReservedNames.Add(name.Name);
                    }

                    break;
                case ExtensionRangeNode extensions:
                    {
                        var ranges = new List<ExtensionRangeDescriptor>();
                        foreach (var range in extensions.Ranges)
                        {
                            if (range.Start is long start && (range.End is long || range.EndIsMax))
                            {
                                var end = range.EndIsMax ? maxNumber : range.End!.Value;
                                var descriptor = new ExtensionRangeDescriptor(ClampInt(start), ClampInt(end + 1), extensions);
                                ranges.Add(descriptor);
                                message.ExtensionRanges.Add(descriptor);
                            }
                        }

                        _pendingOptions.Add(new PendingOptions("ExtensionRangeOptions", extensions.Options, fullName, options =>
                        {
                            foreach (var range in ranges)
                            {
                                range.Options = options;
                            }
                        }));
                        break;
                    }
            }
        }

        AddSyntheticOneofs(message);
        return message;
    }

    private static bool IsMessageSet(MessageNode node)
    {
        foreach (var option in node.Options)
        {
            if (option.Name.Text == "message_set_wire_format" && option.Value is IdentifierValue { AsBoolean: true })
            {
                return true;
            }
        }

        return false;
    }

    private static int ClampInt(long value) => value > int.MaxValue ? int.MaxValue : value < int.MinValue ? int.MinValue : (int)value;

    /// <summary>protoc gives each proto3 <c>optional</c> field a oneof named <c>_name</c>, after the real oneofs.</summary>
    private void AddSyntheticOneofs(MessageDescriptor message)
    {
        HashSet<string>? names = null;
        foreach (var field in message.Fields)
        {
            if (!field.Proto3Optional)
            {
                continue;
            }

            if (names == null)
            {
                names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var other in message.Fields)
                {
                    names.Add(other.Name);
                }

                foreach (var nested in message.NestedTypes)
                {
                    names.Add(nested.Name);
                }

                foreach (var nested in message.EnumTypes)
                {
                    names.Add(nested.Name);
                }

                foreach (var oneof in message.Oneofs)
                {
                    names.Add(oneof.Name);
                }
            }

            var name = field.Name.StartsWith("_", StringComparison.Ordinal) ? field.Name : "_" + field.Name;
            while (names.Contains(name))
            {
                name = "X" + name;
            }

            names.Add(name);
            var synthetic = new OneofDescriptor(name, Qualify(message.FullName, name), _file, message, null) { Index = message.Oneofs.Count };
            synthetic.Fields.Add(field);
            message.Oneofs.Add(synthetic);
            field.Oneof = synthetic;
        }
    }

    private void DeclareExtensions(ExtendNode extend, string scope, MessageDescriptor? parent, List<FieldDescriptor> extensions, List<MessageDescriptor> groupTypes)
    {
        foreach (var node in extend.Fields)
        {
            var field = DeclareField(node, parent, null, scope, extend.Extendee.Text, groupTypes);
            extensions.Add(field);
        }
    }

    private FieldDescriptor DeclareField(FieldNode node, MessageDescriptor? message, OneofDescriptor? oneof) =>
        DeclareField(node, message, oneof, message!.FullName, null, message.NestedTypes);

    private FieldDescriptor DeclareField(FieldNode node, MessageDescriptor? message, OneofDescriptor? oneof, string scope, string? extendee, List<MessageDescriptor> nestedTypes)
    {
        var name = node.IsGroup ? node.Name.Text.ToLowerInvariant() : node.Name.Text;
        var field = new FieldDescriptor(name, Qualify(scope, name), _file, message, node)
        {
            Number = node.Number is long number ? ClampInt(number) : 0,
            Oneof = oneof,
            ExtendeeAsWritten = extendee,
        };
        if (extendee != null && extendee.Length == 0)
        {
            field.ExtendeeAsWritten = null;
        }

        field.Label = node.Label switch
        {
            FieldLabel.Repeated => FieldCardinality.Repeated,
            FieldLabel.Required => FieldCardinality.Required,
            _ => FieldCardinality.Optional,
        };
        if (node.Label == FieldLabel.Optional && _file.IsProto3)
        {
            field.Proto3Optional = true;
        }

        AddSymbol(field.FullName, Linker.SymbolKind.Field, field, node.Name.Span);
        _fields.Add(field);

        if (node.MapType != null)
        {
            field.Label = FieldCardinality.Repeated;
            field.Type = FieldType.Message;
            field.MessageType = DeclareMapEntry(node, scope, message);
            nestedTypes.Add(field.MessageType);
        }
        else if (node.IsGroup && node.GroupBody != null)
        {
            field.Type = FieldType.Group;
            field.MessageType = DeclareMessage(node.GroupBody, scope, message);
            nestedTypes.Add(field.MessageType);
        }
        else if (node.Type != null && ScalarTypes.TryGetValue(node.Type.Text, out var scalar))
        {
            field.Type = scalar;
        }
        else
        {
            field.TypeNameAsWritten = node.Type?.Text;
        }

        field.JsonName = ToJsonName(name);
        field.IsPacked = IsPacked(node, message);
        foreach (var option in node.Options)
        {
            if (option.Name.Parts.Count == 1 && !option.Name.Parts[0].IsExtension && option.Name.Parts[0].Name.Text == "json_name")
            {
                if (option.Value is StringValue json)
                {
                    field.JsonName = json.Value;
                    field.HasExplicitJsonName = true;
                }

                if (extendee != null)
                {
                    Report(LinkDiagnosticIds.InvalidOption, option.Name.Span, "Option json_name is not allowed on extensions; remove it");
                }
            }
            else if (option.Name.Parts.Count == 1 && !option.Name.Parts[0].IsExtension && option.Name.Parts[0].Name.Text == "default")
            {
                _pendingDefaults.Add((field, option));
            }
        }

        // json_name and default are not FieldOptions. Without options a pending entry would be skipped anyway (most
        // fields have none), and the list is copied only when there is something to leave out.
        var options = WithoutJsonNameAndDefault(node.Options);
        if (options.Count > 0)
        {
            _pendingOptions.Add(new PendingOptions("FieldOptions", options, field.FullName, field) { ElementSpan = node.Name.Span });
        }

        return field;
    }

    private static bool IsJsonNameOrDefault(OptionNode option) =>
        option.Name.Parts.Count == 1 && !option.Name.Parts[0].IsExtension && (option.Name.Parts[0].Name.Text == "json_name" || option.Name.Parts[0].Name.Text == "default");

    private static IReadOnlyList<OptionNode> WithoutJsonNameAndDefault(IReadOnlyList<OptionNode> options)
    {
        List<OptionNode>? kept = null;
        for (var i = 0; i < options.Count; i++)
        {
            if (IsJsonNameOrDefault(options[i]))
            {
                if (kept == null)
                {
                    kept = new List<OptionNode>(options.Count);
                    for (var j = 0; j < i; j++)
                    {
                        kept.Add(options[j]);
                    }
                }
            }
            else
            {
                kept?.Add(options[i]);
            }
        }

        return kept ?? options;
    }

    private readonly List<(FieldDescriptor Field, OptionNode Option)> _pendingDefaults = new List<(FieldDescriptor, OptionNode)>();

    /// <summary>Whether repeated values are packed: proto3 and editions by default, proto2 only with [packed = true].</summary>
    private bool IsPacked(FieldNode node, MessageDescriptor? message)
    {
        foreach (var option in node.Options)
        {
            if (option.Name.Text == "packed" && option.Value is IdentifierValue value && value.AsBoolean is bool packed)
            {
                return packed;
            }
        }

        if (_file.Syntax == "proto2")
        {
            return false;
        }

        if (_file.Syntax == "proto3")
        {
            return true;
        }

        // Editions: features.repeated_field_encoding on the field, an enclosing message or the file; PACKED by default.
        var encoding = FindFeature(node.Options, "repeated_field_encoding");
        for (var scope = message; encoding == null && scope != null; scope = scope.ContainingType)
        {
            encoding = scope.Node is MessageNode messageNode ? FindFeature(messageNode.Options, "repeated_field_encoding") : null;
        }

        encoding ??= FindFeature(Root.Options, "repeated_field_encoding");
        return encoding != "EXPANDED";
    }

    private static string? FindFeature(IReadOnlyList<OptionNode> options, string feature)
    {
        foreach (var option in options)
        {
            if (option.Name.Text == "features." + feature && option.Value is IdentifierValue value)
            {
                return value.Name;
            }
        }

        return null;
    }

    private MessageDescriptor DeclareMapEntry(FieldNode node, string scope, MessageDescriptor? parent)
    {
        var entryName = MapEntryName(node.Name.Text);
        var fullName = Qualify(scope, entryName);
        var entry = new MessageDescriptor(entryName, fullName, _file, parent, node) { IsMapEntry = true };
        AddSymbol(fullName, Linker.SymbolKind.Message, entry, node.Name.Span);
        _messages.Add(entry);
        var map = node.MapType!;
        entry.Fields.Add(MapEntryField(entry, "key", 1, map.KeyType));
        entry.Fields.Add(MapEntryField(entry, "value", 2, map.ValueType));
        _pendingOptions.Add(new PendingOptions("MessageOptions", Array.Empty<OptionNode>(), fullName, entry) { IsMapEntry = true });
        return entry;
    }

    private FieldDescriptor MapEntryField(MessageDescriptor entry, string name, int number, Identifier type)
    {
        var field = new FieldDescriptor(name, entry.FullName + "." + name, _file, entry, null)
        {
            Number = number,
            Label = FieldCardinality.Optional,
            JsonName = name,
        };
        if (ScalarTypes.TryGetValue(type.Text, out var scalar))
        {
            field.Type = scalar;
        }
        else
        {
            field.TypeNameAsWritten = type.Text;
            _mapTypeSpans[field] = type.Span;
        }

        if (_linker.DefersCompletion && _linker.Symbols.ContainsKey(field.FullName))
        {
            _linker.SymbolReplaced = true;
        }

        _linker.Symbols[field.FullName] = new Linker.Symbol(Linker.SymbolKind.Field, field, _file);
        _fields.Add(field);
        return field;
    }

    private readonly Dictionary<FieldDescriptor, TextSpan> _mapTypeSpans = new Dictionary<FieldDescriptor, TextSpan>();

    private EnumDescriptor DeclareEnum(EnumNode node, string scope, MessageDescriptor? parent)
    {
        var fullName = Qualify(scope, node.Name.Text);
        var enumType = new EnumDescriptor(node.Name.Text, fullName, _file, parent, node) { IsClosed = IsClosedEnum(node, parent), Visibility = node.Visibility };
        AddSymbol(fullName, Linker.SymbolKind.Enum, enumType, node.Name.Span);
        _enums.Add(enumType);
        _pendingOptions.Add(new PendingOptions("EnumOptions", node.Options, fullName, enumType) { ElementSpan = node.Name.Span });
        foreach (var declaration in node.Declarations)
        {
            switch (declaration)
            {
                case EnumValueNode valueNode:
                    {
                        // Enum values are siblings of their enum (C++ scoping), so their full name uses the enum's scope.
                        var value = new EnumValueDescriptor(valueNode.Name.Text, Qualify(scope, valueNode.Name.Text), _file, enumType, valueNode)
                        {
                            Number = valueNode.Number is long number ? ClampInt(number) : 0,
                        };
                        enumType.Values.Add(value);
                        AddSymbol(value.FullName, Linker.SymbolKind.EnumValue, value, valueNode.Name.Span);
                        if (valueNode.Options.Count > 0)
                        {
                            // Without options a pending entry would be skipped anyway (most enum values have none).
                            _pendingOptions.Add(new PendingOptions("EnumValueOptions", valueNode.Options, value.FullName, value) { ElementSpan = valueNode.Name.Span });
                        }
                        break;
                    }

                case ReservedNode reserved:
                    foreach (var range in reserved.Ranges)
                    {
                        if (range.Start is long start && (range.End is long || range.EndIsMax))
                        {
                            enumType.ReservedRanges.Add(new NumberRange(ClampInt(start), range.EndIsMax ? int.MaxValue : ClampInt(range.End!.Value)));
                        }
                    }

                    foreach (var name in reserved.Names)
                    {
                        enumType.ReservedNames.Add(name.Name);
                    }

                    break;
            }
        }

        return enumType;
    }

    private ServiceDescriptor DeclareService(ServiceNode node)
    {
        var fullName = Qualify(_file.Package, node.Name.Text);
        var service = new ServiceDescriptor(node.Name.Text, fullName, _file, node);
        AddSymbol(fullName, Linker.SymbolKind.Service, service, node.Name.Span);
        _pendingOptions.Add(new PendingOptions("ServiceOptions", node.Options, fullName, service) { ElementSpan = node.Name.Span });
        foreach (var rpc in node.Rpcs)
        {
            var method = new MethodDescriptor(rpc.Name.Text, Qualify(fullName, rpc.Name.Text), _file, service, rpc)
            {
                ClientStreaming = rpc.ClientStreaming,
                ServerStreaming = rpc.ServerStreaming,
            };
            service.Methods.Add(method);
            AddSymbol(method.FullName, Linker.SymbolKind.Method, method, rpc.Name.Span);
            _methods.Add(method);
            // protoc gives a method written with a { } body an options message, even an empty one.
            _pendingOptions.Add(new PendingOptions("MethodOptions", rpc.Options, method.FullName, method) { AlwaysPresent = rpc.HasBody, ElementSpan = rpc.Name.Span });
        }

        return service;
    }

    /// <summary>protoc's <c>ToJsonName</c>: drop underscores and upper-case the letter after each.</summary>
    public static string ToJsonName(string name)
        => name.IndexOf('_') < 0 ? name : DropUnderscores(new StringBuilder(name.Length), name, capitalizeNext: false).ToString();

    /// <summary>protoc's <c>MapEntryName</c>: <c>foo_bar</c> becomes <c>FooBarEntry</c>.</summary>
    public static string MapEntryName(string fieldName)
        => DropUnderscores(new StringBuilder(fieldName.Length + 5), fieldName, capitalizeNext: true).Append("Entry").ToString();

    /// <summary>The loop protoc's <c>ToJsonName</c> and <c>MapEntryName</c> share: underscores dropped, the ASCII letter after each upper-cased.</summary>
    private static StringBuilder DropUnderscores(StringBuilder builder, string name, bool capitalizeNext)
    {
        foreach (var c in name)
        {
            if (c == '_')
            {
                capitalizeNext = true;
            }
            else if (capitalizeNext)
            {
                builder.Append(c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c);
                capitalizeNext = false;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder;
    }

    private sealed class PendingOptions
    {
        // Either the descriptor whose Options are set, or what to do with them (no closure per descriptor).
        private readonly Descriptor? _target;
        private readonly Action<DynamicMessage?>? _assign;

        public PendingOptions(string optionsType, IReadOnlyList<OptionNode> options, string scope, Action<DynamicMessage?> assign)
        {
            OptionsType = optionsType;
            Options = options;
            Scope = scope;
            _assign = assign;
        }

        public PendingOptions(string optionsType, IReadOnlyList<OptionNode> options, string scope, Descriptor target)
        {
            OptionsType = optionsType;
            Options = options;
            Scope = scope;
            _target = target;
        }

        public string OptionsType { get; }

        public IReadOnlyList<OptionNode> Options { get; }

        /// <summary>The full name lookups of extension names start from (protoc's <c>name_scope</c>).</summary>
        public string Scope { get; }

        public bool IsMapEntry { get; set; }

        public bool AlwaysPresent { get; set; }

        /// <summary>
        /// Where protoc reports the element's problems (its <c>NAME</c> error location): the name of a message, field,
        /// enum, enum value, service or method, a file's <c>package</c> statement; null where protoc gives none (oneofs,
        /// extension ranges, a file without a package).
        /// </summary>
        public TextSpan? ElementSpan { get; set; }

        /// <summary>False when there is nothing to interpret (no options, not a map entry, no method body).</summary>
        public bool NeedsOptionsType => Options.Count > 0 || IsMapEntry || AlwaysPresent;

        /// <summary>With deferred completion: the options message found when the file was declared (null: none).</summary>
        public MessageDescriptor? OptionsMessage { get; set; }

        /// <summary>With deferred completion: the last DeclarationOrder visible once <see cref="OptionsMessage"/> was found.</summary>
        public int VisibleThrough { get; set; } = int.MaxValue;

        public void Assign(DynamicMessage? options)
        {
            if (_target != null)
            {
                _target.Options = options;
            }
            else
            {
                _assign!(options);
            }
        }
    }
}
