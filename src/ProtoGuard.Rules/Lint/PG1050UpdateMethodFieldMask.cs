using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Rules.Lint;

/// <summary>
/// PG1050: a unary <c>Update*</c> RPC's request has <c>google.protobuf.FieldMask update_mask</c> (AIP-134), so the
/// server can tell "leave unchanged" from "set to the default". The fix adds the field (and the import).
/// </summary>
public sealed class PG1050UpdateMethodFieldMask : ProtoRule
{
    private const string FieldMaskImport = "google/protobuf/field_mask.proto";

    public override RuleDescriptor Descriptor => RuleCatalog.UpdateMethodFieldMask;

    public override void Analyze(ProtoRuleContext context)
    {
        if (context.Linked is not { } file)
        {
            return;
        }

        foreach (var method in file.Services.SelectMany(service => service.Methods))
        {
            if (method.Node is not { } node || !method.Name.StartsWith("Update", System.StringComparison.Ordinal)
                || method.ClientStreaming || method.ServerStreaming || method.InputType is not { } request)
            {
                continue;
            }

            if (request.Fields.Any(field => field.MessageType?.FullName == "google.protobuf.FieldMask"))
            {
                continue;
            }

            context.Report(node.Name.Span, new object?[] { method.Name, request.Name }, Fix(context, file, request));
        }
    }

    private static ProtoFix? Fix(ProtoRuleContext context, FileDescriptor file, MessageDescriptor request)
    {
        if (request.File != file || request.Node is not MessageNode message || request.FindFieldByName("update_mask") is not null)
        {
            return null;
        }

        var text = context.File.Text.Text;
        var close = message.Span.End - 1;
        if (close < 0 || close >= text.Length || text[close] != '}')
        {
            return null;
        }

        var number = request.Fields.Select(field => field.Number).DefaultIfEmpty(0).Max() + 1;
        var lineStart = text.LastIndexOf('\n', close) + 1;
        var closeOnOwnLine = text.Substring(lineStart, close - lineStart).Trim().Length == 0;
        var memberIndent = IndentOf(text, message.Span.Start) + "  ";
        var edits = new System.Collections.Generic.List<TextEdit>
        {
            closeOnOwnLine
                ? new TextEdit(new TextSpan(lineStart, 0), memberIndent + $"google.protobuf.FieldMask update_mask = {number};\n")
                : new TextEdit(new TextSpan(close, 0), $" google.protobuf.FieldMask update_mask = {number}; "),
        };
        var root = context.File.Root;
        if (!root.Imports.Any(import => import.Path == FieldMaskImport))
        {
            var anchor = root.Imports.Count > 0 ? root.Imports[root.Imports.Count - 1].Span.End : root.Package?.Span.End ?? root.Syntax?.Span.End;
            if (anchor is not { } position)
            {
                return null;
            }

            edits.Add(new TextEdit(new TextSpan(position, 0), (root.Imports.Count > 0 ? "\n" : "\n\n") + $"import \"{FieldMaskImport}\";"));
        }

        return new ProtoFix($"Add 'google.protobuf.FieldMask update_mask = {number};' to '{request.Name}'", edits);
    }

    private static string IndentOf(string text, int position)
    {
        var lineStart = text.LastIndexOf('\n', System.Math.Max(0, position - 1)) + 1;
        var end = lineStart;
        while (end < text.Length && (text[end] == ' ' || text[end] == '\t'))
        {
            end++;
        }

        return text.Substring(lineStart, end - lineStart);
    }
}
