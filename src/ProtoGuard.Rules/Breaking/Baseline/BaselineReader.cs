using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Schema.Descriptors;

namespace ProtoGuard.Rules.Breaking.Baseline;

/// <summary>A problem in a baseline file, at a 1-based line.</summary>
public sealed class BaselineError
{
    public BaselineError(int line, string message)
    {
        Line = line;
        Message = message;
    }

    public int Line { get; }

    public string Message { get; }

    public override string ToString() => $"line {Line}: {Message}";
}

/// <summary>The schema read from a baseline, or the errors that kept it from being read.</summary>
public sealed class BaselineReadResult
{
    internal BaselineReadResult(SchemaShape? schema, IReadOnlyList<BaselineError> errors)
    {
        Schema = schema;
        Errors = errors;
    }

    /// <summary>The old-side schema; null when the baseline has errors (the rules then must not run on it).</summary>
    public SchemaShape? Schema { get; }

    public IReadOnlyList<BaselineError> Errors { get; }
}

/// <summary>
/// Reads a baseline written by <see cref="BaselineWriter"/> back into the old-side <see cref="SchemaShape"/>.
/// Never throws: a malformed line, an unknown kind or attribute, or an element whose parent is missing is an error
/// naming the line.
/// </summary>
public static class BaselineReader
{
    public static BaselineReadResult Read(string text)
    {
        var errors = new List<BaselineError>();
        var lines = new List<Line>();
        var rawLines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < rawLines.Length; i++)
        {
            var raw = rawLines[i].Trim();
            if (raw.Length == 0 || raw[0] == '#')
            {
                continue;
            }

            if (Parse(raw, i + 1, out var line, out var error))
            {
                lines.Add(line!);
            }
            else
            {
                errors.Add(new BaselineError(i + 1, error!));
            }
        }

        var builder = new Builder(errors);
        foreach (var kind in new[] { BaselineFormat.File, BaselineFormat.Message, BaselineFormat.Field, BaselineFormat.Extension, BaselineFormat.Enum, BaselineFormat.Value, BaselineFormat.Service, BaselineFormat.Rpc })
        {
            foreach (var line in lines.Where(line => line.Kind == kind))
            {
                builder.Add(line);
            }
        }

        foreach (var line in lines.Where(line => !Builder.Kinds.Contains(line.Kind)))
        {
            errors.Add(new BaselineError(line.Number, $"unknown element kind '{line.Kind}' (expected one of: {string.Join(", ", Builder.Kinds)})"));
        }

        if (errors.Count > 0)
        {
            return new BaselineReadResult(null, errors.OrderBy(error => error.Line).ToArray());
        }

