using System.Collections.Generic;
using System.Runtime.CompilerServices;
using ProtoGuard.Schema;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>
/// Every declaration of one parsed file by kind, in source order, collected once per file and shared by the rules
/// (a file is linted by dozens of rules; each walking the tree again would cost more than the checks).
/// </summary>
public sealed class FileElements
{
    private static readonly ConditionalWeakTable<ParsedFile, FileElements> Cache = new();

    private FileElements(ParsedFile file)
    {
        new Collector(this).Visit(file.Root);
    }

    public List<MessageNode> Messages { get; } = new();

    /// <summary>Fields of messages, oneofs and extend blocks (map fields and groups included).</summary>
    public List<FieldNode> Fields { get; } = new();

    public List<OneofNode> Oneofs { get; } = new();

    public List<EnumNode> Enums { get; } = new();

    public List<(EnumNode Enum, EnumValueNode Value)> EnumValues { get; } = new();

    public List<ServiceNode> Services { get; } = new();

    public List<(ServiceNode Service, RpcNode Rpc)> Rpcs { get; } = new();

    public static FileElements Of(ParsedFile file) => Cache.GetValue(file, parsed => new FileElements(parsed));

    private sealed class Collector : SyntaxWalker
    {
        private readonly FileElements _elements;
        private EnumNode? _currentEnum;
        private ServiceNode? _currentService;

        public Collector(FileElements elements)
        {
            this._elements = elements;
        }

        public override void VisitMessage(MessageNode node)
        {
            _elements.Messages.Add(node);
            base.VisitMessage(node);
        }

        public override void VisitField(FieldNode node)
        {
            _elements.Fields.Add(node);
            base.VisitField(node);
        }

        public override void VisitOneof(OneofNode node)
        {
            _elements.Oneofs.Add(node);
            base.VisitOneof(node);
        }

        public override void VisitEnum(EnumNode node)
        {
            _elements.Enums.Add(node);
            var outer = _currentEnum;
            _currentEnum = node;
            base.VisitEnum(node);
            _currentEnum = outer;
        }

        public override void VisitEnumValue(EnumValueNode node)
        {
            _elements.EnumValues.Add((_currentEnum!, node));
            base.VisitEnumValue(node);
        }

        public override void VisitService(ServiceNode node)
        {
            _elements.Services.Add(node);
            _currentService = node;
            base.VisitService(node);
            _currentService = null;
        }

        public override void VisitRpc(RpcNode node)
        {
            _elements.Rpcs.Add((_currentService!, node));
            base.VisitRpc(node);
        }
    }
}
