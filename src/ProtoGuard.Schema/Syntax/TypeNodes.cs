using System;
using System.Collections.Generic;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Syntax;

/// <summary>Editions 2024 <c>export</c> / <c>local</c> in front of a message or enum.</summary>
public enum SymbolVisibility
{
    Default,
    Export,
    Local,
}

public sealed class MessageNode : SyntaxNode
{
    public Identifier Name { get; internal set; } = Identifier.Missing(0);

    public SymbolVisibility Visibility { get; internal set; }

    /// <summary>Fields declared directly in the body (map fields and groups included, oneof members excluded).</summary>
    public IReadOnlyList<FieldNode> Fields { get; internal set; } = Array.Empty<FieldNode>();

    public IReadOnlyList<OneofNode> Oneofs { get; internal set; } = Array.Empty<OneofNode>();

    public IReadOnlyList<MessageNode> Messages { get; internal set; } = Array.Empty<MessageNode>();

    public IReadOnlyList<EnumNode> Enums { get; internal set; } = Array.Empty<EnumNode>();

    public IReadOnlyList<ReservedNode> Reserved { get; internal set; } = Array.Empty<ReservedNode>();

    public IReadOnlyList<ExtensionRangeNode> ExtensionRanges { get; internal set; } = Array.Empty<ExtensionRangeNode>();

    public IReadOnlyList<ExtendNode> Extends { get; internal set; } = Array.Empty<ExtendNode>();

    public IReadOnlyList<OptionNode> Options { get; internal set; } = Array.Empty<OptionNode>();

    /// <summary>Every member declaration in source order.</summary>
    public IReadOnlyList<SyntaxNode> Declarations { get; internal set; } = Array.Empty<SyntaxNode>();

    /// <summary>True when this message is the body of a proto2 group field.</summary>
    public bool IsGroupBody { get; internal set; }

    /// <summary>The message's own fields and its oneofs' fields, in source order.</summary>
    public IEnumerable<FieldNode> AllFields
    {
        get
        {
            foreach (var declaration in Declarations)
            {
                if (declaration is FieldNode fieldNode)
                {
                    yield return fieldNode;
                }
                else if (declaration is OneofNode oneof)
                {
                    foreach (var member in oneof.Fields)
                    {
                        yield return member;
                    }
                }
            }
        }
    }
}

public enum FieldLabel
{
    None,
    Optional,
    Required,
    Repeated,
}

/// <summary><c>map&lt;KeyType, ValueType&gt;</c>.</summary>
public sealed class MapType
{
    public MapType(Identifier keyType, Identifier valueType, TextSpan span)
    {
        KeyType = keyType;
        ValueType = valueType;
        Span = span;
    }

    public Identifier KeyType { get; }

    public Identifier ValueType { get; }

    /// <summary>From <c>map</c> through <c>&gt;</c>.</summary>
    public TextSpan Span { get; }
}

public sealed class FieldNode : SyntaxNode
{
    public FieldLabel Label { get; internal set; }

    /// <summary>Span of the label keyword; empty (at the field start) when <see cref="Label"/> is None.</summary>
    public TextSpan LabelSpan { get; internal set; }

    /// <summary>The type as written; null for map fields. For a group it is the group name (the group's message type).</summary>
    public Identifier? Type { get; internal set; }

    public MapType? MapType { get; internal set; }

    public bool IsMap => MapType != null;

    /// <summary>The field name; for a group the name as written (protoc lower-cases it for the field).</summary>
    public Identifier Name { get; internal set; } = Identifier.Missing(0);

    /// <summary>The field number (sign included), or null when missing, not an integer, or out of the 64-bit range.</summary>
    public long? Number { get; internal set; }

    /// <summary>Span of the number including a <c>-</c> sign; empty when missing.</summary>
    public TextSpan NumberSpan { get; internal set; }

    /// <summary>The compact options in <c>[...]</c>.</summary>
    public IReadOnlyList<OptionNode> Options { get; internal set; } = Array.Empty<OptionNode>();

    public bool IsGroup { get; internal set; }

    public MessageNode? GroupBody { get; internal set; }
}

public sealed class OneofNode : SyntaxNode
{
    public Identifier Name { get; internal set; } = Identifier.Missing(0);

    public IReadOnlyList<FieldNode> Fields { get; internal set; } = Array.Empty<FieldNode>();

    public IReadOnlyList<OptionNode> Options { get; internal set; } = Array.Empty<OptionNode>();

    public IReadOnlyList<SyntaxNode> Declarations { get; internal set; } = Array.Empty<SyntaxNode>();
}

public sealed class EnumNode : SyntaxNode
{
    public Identifier Name { get; internal set; } = Identifier.Missing(0);

    public SymbolVisibility Visibility { get; internal set; }

