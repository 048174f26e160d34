namespace ProtoGuard.Schema.Syntax;

/// <summary>Visits declarations depth-first in source order. Override a method and call base to keep descending.</summary>
public abstract class SyntaxWalker
{
    public void Visit(SyntaxNode node)
    {
        switch (node)
        {
            case FileNode file:
                VisitFile(file);
                break;
            case SyntaxDeclaration syntax:
                VisitSyntax(syntax);
                break;
            case PackageDeclaration package:
                VisitPackage(package);
                break;
            case ImportDeclaration import:
                VisitImport(import);
                break;
            case OptionNode option:
                VisitOption(option);
                break;
            case MessageNode message:
                VisitMessage(message);
                break;
            case FieldNode field:
                VisitField(field);
                break;
            case OneofNode oneof:
                VisitOneof(oneof);
                break;
            case EnumNode enumNode:
                VisitEnum(enumNode);
                break;
            case EnumValueNode value:
                VisitEnumValue(value);
                break;
            case ServiceNode service:
                VisitService(service);
                break;
            case RpcNode rpc:
                VisitRpc(rpc);
                break;
            case ExtendNode extend:
                VisitExtend(extend);
                break;
            case ReservedNode reserved:
                VisitReserved(reserved);
                break;
            case ExtensionRangeNode range:
                VisitExtensionRange(range);
                break;
        }
    }

    public virtual void VisitFile(FileNode node)
    {
        foreach (var declaration in node.Declarations)
        {
            Visit(declaration);
        }
    }

    public virtual void VisitSyntax(SyntaxDeclaration node)
    {
    }

    public virtual void VisitPackage(PackageDeclaration node)
    {
    }

    public virtual void VisitImport(ImportDeclaration node)
    {
    }

    public virtual void VisitOption(OptionNode node)
    {
    }

    public virtual void VisitMessage(MessageNode node)
    {
        foreach (var declaration in node.Declarations)
        {
            Visit(declaration);
        }
    }

    /// <summary>Visits the compact options, then the group body if any.</summary>
    public virtual void VisitField(FieldNode node)
    {
        foreach (var option in node.Options)
        {
            Visit(option);
        }

        if (node.GroupBody != null)
        {
            Visit(node.GroupBody);
        }
    }

    public virtual void VisitOneof(OneofNode node)
    {
        foreach (var declaration in node.Declarations)
        {
            Visit(declaration);
        }
    }

    public virtual void VisitEnum(EnumNode node)
    {
        foreach (var declaration in node.Declarations)
        {
            Visit(declaration);
        }
    }

    public virtual void VisitEnumValue(EnumValueNode node)
    {
        foreach (var option in node.Options)
        {
            Visit(option);
        }
    }

    public virtual void VisitService(ServiceNode node)
    {
        foreach (var declaration in node.Declarations)
        {
            Visit(declaration);
        }
    }

    public virtual void VisitRpc(RpcNode node)
    {
        foreach (var option in node.Options)
        {
            Visit(option);
        }
    }

    public virtual void VisitExtend(ExtendNode node)
    {
        foreach (var declaration in node.Declarations)
        {
            Visit(declaration);
        }
    }

    public virtual void VisitReserved(ReservedNode node)
    {
    }

    public virtual void VisitExtensionRange(ExtensionRangeNode node)
    {
        foreach (var option in node.Options)
        {
            Visit(option);
        }
    }
}
