using System.Collections.Generic;
using System.Linq;
using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Rules.Breaking;

/// <summary>Where in the new .proto a breaking change is shown: the changed element's name, type or option.</summary>
public static class Locations
{
    public static TextSpan Message(MessageShape message) => message.Node switch
    {
        MessageNode node when !node.Name.IsMissing => node.Name.Span,
        FieldNode node => node.Name.Span,
        { } node => node.Span,
        null => Package(message.File) ?? default,
    };

    public static TextSpan Enum(EnumShape enumShape) => enumShape.Node is { } node ? node.Name.Span : Package(enumShape.File) ?? default;

    /// <summary>An option (e.g. <c>features.enum_type</c>) set on the enum itself, else the enum.</summary>
    public static TextSpan EnumOption(EnumShape enumShape, string option) =>
        enumShape.Node is { } node && FindOption(node.Options, option) is { } span ? span : Enum(enumShape);

    /// <summary>An option set on the message itself, else the message.</summary>
    public static TextSpan MessageOption(MessageShape message, string option) =>
        message.Node is MessageNode node && FindOption(node.Options, option) is { } span ? span : Message(message);

    public static TextSpan Service(ServiceShape service) => service.Node is { } node ? node.Name.Span : Package(service.File) ?? default;

    public static TextSpan Method(MethodShape method) => method.Node is { } node ? node.Name.Span : Service(method.Service);

    public static TextSpan MethodInput(MethodShape method) => method.Node is { InputType.IsMissing: false } node ? node.InputType.Span : Method(method);

    public static TextSpan MethodOutput(MethodShape method) => method.Node is { OutputType.IsMissing: false } node ? node.OutputType.Span : Method(method);

    public static TextSpan MethodOption(MethodShape method, string option) =>
        method.Node is { } node && FindOption(node.Options, option) is { } span ? span : Method(method);

    public static TextSpan EnumValue(EnumShape enumShape, EnumValueShape value) => value.Node is { } node ? node.Name.Span : Enum(enumShape);

    public static TextSpan EnumValueNumber(EnumShape enumShape, EnumValueShape value) =>
        value.Node is { } node && node.NumberSpan.Length > 0 ? node.NumberSpan : EnumValue(enumShape, value);

    public static TextSpan Field(FieldShape field) => field.Node switch
    {
        { } node when !node.Name.IsMissing => node.Name.Span,
        { } node => node.Span,
        null => field.Parent != null ? Message(field.Parent) : Package(field.File) ?? default,
    };

    /// <summary>The label (<c>optional</c>, <c>repeated</c>...) when written, else the type, else the name.</summary>
    public static TextSpan FieldLabel(FieldShape field) =>
        field.Node is { } node && node.LabelSpan.Length > 0 ? TextSpan.FromBounds(node.LabelSpan.Start, node.Name.Span.End) : FieldType(field);

    public static TextSpan FieldType(FieldShape field) => field.Node switch
    {
        { Type: { IsMissing: false } type } => type.Span,
        { MapType: { } map } => map.Span,
        _ => Field(field),
    };

    public static TextSpan FieldOption(FieldShape field, string option) =>
        field.Node is { } node && FindOption(node.Options, option) is { } span ? span : Field(field);

    /// <summary>The package name, else the syntax declaration, else null (the file has neither).</summary>
    public static TextSpan? Package(FileShape file) => file.Node switch
    {
        { Package: { } package } when !package.Name.IsMissing => package.Name.Span,
        { Package: { } package } => package.Span,
        { Syntax: { } syntax } => syntax.Span,
        _ => null,
    };

    /// <summary>The package declaration, or null when the file has none.</summary>
    public static TextSpan? PackageDeclaration(FileShape file) => file.Node?.Package is { } package ? package.Span : null;

    public static TextSpan? Syntax(FileShape file) => file.Node?.Syntax is { } syntax ? syntax.Span : null;

    /// <summary>The file option's statement, or null when the new file does not set it.</summary>
    public static TextSpan? FileOption(FileShape file, string option) =>
        file.Node is { } node && FindOption(node.Options, option) is { } span ? span : null;

    /// <summary>Where a deleted nested element is shown: its nearest enclosing message that still exists, else null (the file).</summary>
    public static TextSpan? DeletedFrom(FileShape file, string nestedName)
    {
        var parts = nestedName.Split('.');
        for (var count = parts.Length - 1; count > 0; count--)
        {
            var parentName = string.Join(".", parts.Take(count));
            if (file.Messages.FirstOrDefault(message => message.NestedName == parentName) is { } parent)
            {
                return Message(parent);
            }
        }

        return null;
    }

    public static TextSpan? FindOption(IReadOnlyList<OptionNode> options, string name)
    {
        foreach (var option in options)
        {
            var text = option.Name.Text;
            if (text == name || text.StartsWith(name + ".", System.StringComparison.Ordinal))
            {
                return option.Span;
            }
        }

        return null;
    }
}
