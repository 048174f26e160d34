using System;
using System.Collections.Generic;
using System.Linq;
using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Rules.Breaking;

/// <summary>
/// The old and new schema as the rules see them, with elements paired as buf pairs them: files by path; messages,
/// enums and services by full name (across files); fields by number within a message; extensions by extendee and
/// number; enum values by number; methods by name within a service. Pairs come in a deterministic order.
/// </summary>
public sealed class BreakingContext
{
    private readonly List<BreakingFinding> _findings;
    private readonly Lazy<Index> _oldIndex;
    private readonly Lazy<Index> _newIndex;

    internal BreakingContext(SchemaShape oldSchema, SchemaShape newSchema, List<BreakingFinding> findings)
    {
        Old = oldSchema;
        New = newSchema;
        this._findings = findings;
        _oldIndex = new Lazy<Index>(() => new Index(oldSchema));
        _newIndex = new Lazy<Index>(() => new Index(newSchema));
    }

    public SchemaShape Old { get; }

    public SchemaShape New { get; }

    internal RuleDescriptor Rule { get; set; } = null!;

    public IEnumerable<(FileShape Old, FileShape New)> FilePairs =>
        Old.Files.Select(file => (file, FindNewFile(file.Path))).Where(pair => pair.Item2 != null).Select(pair => (pair.file, pair.Item2!));

    public FileShape? FindNewFile(string path) => _newIndex.Value.Files.TryGetValue(path, out var file) ? file : null;

    public IEnumerable<(MessageShape Old, MessageShape New)> MessagePairs =>
        Pairs(_oldIndex.Value.Messages, _newIndex.Value.Messages);

    public IEnumerable<(EnumShape Old, EnumShape New)> EnumPairs => Pairs(_oldIndex.Value.Enums, _newIndex.Value.Enums);

    public IEnumerable<(ServiceShape Old, ServiceShape New)> ServicePairs => Pairs(_oldIndex.Value.Services, _newIndex.Value.Services);

    public IEnumerable<(MethodShape Old, MethodShape New)> MethodPairs =>
        from pair in ServicePairs
        from oldMethod in pair.Old.Methods.OrderBy(method => method.Name, StringComparer.Ordinal)
        let newMethod = pair.New.Methods.FirstOrDefault(method => method.Name == oldMethod.Name)
        where newMethod != null
        select (oldMethod, newMethod);

    /// <summary>Fields of paired messages by number, then extensions by extendee and number.</summary>
    public IEnumerable<(FieldShape Old, FieldShape New)> FieldPairs
    {
        get
        {
            foreach (var (oldMessage, newMessage) in MessagePairs)
            {
                foreach (var oldField in FieldsByNumber(oldMessage))
                {
                    if (FieldByNumber(newMessage, oldField.Number) is { } newField)
                    {
                        yield return (oldField, newField);
                    }
                }
            }

            foreach (var entry in _oldIndex.Value.Extensions)
            {
                if (_newIndex.Value.Extensions.TryGetValue(entry.Key, out var newExtension))
                {
                    yield return (entry.Value, newExtension);
                }
            }
        }
    }

    public EnumShape? FindOldEnum(string fullName) => _oldIndex.Value.Enums.TryGetValue(fullName, out var shape) ? shape : null;

    public EnumShape? FindNewEnum(string fullName) => _newIndex.Value.Enums.TryGetValue(fullName, out var shape) ? shape : null;

    public static IEnumerable<FieldShape> FieldsByNumber(MessageShape message) =>
        message.Fields.GroupBy(field => field.Number).Select(group => group.First()).OrderBy(field => field.Number);

    public static FieldShape? FieldByNumber(MessageShape message, int number) => message.Fields.FirstOrDefault(field => field.Number == number);

    /// <summary>Enum values grouped by number (aliases share a number), ordered by number.</summary>
    public static IEnumerable<IGrouping<int, EnumValueShape>> ValuesByNumber(EnumShape enumShape) =>
        enumShape.Values.GroupBy(value => value.Number).OrderBy(group => group.Key);

    /// <summary>Reports a finding at <paramref name="span"/> in the new file <paramref name="file"/>.</summary>
    public void Report(FileShape file, TextSpan span, object?[] messageArguments, ProtoFix? fix = null) =>
        _findings.Add(new BreakingFinding(Rule, file.Path, file.Text, span, messageArguments, fix));

    /// <summary>Reports a change of the file as a whole (no element of its own in it): shown at the package line.</summary>
    public void ReportAtFile(FileShape file, object?[] messageArguments, ProtoFix? fix = null) =>
        _findings.Add(new BreakingFinding(Rule, file.Path, file.Text, Locations.Package(file) ?? new TextSpan(0, 0), messageArguments, fix, isFileLevel: true));

    /// <summary>Reports at <paramref name="span"/>, or at the file when the element has no location.</summary>
    public void Report(FileShape file, TextSpan? span, object?[] messageArguments, ProtoFix? fix = null)
    {
        if (span is { } located)
        {
            Report(file, located, messageArguments, fix);
        }
        else
        {
            ReportAtFile(file, messageArguments, fix);
        }
    }

    /// <summary>Reports a change that has no place in the new schema (a deleted file or package): at the old path.</summary>
    public void ReportWithoutLocation(string oldPath, object?[] messageArguments) =>
        _findings.Add(new BreakingFinding(Rule, oldPath, null, default, messageArguments, null));

    private static IEnumerable<(T Old, T New)> Pairs<T>(SortedDictionary<string, T> oldItems, SortedDictionary<string, T> newItems)
    {
        foreach (var entry in oldItems)
        {
            if (newItems.TryGetValue(entry.Key, out var newItem))
            {
                yield return (entry.Value, newItem);
            }
        }
    }

    private sealed class Index
    {
        public Index(SchemaShape schema)
        {
            foreach (var file in schema.Files)
            {
                Add(Files, file.Path, file);
                foreach (var message in file.Messages)
                {
                    Add(Messages, message.FullName, message);
                }

                foreach (var enumShape in file.Enums)
                {
                    Add(Enums, enumShape.FullName, enumShape);
                }

                foreach (var service in file.Services)
                {
                    Add(Services, service.FullName, service);
                }

                foreach (var extension in file.Extensions)
                {
                    Add(Extensions, extension.Extendee + "#" + extension.Number.ToString("D10", System.Globalization.CultureInfo.InvariantCulture), extension);
                }
            }
        }

        public SortedDictionary<string, FileShape> Files { get; } = new(StringComparer.Ordinal);

        public SortedDictionary<string, MessageShape> Messages { get; } = new(StringComparer.Ordinal);

        public SortedDictionary<string, EnumShape> Enums { get; } = new(StringComparer.Ordinal);

        public SortedDictionary<string, ServiceShape> Services { get; } = new(StringComparer.Ordinal);

        public SortedDictionary<string, FieldShape> Extensions { get; } = new(StringComparer.Ordinal);

        private static void Add<T>(SortedDictionary<string, T> map, string key, T value)
        {
            if (!map.ContainsKey(key))
            {
                map.Add(key, value);
            }
        }
    }
}
