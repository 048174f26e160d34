using System;
using System.Collections.Generic;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Linking;

internal sealed partial class FileBuilder
{
    private readonly Dictionary<LookupKey, LookupResult> _lookupCache = new Dictionary<LookupKey, LookupResult>();
    private int _lookupCacheSymbolCount = -1;
    private Linker.Symbol? _notImportedCandidate;

    /// <summary>
    /// protoc's <c>DescriptorBuilder::LookupSymbol</c>: a name starting with '.' is fully qualified; otherwise the
    /// first component is looked up in the innermost scope of <paramref name="relativeTo"/> first, then outwards, and
    /// once found, the rest of the name must resolve inside it (no further backtracking). With
    /// <paramref name="typesOnly"/>, a single-component match that is not a message or enum is skipped.
    /// </summary>
    internal Linker.Symbol? LookupSymbol(string name, string relativeTo, bool typesOnly)
    {
        // The result depends only on the name, the scope the search starts from (relativeTo up to its last dot) and
        // the symbols there are; the same option or type is looked up from every field of a message, and each miss
        // on the way out costs a concatenated candidate name.
        var generation = _visibleThrough == int.MaxValue ? _linker.Symbols.Count : _visibleThrough;
        if (_lookupCacheSymbolCount != generation)
        {
            _lookupCache.Clear();
            _lookupCacheSymbolCount = generation;
        }

        var key = new LookupKey(name, relativeTo, typesOnly);
        if (_lookupCache.TryGetValue(key, out var cached))
        {
            _notImportedCandidate = cached.NotImportedCandidate;
            return MarkReferenced(cached.Symbol);
        }

        var symbol = LookupSymbolUncached(name, relativeTo, typesOnly);
        _lookupCache.Add(key, new LookupResult(symbol, _notImportedCandidate));
        return MarkReferenced(symbol);
    }

    /// <summary>Records the file a resolved name comes from, so that unused imports can be told (buf's IMPORT_USED).</summary>
    private Linker.Symbol? MarkReferenced(Linker.Symbol? symbol)
    {
        if (symbol != null && symbol.Kind != Linker.SymbolKind.Package && symbol.File != _file)
        {
            _file.ReferencedFiles.Add(symbol.File);
        }

        return symbol;
    }

    private Linker.Symbol? LookupSymbolUncached(string name, string relativeTo, bool typesOnly)
    {
        _notImportedCandidate = null;
        if (name.Length == 0)
        {
            return null;
        }

        if (name[0] == '.')
        {
            return FindVisibleSymbol(name.Substring(1));
        }

        var firstDot = name.IndexOf('.');
        var firstPart = firstDot < 0 ? name : name.Substring(0, firstDot);
        var scope = relativeTo;
        while (true)
        {
            var dot = scope.LastIndexOf('.');
            if (dot < 0)
            {
                return FindVisibleSymbol(name);
            }

            scope = scope.Substring(0, dot);
            var result = FindVisibleSymbol(scope + "." + firstPart);
            if (result != null)
            {
                if (firstDot >= 0)
                {
                    if (result.IsAggregate)
                    {
                        return FindVisibleSymbol(scope + "." + name);
                    }
                }
                else if (!typesOnly || result.IsType)
                {
                    return result;
                }
            }
        }
    }

    /// <summary>A symbol declared in this file or in a file it imports (directly or through <c>import public</c>).</summary>
    private Linker.Symbol? FindVisibleSymbol(string fullName)
    {
        // Symbols of files declared after this file's build in protoc's order do not exist for it yet.
        if (!_linker.Symbols.TryGetValue(fullName, out var symbol) || symbol.File.DeclarationOrder > _visibleThrough)
        {
            return null;
        }

        if (_visible.Contains(symbol.File) || (_interpretingOptions && _optionVisible.Contains(symbol.File)))
        {
            return symbol;
        }

        if (symbol.Kind == Linker.SymbolKind.Package)
        {
            // A package may be declared by several files; it is visible when any visible file is in it.
            foreach (var file in _visible)
            {
                if (file.Package == fullName || IsInsidePackage(file.Package, fullName))
                {
                    return symbol;
                }
            }
        }

        _notImportedCandidate ??= symbol;
        return null;
    }

    /// <summary><c>package.StartsWith(outer + ".")</c> without building <c>outer + "."</c>.</summary>
    private static bool IsInsidePackage(string package, string outer) =>
        package.Length > outer.Length && package[outer.Length] == '.' && string.CompareOrdinal(package, 0, outer, 0, outer.Length) == 0;

    private string UnresolvedMessage(string kind, string name)
    {
        if (_notImportedCandidate != null)
        {
            return $"{kind} \"{name}\" is defined in \"{_notImportedCandidate.File.Name}\", which is not imported by \"{_file.Name}\"; add the import";
        }

        return $"{kind} \"{name}\" is not defined; check the spelling and the imports";
    }