        return new BaselineReadResult(builder.Build(), errors);
    }

    private sealed class Line
    {
        public Line(int number, string key, string kind, Dictionary<string, string> attributes)
        {
            Number = number;
            Key = key;
            Kind = kind;
            Attributes = attributes;
        }

        public int Number { get; }

        public string Key { get; }

        public string Kind { get; }

        public Dictionary<string, string> Attributes { get; }

        public HashSet<string> Used { get; } = new HashSet<string>(System.StringComparer.Ordinal);

        /// <summary>Set when the line was rejected: its other attributes are then not reported as unknown.</summary>
        public bool Rejected { get; set; }

        public string? Get(string name)
        {
            Used.Add(name);
            return Attributes.TryGetValue(name, out var value) ? value : null;
        }
    }

    private static bool Parse(string text, int number, out Line? line, out string? error)
    {
        line = null;
        error = null;
        var tokens = new List<string>();
        var position = 0;
        while (position < text.Length)
        {
            while (position < text.Length && text[position] == ' ')
            {
                position++;
            }

            if (position >= text.Length)
            {
                break;
            }

            var token = new StringBuilder();
            while (position < text.Length && text[position] != ' ')
            {
                if (text[position] == '"')
                {
                    position++;
                    var closed = false;
                    while (position < text.Length)
                    {
                        var c = text[position++];
                        if (c == '"')
                        {
                            closed = true;
                            break;
                        }

                        if (c == '\\' && position < text.Length)
                        {
                            var escaped = text[position++];
                            token.Append(escaped switch { 'n' => '\n', 'r' => '\r', 't' => '\t', _ => escaped });
                        }
                        else
                        {
                            token.Append(c);
                        }
                    }

                    if (!closed)
                    {
                        error = "a quoted value is not closed";
                        return false;
                    }
                }
                else
                {
                    token.Append(text[position++]);
                }
            }

            tokens.Add(token.ToString());
        }

        if (tokens.Count < 2)
        {
            error = "expected '<key> <kind> name=value...'";
            return false;
        }

        var attributes = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var token in tokens.Skip(2))
        {
            var equals = token.IndexOf('=');
            if (equals <= 0)
            {
                error = $"'{token}' is not name=value";
                return false;
            }

            var name = token.Substring(0, equals);
            if (attributes.ContainsKey(name))
            {
                error = $"attribute '{name}' is given twice";
                return false;
            }

            attributes[name] = token.Substring(equals + 1);
        }

        line = new Line(number, tokens[0], tokens[1], attributes);
        return true;
    }

    private sealed class Builder
    {
        public static readonly string[] Kinds = { BaselineFormat.File, BaselineFormat.Message, BaselineFormat.Field, BaselineFormat.Extension, BaselineFormat.Enum, BaselineFormat.Value, BaselineFormat.Service, BaselineFormat.Rpc };

        private readonly List<BaselineError> _errors;
        private readonly SortedDictionary<string, FileShape> _files = new(System.StringComparer.Ordinal);
        private readonly Dictionary<string, MessageShape> _messages = new(System.StringComparer.Ordinal);
        private readonly Dictionary<string, EnumShape> _enums = new(System.StringComparer.Ordinal);
        private readonly Dictionary<string, ServiceShape> _services = new(System.StringComparer.Ordinal);

        public Builder(List<BaselineError> errors)
        {
            this._errors = errors;
        }

        public SchemaShape Build()
        {
            foreach (var message in _messages.Values)
            {
                message.Fields.Sort((a, b) => a.Number.CompareTo(b.Number));
            }

            return new SchemaShape(_files.Values.ToArray());
        }

        public void Add(Line line)
        {
            switch (line.Kind)
            {
                case BaselineFormat.File:
                    AddFile(line);
                    break;
                case BaselineFormat.Message:
                    AddMessage(line);
                    break;
                case BaselineFormat.Field:
                    AddField(line);
                    break;
                case BaselineFormat.Extension:
                    AddExtension(line);
                    break;
                case BaselineFormat.Enum:
                    AddEnum(line);
                    break;
                case BaselineFormat.Value:
                    AddValue(line);
                    break;
                case BaselineFormat.Service:
                    AddService(line);
                    break;
                case BaselineFormat.Rpc:
                    AddRpc(line);
                    break;
            }

            foreach (var name in line.Attributes.Keys.Where(name => !line.Rejected && !line.Used.Contains(name)).OrderBy(name => name, System.StringComparer.Ordinal).ToArray())
            {
                Error(line, $"unknown attribute '{name}' for a {line.Kind}");
            }
        }

        private void AddFile(Line line)
        {
            var file = new FileShape { Path = line.Key, Package = line.Get("package") ?? string.Empty };
            file.Syntax = line.Get("syntax") is "proto2" or "proto3" or "editions" ? line.Get("syntax")! : Invalid(line, "syntax", "proto2");
            file.Edition = Int(line, "edition", 0);
            foreach (var (name, defaultValue) in SchemaShapeBuilder.FileOptionDefaults)
            {
                file.Options[name] = line.Get(name) ?? defaultValue;
            }

            if (_files.ContainsKey(file.Path))
            {
                Error(line, $"file '{file.Path}' is listed twice");
                return;
            }

            _files.Add(file.Path, file);
        }

        private void AddMessage(Line line)
        {
            if (FileOf(line) is not { } file)
            {
                return;
            }

            var message = new MessageShape
            {
                FullName = line.Key,
                NestedName = Nested(file, line.Key),
                Name = line.Key.Substring(line.Key.LastIndexOf('.') + 1),
                IsMapEntry = Bool(line, "map_entry"),
                MessageSetWireFormat = Bool(line, "message_set_wire_format"),
                NoStandardDescriptorAccessor = Bool(line, "no_standard_descriptor_accessor"),
                JsonFormat = JsonFormat(line),
                File = file,
            };
            var max = message.MessageSetWireFormat ? TagRanges.MessageSetMax : TagRanges.MessageMax;
            message.ReservedRanges.AddRange(Ranges(line, "reserved", max));
            message.ReservedNames.AddRange(List(line, "reserved_names"));
            message.ExtensionRanges.AddRange(Ranges(line, "extensions", max));
            message.Oneofs.AddRange(List(line, "oneofs").Select(name => new OneofShape { Name = name }));
            message.Oneofs.AddRange(List(line, "synthetic_oneofs").Select(name => new OneofShape { Name = name, IsSynthetic = true }));
            if (_messages.ContainsKey(message.FullName))
            {
                Error(line, $"message '{message.FullName}' is listed twice");
                return;
            }

            _messages.Add(message.FullName, message);
            file.Messages.Add(message);
        }

        private void AddField(Line line)
        {
            var hash = line.Key.LastIndexOf('#');
            if (hash <= 0 || !int.TryParse(line.Key.Substring(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                Error(line, $"a field key is '<message>#<number>', not '{line.Key}'");
                return;
            }

            var messageName = line.Key.Substring(0, hash);
            if (!_messages.TryGetValue(messageName, out var message))
            {
                Error(line, $"field of message '{messageName}', which has no 'message' line");
                return;
            }

            var field = ReadField(line, number, message.File);
            field.FullName = messageName + "." + field.Name;
            field.NestedName = message.NestedName + "." + field.Name;
            field.Parent = message;
            message.Fields.Add(field);
        }

        private void AddExtension(Line line)
        {
            var plus = line.Key.LastIndexOf('+');
            if (plus <= 0 || !int.TryParse(line.Key.Substring(plus + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                Error(line, $"an extension key is '<extendee>+<number>', not '{line.Key}'");
                return;
            }

            if (FileOf(line) is not { } file)
            {
                return;
            }

            var field = ReadField(line, number, file);
            field.Extendee = line.Key.Substring(0, plus);
            field.FullName = line.Get("full_name") ?? Invalid(line, "full_name", string.Empty);
            field.NestedName = Nested(file, field.FullName);
            if (line.Get("scope") is { } scope)
            {
                if (_messages.TryGetValue(scope, out var parent))
                {
                    field.Parent = parent;
                }
                else
                {
                    Error(line, $"extension scope '{scope}' has no 'message' line");
                }
            }

            file.Extensions.Add(field);
        }

        private FieldShape ReadField(Line line, int number, FileShape file)
        {
            var field = new FieldShape { Number = number, File = file, Name = line.Get("name") ?? Invalid(line, "name", string.Empty) };
            var kindText = line.Get("kind");
            field.Kind = System.Enum.GetValues(typeof(FieldType)).Cast<FieldType>().FirstOrDefault(kind => kind != FieldType.Unresolved && BreakingText.KindName(kind) == kindText);
            if (field.Kind == FieldType.Unresolved)
            {
                Invalid(line, "kind", string.Empty);
            }

            field.TypeName = line.Get("type");
            field.Cardinality = BaselineFormat.ParseCardinality(line.Get("cardinality") ?? string.Empty) ?? Invalid(line, "cardinality", FieldCardinalityKind.OptionalExplicitPresence);
            field.Label = line.Get("label") == "required" ? FieldCardinality.Required : field.Cardinality == FieldCardinalityKind.Repeated || field.Cardinality == FieldCardinalityKind.Map ? FieldCardinality.Repeated : FieldCardinality.Optional;
            field.Oneof = line.Get("oneof");
            field.JsonName = line.Get("json_name") ?? Invalid(line, "json_name", string.Empty);
            field.JsType = line.Get("jstype") ?? "JS_NORMAL";
            field.CppStringType = line.Get("cpp_string_type") ?? "STRING";
            field.Utf8Validation = line.Get("utf8_validation") ?? "VERIFY";
            field.JavaUtf8Validation = line.Get("java_utf8_validation") ?? "VERIFY";
            field.DefaultValue = line.Get("default");
            field.DefaultEnumNumber = Int(line, "default_enum_number", 0);
            return field;
        }

        private void AddEnum(Line line)
        {
            if (FileOf(line) is not { } file)
            {
                return;
            }

            var enumShape = new EnumShape
            {
                FullName = line.Key,
                NestedName = Nested(file, line.Key),
                Name = line.Key.Substring(line.Key.LastIndexOf('.') + 1),
                IsClosed = Bool(line, "closed"),
                JsonFormat = JsonFormat(line),
                File = file,
            };
            enumShape.ReservedRanges.AddRange(Ranges(line, "reserved", TagRanges.EnumMax));
            enumShape.ReservedNames.AddRange(List(line, "reserved_names"));
            if (_enums.ContainsKey(enumShape.FullName))
            {
                Error(line, $"enum '{enumShape.FullName}' is listed twice");
                return;
            }

            _enums.Add(enumShape.FullName, enumShape);
            file.Enums.Add(enumShape);
        }

        private void AddValue(Line line)
        {
            var equals = line.Key.LastIndexOf('=');
            if (equals <= 0 || !int.TryParse(line.Key.Substring(equals + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                Error(line, $"an enum value key is '<enum>=<number>', not '{line.Key}'");
                return;
            }

            var enumName = line.Key.Substring(0, equals);
            if (!_enums.TryGetValue(enumName, out var enumShape))
            {
                Error(line, $"value of enum '{enumName}', which has no 'enum' line");
                return;
            }

            enumShape.Values.Add(new EnumValueShape { Number = number, Name = line.Get("name") ?? Invalid(line, "name", string.Empty) });
        }

        private void AddService(Line line)
        {
            if (FileOf(line) is not { } file)
            {
                return;
            }

            var service = new ServiceShape { FullName = line.Key, Name = line.Key.Substring(line.Key.LastIndexOf('.') + 1), File = file };
            _services[service.FullName] = service;
            file.Services.Add(service);
        }

        private void AddRpc(Line line)
        {
            var slash = line.Key.LastIndexOf('/');
            if (slash <= 0 || !_services.TryGetValue(line.Key.Substring(0, slash), out var service))
            {
                Error(line, $"an rpc key is '<service>/<method>' of a service with a 'service' line, not '{line.Key}'");
                return;
            }

            service.Methods.Add(new MethodShape
            {
                Name = line.Key.Substring(slash + 1),
                InputType = line.Get("request") ?? Invalid(line, "request", string.Empty),
                OutputType = line.Get("response") ?? Invalid(line, "response", string.Empty),
                ClientStreaming = Bool(line, "client_streaming"),
                ServerStreaming = Bool(line, "server_streaming"),
                IdempotencyLevel = line.Get("idempotency_level") ?? "IDEMPOTENCY_UNKNOWN",
                Service = service,
            });
        }

        private FileShape? FileOf(Line line)
        {
            var path = line.Get("file");
            if (path == null)
            {
                Error(line, $"a {line.Kind} needs file=<path>");
                return null;
            }

            if (!_files.TryGetValue(path, out var file))
            {
                Error(line, $"file '{path}' has no 'file' line");
                return null;
            }

            return file;
        }

        private static string Nested(FileShape file, string fullName) =>
            file.Package.Length > 0 && fullName.StartsWith(file.Package + ".", System.StringComparison.Ordinal) ? fullName.Substring(file.Package.Length + 1) : fullName;

        private bool Bool(Line line, string name)
        {
            var value = line.Get(name);
            if (value is null or "false")
            {
                return false;
            }

            return value == "true" || Invalid(line, name, false);
        }

        private int Int(Line line, string name, int defaultValue)
        {
            var value = line.Get(name);
            if (value == null)
            {
                return defaultValue;
            }

            return int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : Invalid(line, name, defaultValue);
        }

        private string JsonFormat(Line line) => line.Get("json_format") switch
        {
            null or "ALLOW" => "ALLOW",
            "LEGACY_BEST_EFFORT" => "LEGACY_BEST_EFFORT",
            _ => Invalid(line, "json_format", "ALLOW"),
        };

        private static IEnumerable<string> List(Line line, string name) =>
            line.Get(name) is { Length: > 0 } value ? value.Split(',') : Enumerable.Empty<string>();

        private IEnumerable<TagRange> Ranges(Line line, string name, int max)
        {
            var result = new List<TagRange>();
            foreach (var part in List(line, name))
            {
                var dash = part.Length > 1 ? part.IndexOf('-', 1) : -1;
                var startText = dash < 0 ? part : part.Substring(0, dash);
                var endText = dash < 0 ? part : part.Substring(dash + 1);
                if (int.TryParse(startText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var start)
                    && (endText == "max" || int.TryParse(endText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)))
                {
                    result.Add(new TagRange(start, endText == "max" ? max : int.Parse(endText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)));
                }
                else
                {
                    Error(line, $"'{part}' in {name} is not a number or a range 'start-end'");
                }
            }

            return result;
        }

        private T Invalid<T>(Line line, string name, T fallback)
        {
            Error(line, line.Attributes.ContainsKey(name) ? $"attribute {name}='{line.Attributes[name]}' is not valid" : $"a {line.Kind} needs {name}=...");
            return fallback;
        }

        private void Error(Line line, string message)
        {
            line.Rejected = true;
            _errors.Add(new BaselineError(line.Number, message));
        }
    }
}
