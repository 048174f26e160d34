using System;
using System.Collections.Generic;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Syntax;

public sealed class FileNode : SyntaxNode
{
    /// <summary>The <c>syntax</c> or <c>edition</c> statement, if any.</summary>
    public SyntaxDeclaration? Syntax { get; internal set; }

    public PackageDeclaration? Package { get; internal set; }

    public IReadOnlyList<ImportDeclaration> Imports { get; internal set; } = Array.Empty<ImportDeclaration>();

    public IReadOnlyList<OptionNode> Options { get; internal set; } = Array.Empty<OptionNode>();

    public IReadOnlyList<MessageNode> Messages { get; internal set; } = Array.Empty<MessageNode>();

    public IReadOnlyList<EnumNode> Enums { get; internal set; } = Array.Empty<EnumNode>();

    public IReadOnlyList<ServiceNode> Services { get; internal set; } = Array.Empty<ServiceNode>();

    public IReadOnlyList<ExtendNode> Extends { get; internal set; } = Array.Empty<ExtendNode>();

    /// <summary>All top-level declarations in source order (syntax, package, imports, options, types, services, extends).</summary>
    public IReadOnlyList<SyntaxNode> Declarations { get; internal set; } = Array.Empty<SyntaxNode>();

    /// <summary>Every message in the file, nested ones and group bodies included, in source order (pre-order).</summary>
    public IEnumerable<MessageNode> AllMessages()
    {
        var collector = new TypeCollector();
        collector.Visit(this);
        return collector.Messages;
    }

    /// <summary>Every enum in the file, nested ones included, in source order.</summary>
    public IEnumerable<EnumNode> AllEnums()
    {
        var collector = new TypeCollector();
        collector.Visit(this);
        return collector.Enums;
    }

    private sealed class TypeCollector : SyntaxWalker
    {
        public List<MessageNode> Messages { get; } = new List<MessageNode>();

        public List<EnumNode> Enums { get; } = new List<EnumNode>();

        public override void VisitMessage(MessageNode node)
        {
            Messages.Add(node);
            base.VisitMessage(node);
        }

        public override void VisitEnum(EnumNode node)
        {
            Enums.Add(node);
            base.VisitEnum(node);
        }
    }
}

/// <summary><c>syntax = "proto3";</c> or <c>edition = "2023";</c>.</summary>
public sealed class SyntaxDeclaration : SyntaxNode
{
    /// <summary><c>"syntax"</c> or <c>"edition"</c>.</summary>
    public string Keyword { get; internal set; } = "syntax";

    public bool IsEdition => Keyword == "edition";

    /// <summary>The decoded string, e.g. <c>proto3</c> or <c>2023</c>; empty when missing.</summary>
    public string Value { get; internal set; } = string.Empty;

    public TextSpan KeywordSpan { get; internal set; }

    public TextSpan ValueSpan { get; internal set; }
}

public sealed class PackageDeclaration : SyntaxNode
{
    public Identifier Name { get; internal set; } = Identifier.Missing(0);
}

public enum ImportModifier
{
    None,
    Public,
    Weak,

    /// <summary>Editions 2024 <c>import option "x.proto";</c>.</summary>
    Option,
}

public sealed class ImportDeclaration : SyntaxNode
{
    public string Path { get; internal set; } = string.Empty;

    public TextSpan PathSpan { get; internal set; }

    public ImportModifier Modifier { get; internal set; }

    /// <summary>Span of the <c>public</c>/<c>weak</c>/<c>option</c> keyword; empty when <see cref="Modifier"/> is None.</summary>
    public TextSpan ModifierSpan { get; internal set; }
}