    private void ResolveField(FieldDescriptor field)
    {
        if (field.ExtendeeAsWritten != null)
        {
            var extendeeSpan = ExtendeeSpan(field);
            var extendee = LookupSymbol(field.ExtendeeAsWritten, field.FullName, typesOnly: true);
            if (extendee == null)
            {
                Report(LinkDiagnosticIds.UnresolvedType, extendeeSpan, UnresolvedMessage("Extendee", field.ExtendeeAsWritten));
            }
            else if (extendee.Descriptor is MessageDescriptor message)
            {
                field.Extendee = message;
            }
            else
            {
                Report(LinkDiagnosticIds.InvalidTypeUsage, extendeeSpan, $"\"{field.ExtendeeAsWritten}\" is not a message type; only messages can be extended");
            }
        }

        if (field.TypeNameAsWritten == null)
        {
            return;
        }

        var span = _mapTypeSpans.TryGetValue(field, out var mapSpan) ? mapSpan : field.Node?.Type?.Span ?? default;
        if (field.TypeNameAsWritten.Length == 0)
        {
            return;
        }

        var symbol = LookupSymbol(field.TypeNameAsWritten, field.FullName, typesOnly: true);
        switch (symbol?.Descriptor)
        {
            case MessageDescriptor message:
                field.MessageType = message;
                field.Type = FieldType.Message;
                break;
            case EnumDescriptor enumType:
                field.EnumType = enumType;
                field.Type = FieldType.Enum;
                break;
            case null when symbol == null:
                Report(LinkDiagnosticIds.UnresolvedType, span, UnresolvedMessage("Type", field.TypeNameAsWritten));
                break;
            default:
                Report(LinkDiagnosticIds.InvalidTypeUsage, span, $"\"{field.TypeNameAsWritten}\" is not a type; a field type must be a scalar, a message or an enum");
                break;
        }
    }

    private TextSpan ExtendeeSpan(FieldDescriptor field)
    {
        foreach (var declaration in Root.Declarations)
        {
            var span = FindExtendee(declaration, field);
            if (span != null)
            {
                return span.Value;
            }
        }

        return field.Node?.Span ?? default;
    }

    private static TextSpan? FindExtendee(Syntax.SyntaxNode node, FieldDescriptor field)
    {
        switch (node)
        {
            case Syntax.ExtendNode extend:
                foreach (var member in extend.Fields)
                {
                    if (member == field.Node)
                    {
                        return extend.Extendee.Span;
                    }
                }

                return null;
            case Syntax.MessageNode message:
                foreach (var declaration in message.Declarations)
                {
                    var span = declaration is Syntax.FieldNode { GroupBody: { } body } ? FindExtendee(body, field) : FindExtendee(declaration, field);
                    if (span != null)
                    {
                        return span;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private void ResolveMethod(MethodDescriptor method)
    {
        if (method.Node == null)
        {
            return;
        }

        method.InputType = ResolveMethodType(method, method.Node.InputType, "Input");
        method.OutputType = ResolveMethodType(method, method.Node.OutputType, "Output");
    }

    private MessageDescriptor? ResolveMethodType(MethodDescriptor method, Syntax.Identifier name, string kind)
    {
        if (name.IsMissing)
        {
            return null;
        }

        var symbol = LookupSymbol(name.Text, method.FullName, typesOnly: true);
        if (symbol == null)
        {
            Report(LinkDiagnosticIds.UnresolvedType, name.Span, UnresolvedMessage(kind + " type", name.Text));
            return null;
        }

        if (symbol.Descriptor is MessageDescriptor message)
        {
            return message;
        }

        Report(LinkDiagnosticIds.InvalidTypeUsage, name.Span, $"{kind} type \"{name.Text}\" of method \"{method.Name}\" is not a message type; rpc requests and responses must be messages");
        return null;
    }

    /// <summary>A name looked up from the scope <c>relativeTo[..ScopeLength]</c> (-1: relativeTo has no dot), without slicing relativeTo.</summary>
    private readonly struct LookupKey : IEquatable<LookupKey>
    {
        private readonly string _name;
        private readonly string _relativeTo;
        private readonly int _scopeLength;
        private readonly bool _typesOnly;
        private readonly int _hash;

        public LookupKey(string name, string relativeTo, bool typesOnly)
        {
            _name = name;
            _relativeTo = relativeTo;
            _scopeLength = relativeTo.LastIndexOf('.');
            _typesOnly = typesOnly;
            var hash = (uint)StringComparer.Ordinal.GetHashCode(name) ^ (typesOnly ? 0x9E3779B9u : 0u);
            for (var i = 0; i < _scopeLength; i++)
            {
                hash = (hash ^ relativeTo[i]) * 16777619;
            }

            _hash = (int)(hash ^ (uint)_scopeLength);
        }

        public bool Equals(LookupKey other) =>
            _hash == other._hash
            && _typesOnly == other._typesOnly
            && _scopeLength == other._scopeLength
            && string.Equals(_name, other._name, StringComparison.Ordinal)
            && string.CompareOrdinal(_relativeTo, 0, other._relativeTo, 0, Math.Max(_scopeLength, 0)) == 0;

        public override bool Equals(object? obj) => obj is LookupKey other && Equals(other);

        public override int GetHashCode() => _hash;
    }

    private readonly struct LookupResult
    {
        public LookupResult(Linker.Symbol? symbol, Linker.Symbol? notImportedCandidate)
        {
            Symbol = symbol;
            NotImportedCandidate = notImportedCandidate;
        }

        public Linker.Symbol? Symbol { get; }

        public Linker.Symbol? NotImportedCandidate { get; }
    }
}
