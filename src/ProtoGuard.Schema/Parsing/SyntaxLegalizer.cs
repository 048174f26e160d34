using System.Collections.Generic;
using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Parsing;

/// <summary>
/// The parser accepts the union of proto2, proto3 and editions grammar; this pass reports what protoc's parser rejects
/// for the file's syntax (labels, groups, signs, reserved-name forms). Messages say what to do instead.
/// </summary>
internal sealed class SyntaxLegalizer
{
    private readonly List<SchemaDiagnostic> _diagnostics;
    private readonly SyntaxMode _mode;

    private SyntaxLegalizer(List<SchemaDiagnostic> diagnostics, SyntaxMode mode)
    {
        _diagnostics = diagnostics;
        _mode = mode;
    }

    private enum SyntaxMode
    {
        Proto2,
        Proto3,
        Editions,
        Unknown,
    }

    private enum FieldContext
    {
        Message,
        Oneof,
        Extend,
    }

    public static void Check(FileNode file, List<SchemaDiagnostic> diagnostics)
    {
        var mode = file.Syntax switch
        {
            null => SyntaxMode.Proto2,
            { IsEdition: true } => SyntaxMode.Editions,
            { Value: "proto2" } => SyntaxMode.Proto2,
            { Value: "proto3" } => SyntaxMode.Proto3,
            _ => SyntaxMode.Unknown,
        };
        if (mode == SyntaxMode.Unknown)
        {
            return;
        }

        var legalizer = new SyntaxLegalizer(diagnostics, mode);
        legalizer.CheckImports(file.Imports, mode == SyntaxMode.Editions && file.Syntax!.Value == "2024");
        foreach (var declaration in file.Declarations)
        {
            legalizer.CheckDeclaration(declaration);
        }
    }

    private void Report(TextSpan span, string message) =>
        _diagnostics.Add(new SchemaDiagnostic(SchemaDiagnosticIds.SyntaxError, message, span, SchemaSeverity.Error));

    /// <summary>protoc's parser: <c>import option</c> only from edition 2024, <c>import weak</c> only before it, and option imports last.</summary>
    private void CheckImports(IReadOnlyList<ImportDeclaration> imports, bool edition2024)
    {
        var seenOptionImport = false;
        foreach (var import in imports)
        {
            if (import.Modifier == ImportModifier.Option)
            {
                seenOptionImport = true;
                if (!edition2024)
                {
                    Report(import.ModifierSpan, $"'import option' is not supported before edition 2024; use a plain import of \"{import.Path}\"");
                }
            }
            else
            {
                if (import.Modifier == ImportModifier.Weak && edition2024)
                {
                    Report(import.ModifierSpan, $"'import weak' is not supported in edition 2024 and later; use 'import option \"{import.Path}\"' instead");
                }

                if (seenOptionImport)
                {
                    Report(import.PathSpan, $"Import \"{import.Path}\" follows an 'import option'; put the plain imports before the option imports so that the file round-trips");
                }
            }
        }
    }

    private void CheckDeclaration(SyntaxNode declaration)
    {
        switch (declaration)
        {
            case MessageNode message:
                CheckMessage(message);
                break;
            case EnumNode enumNode:
                foreach (var reserved in enumNode.Reserved)
                {
                    CheckReservedNames(reserved);
                }

                break;
            case ExtendNode extend:
                foreach (var field in extend.Fields)
                {
                    CheckField(field, FieldContext.Extend);
                }

                break;
        }
    }

    private void CheckMessage(MessageNode message)
    {
        foreach (var member in message.Declarations)
        {
            switch (member)
            {
                case FieldNode field:
                    CheckField(field, FieldContext.Message);
                    break;
                case OneofNode oneof:
                    foreach (var field in oneof.Fields)
                    {
                        CheckField(field, FieldContext.Oneof);
                    }

                    break;
                case ReservedNode reserved:
                    CheckReservedNames(reserved);
                    CheckRangesAreNotNegative(reserved.Ranges);
                    break;
                case ExtensionRangeNode ranges:
                    CheckRangesAreNotNegative(ranges.Ranges);
                    break;
                default:
                    CheckDeclaration(member);
                    break;
            }
        }
    }

    private void CheckField(FieldNode field, FieldContext context)
    {
        if (field.Label == FieldLabel.None && context != FieldContext.Oneof && !field.IsMap && _mode == SyntaxMode.Proto2)
        {
            Report(StartOf(field), "Expected 'required', 'optional' or 'repeated'; fields in proto2 need a label (maps and oneof members excepted)");
        }

        if (field.IsMap && field.Label != FieldLabel.None)
        {
            Report(field.LabelSpan, "Map fields cannot have a label (required, optional or repeated)");
        }

        if (field.Label == FieldLabel.Required && _mode == SyntaxMode.Proto3)
        {
            Report(field.LabelSpan, "Required fields are not allowed in proto3");
        }

        if (_mode == SyntaxMode.Editions && (field.Label == FieldLabel.Optional || field.Label == FieldLabel.Required))
        {
            Report(
                field.LabelSpan,
                field.Label == FieldLabel.Optional
                    ? "Label 'optional' is not supported in editions; singular fields have presence by default unless features.field_presence is set"
                    : "Label 'required' is not supported in editions; use features.field_presence = LEGACY_REQUIRED");
        }

        if (field.IsGroup)
        {
            if (_mode == SyntaxMode.Proto3)
            {
                Report(field.Name.Span, "Groups are not supported in proto3; use a nested message field");
            }
            else if (_mode == SyntaxMode.Editions)
            {
                Report(field.Name.Span, "Groups are not supported in editions; use a message field with features.message_encoding = DELIMITED");
            }
            else if (field.Name.Text.Length > 0 && !(field.Name.Text[0] >= 'A' && field.Name.Text[0] <= 'Z'))
            {
                Report(field.Name.Span, "Group names must start with a capital letter");
            }

            if (field.GroupBody != null)
            {
                CheckMessage(field.GroupBody);
            }
        }

        if (field.Number < 0)
        {
            Report(field.NumberSpan, "Field numbers must be positive integers");
        }
    }

    /// <summary>The type, or the <c>group</c> keyword of an unlabeled group.</summary>
    private static TextSpan StartOf(FieldNode field) =>
        field.IsGroup ? new TextSpan(field.Span.Start, "group".Length) : field.Type?.Span ?? new TextSpan(field.Span.Start, 0);

    private void CheckRangesAreNotNegative(IReadOnlyList<RangeNode> ranges)
    {
        foreach (var range in ranges)
        {
            if (range.Start < 0)
            {
                Report(range.StartSpan, "Field numbers must be positive integers");
            }
            else if (range.End < 0 && !range.EndIsMax)
            {
                Report(range.EndSpan, "Field numbers must be positive integers");
            }
        }
    }

    private void CheckReservedNames(ReservedNode reserved)
    {
        foreach (var name in reserved.Names)
        {
            if (_mode == SyntaxMode.Editions && !name.IsIdentifier)
            {
                Report(name.Span, "Reserved names must be identifiers in editions, not string literals");
            }
            else if (_mode != SyntaxMode.Editions && name.IsIdentifier)
            {
                Report(name.Span, "Reserved names must be string literals in proto2 and proto3; only editions allow bare identifiers");
            }
        }
    }
}