    public IReadOnlyList<EnumValueNode> Values { get; internal set; } = Array.Empty<EnumValueNode>();

    public IReadOnlyList<OptionNode> Options { get; internal set; } = Array.Empty<OptionNode>();

    public IReadOnlyList<ReservedNode> Reserved { get; internal set; } = Array.Empty<ReservedNode>();

    public IReadOnlyList<SyntaxNode> Declarations { get; internal set; } = Array.Empty<SyntaxNode>();
}

public sealed class EnumValueNode : SyntaxNode
{
    public Identifier Name { get; internal set; } = Identifier.Missing(0);

    /// <summary>The value (sign included), or null when missing or garbled.</summary>
    public long? Number { get; internal set; }

    /// <summary>Span of the number including a <c>-</c> sign.</summary>
    public TextSpan NumberSpan { get; internal set; }

    public IReadOnlyList<OptionNode> Options { get; internal set; } = Array.Empty<OptionNode>();
}

public sealed class ServiceNode : SyntaxNode
{
    public Identifier Name { get; internal set; } = Identifier.Missing(0);

    public IReadOnlyList<RpcNode> Rpcs { get; internal set; } = Array.Empty<RpcNode>();

    public IReadOnlyList<OptionNode> Options { get; internal set; } = Array.Empty<OptionNode>();

    public IReadOnlyList<SyntaxNode> Declarations { get; internal set; } = Array.Empty<SyntaxNode>();
}

public sealed class RpcNode : SyntaxNode
{
    public Identifier Name { get; internal set; } = Identifier.Missing(0);

    public Identifier InputType { get; internal set; } = Identifier.Missing(0);

    public bool ClientStreaming { get; internal set; }

    /// <summary>Span of the input's <c>stream</c> keyword; empty when not streaming.</summary>
    public TextSpan ClientStreamingSpan { get; internal set; }

    public Identifier OutputType { get; internal set; } = Identifier.Missing(0);

    public bool ServerStreaming { get; internal set; }

    public TextSpan ServerStreamingSpan { get; internal set; }

    /// <summary>Options from the <c>{ option ...; }</c> body.</summary>
    public IReadOnlyList<OptionNode> Options { get; internal set; } = Array.Empty<OptionNode>();

    /// <summary>True when the method has a <c>{ ... }</c> body rather than ending with <c>;</c>.</summary>
    public bool HasBody { get; internal set; }
}

public sealed class ExtendNode : SyntaxNode
{
    public Identifier Extendee { get; internal set; } = Identifier.Missing(0);

    public IReadOnlyList<FieldNode> Fields { get; internal set; } = Array.Empty<FieldNode>();

    public IReadOnlyList<SyntaxNode> Declarations { get; internal set; } = Array.Empty<SyntaxNode>();
}

/// <summary>One item of a <c>reserved</c> or <c>extensions</c> statement: <c>5</c>, <c>5 to 10</c> or <c>5 to max</c>.</summary>
public sealed class RangeNode
{
    internal RangeNode(long? start, TextSpan startSpan, long? end, TextSpan endSpan, bool isMax, TextSpan span)
    {
        Start = start;
        StartSpan = startSpan;
        End = end;
        EndSpan = endSpan;
        EndIsMax = isMax;
        Span = span;
    }

    /// <summary>The first number (sign included), or null when garbled.</summary>
    public long? Start { get; }

    public TextSpan StartSpan { get; }

    /// <summary>The last number, inclusive: equal to <see cref="Start"/> for a single number; null for <c>max</c> or when garbled.</summary>
    public long? End { get; }

    public TextSpan EndSpan { get; }

    /// <summary>True for <c>to max</c>; the value of max depends on the context (fields, extensions or enum values).</summary>
    public bool EndIsMax { get; }

    public TextSpan Span { get; }
}

/// <summary>A reserved name: <c>"foo"</c> (proto2/proto3) or a bare <c>foo</c> (editions).</summary>
public sealed class ReservedName
{
    internal ReservedName(string name, TextSpan span, bool isIdentifier)
    {
        Name = name;
        Span = span;
        IsIdentifier = isIdentifier;
    }

    public string Name { get; }

    public TextSpan Span { get; }

    public bool IsIdentifier { get; }
}

public sealed class ReservedNode : SyntaxNode
{
    public IReadOnlyList<RangeNode> Ranges { get; internal set; } = Array.Empty<RangeNode>();

    public IReadOnlyList<ReservedName> Names { get; internal set; } = Array.Empty<ReservedName>();
}

public sealed class ExtensionRangeNode : SyntaxNode
{
    public IReadOnlyList<RangeNode> Ranges { get; internal set; } = Array.Empty<RangeNode>();

    public IReadOnlyList<OptionNode> Options { get; internal set; } = Array.Empty<OptionNode>();
}
