using System.Collections.Generic;
using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Parsing;

internal sealed partial class Parser
{
    private OptionNode ParseOptionStatement()
    {
        var start = Advance().Span.Start;
        var node = new OptionNode { Name = OptionName.Missing(PreviousEnd), Value = new MissingValue(new TextSpan(PreviousEnd, 0)) };
        if (!ParseOptionAssignment(node))
        {
            SkipStatement();
            node.Span = SpanFrom(start);
            return node;
        }

        node.Comments = ExpectSemicolon("after option statement");
        node.Span = SpanFrom(start);
        return node;
    }

    /// <summary>Parses <c>name = value</c>; returns false after reporting (the caller skips).</summary>
    private bool ParseOptionAssignment(OptionNode node)
    {
        var name = ParseOptionName();
        if (name == null)
        {
            return false;
        }

        node.Name = name;
        if (!Current.IsSymbol('='))
        {
            ReportUnexpected("Expected '=' after option name '" + name.Text + "'");
            return false;
        }

        Advance();
        var value = ParseOptionValue();
        if (value == null)
        {
            return false;
        }

        node.Value = value;
        return true;
    }

    /// <summary>Parses <c>[a = 1, (b).c = "x"]</c> into <paramref name="options"/>; returns false after reporting.</summary>
    private bool ParseCompactOptions(List<OptionNode> options)
    {
        Advance();
        while (true)
        {
            var start = Current.Span.Start;
            var node = new OptionNode { IsCompact = true, Name = OptionName.Missing(start), Value = new MissingValue(new TextSpan(start, 0)) };
            if (!ParseOptionAssignment(node))
            {
                return false;
            }

            node.Span = SpanFrom(start);
            options.Add(node);
            if (Current.IsSymbol(']'))
            {
                Advance();
                return true;
            }

            if (!Current.IsSymbol(','))
            {
                ReportUnexpected("Expected ',' or ']' in option list");
                return false;
            }

            Advance();
        }
    }

    /// <summary>Parses <c>part{.part}</c> where a part is an identifier or <c>(extension.name)</c>; null after reporting.</summary>
    private OptionName? ParseOptionName()
    {
        var start = Current.Span.Start;
        var first = _index;
        var parts = new List<OptionNamePart>();
        while (true)
        {
            var partStart = Current.Span.Start;
            if (Current.IsSymbol('('))
            {
                Advance();
                var extension = ParseTypeName();
                if (extension == null)
                {
                    ReportUnexpected("Expected an extension name inside '(' ')'");
                    return null;
                }

                if (!Current.IsSymbol(')'))
                {
                    ReportUnexpected("Expected ')' after extension name '" + extension.Text + "'");
                    return null;
                }

                Advance();
                parts.Add(new OptionNamePart(extension, isExtension: true, SpanFrom(partStart)));
            }
            else if (Current.Kind == TokenKind.Identifier)
            {
                var token = Advance();
                parts.Add(new OptionNamePart(ToIdentifier(token), isExtension: false, token.Span));
            }
            else
            {
                ReportUnexpected(parts.Count == 0 ? "Expected an option name" : "Expected a name after '.' in option name");
                return null;
            }

            if (!Current.IsSymbol('.'))
            {
                // Written without whitespace or comments inside (nearly always), the source text is the canonical
                // text: interned, an option used throughout the file is one string, and the linker need not build it.
                var span = SpanFrom(start);
                return IsContiguous(first, _index)
                    ? new OptionName(parts, span, _names.Get(_source.Text, span.Start, span.Length))
                    : new OptionName(parts, span);
            }

            Advance();
        }
    }

    /// <summary>
    /// Parses a scalar value or a text-format message literal. Returns null after reporting a bad scalar (the caller
    /// skips the statement). An error inside a message literal is reported once, the literal is skipped up to its
    /// closing brace, and a <see cref="MissingValue"/> is returned so the statement can still end normally.
    /// </summary>
    private OptionValue? ParseOptionValue()
    {
        if (Current.IsSymbol('{'))
        {
            var openIndex = _index;
            var failed = false;
            var aggregate = ParseMessageLiteral('}', 0, ref failed);
            if (!failed)
            {
                return aggregate;
            }

            SkipMessageLiteral(openIndex);
            return new MissingValue(SpanFrom(_tokens[openIndex].Span.Start));
        }

        return ParseScalarValue("Expected an option value (a number, string, identifier or '{')");
    }

    private OptionValue? ParseScalarValue(string expectation)
    {
        var start = Current.Span.Start;
        var negative = false;
        var sign = Current;
        if (Current.IsSymbol('-'))
        {
            negative = true;
            Advance();
        }

        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Integer:
                Advance();
                return new IntegerValue(token.IntegerValue, negative, token.IntegerOverflow, SpanFrom(start));
            case TokenKind.Float:
                Advance();
                return new FloatValue(negative ? -token.FloatValue : token.FloatValue, SpanFrom(start));
            case TokenKind.Identifier:
                Advance();
                if (negative && token.Text != "inf" && token.Text != "nan" && token.Text != "infinity")
                {
                    Report(sign.Span, "Only numbers, 'inf' and 'nan' can be negated, not '" + token.Text + "'", sign);
                }

                return new IdentifierValue(token.Text, negative, SpanFrom(start));
            case TokenKind.String:
                if (negative)
                {
                    Report(sign.Span, "A string cannot be negated", sign);
                }

                return ParseStrings();
            default:
                ReportUnexpected(expectation);
                return null;
        }
    }

    /// <summary>
    /// Parses <c>{ fields }</c> or <c>&lt; fields &gt;</c> (Current is the opening bracket). Stops at the first error,
    /// reports it, and sets <paramref name="failed"/>; the caller skips the rest.
    /// </summary>
    private AggregateValue ParseMessageLiteral(char close, int depth, ref bool failed)
    {
        var open = Advance();
        var fields = new List<AggregateField>();
        if (depth >= MaxLiteralNestingDepth)
        {
            Report(open.Span, "Message literal is nested more than " + MaxLiteralNestingDepth + " levels deep", open);
            failed = true;
            return new AggregateValue(fields, SpanFrom(open.Span.Start));
        }

        while (!failed)
        {
            if (Current.IsSymbol(close))
            {
                Advance();
                break;
            }

            if (AtEnd || StartsDeclarationOnNewLine(_index) || Current.IsSymbol(']'))
            {
                ReportMissingAfterPrevious("Expected '" + close + "' to close the message literal");
                failed = true;
                break;
            }

            var literalField = ParseMessageLiteralField(depth, ref failed);
            if (literalField == null)
            {
                failed = true;
                break;
            }

            fields.Add(literalField);
            if (Current.IsSymbol(',') || Current.IsSymbol(';'))
            {
                Advance();
            }
        }

        return new AggregateValue(fields, SpanFrom(open.Span.Start));
    }

    private AggregateField? ParseMessageLiteralField(int depth, ref bool failed)
    {
        var start = Current.Span.Start;
        Identifier name;
        var isExtension = false;
        string? typeUrlPrefix = null;
        if (Current.IsSymbol('['))
        {
            isExtension = true;
            Advance();
            var first = ParseTypeName();
            if (first == null)
            {
                ReportUnexpected("Expected an extension or type name inside '[' ']'");
                return null;
            }

            name = first;
            if (Current.IsSymbol('/'))
            {
                Advance();
                typeUrlPrefix = first.Text;
                var typeName = ParseTypeName();
                if (typeName == null)
                {
                    ReportUnexpected("Expected a type name after '/' in the type URL");
                    return null;
                }

                name = typeName;
            }

            if (!Current.IsSymbol(']'))
            {
                ReportUnexpected("Expected ']' after '" + (typeUrlPrefix == null ? name.Text : typeUrlPrefix + "/" + name.Text) + "'");
                return null;
            }

            Advance();
        }
        else if (Current.Kind == TokenKind.Identifier)
        {
            name = ToIdentifier(Advance());
        }
        else
        {
            ReportUnexpected("Expected a field name in the message literal");
            return null;
        }

        var hasColon = false;
        if (Current.IsSymbol(':'))
        {
            hasColon = true;
            Advance();
        }

        OptionValue? value;
        if (Current.IsSymbol('{') || Current.IsSymbol('<'))
        {
            value = ParseMessageLiteral(Current.IsSymbol('{') ? '}' : '>', depth + 1, ref failed);
        }
        else if (Current.IsSymbol('['))
        {
            value = ParseListLiteral(depth, ref failed);
        }
        else if (!hasColon)
        {
            ReportUnexpected("Expected ':' after '" + name.Text + "' in the message literal");
            return null;
        }
        else
        {
            value = ParseScalarValue("Expected a value for '" + name.Text + "' in the message literal");
        }

        if (value == null || failed)
        {
            return null;
        }

        return new AggregateField(name, isExtension, typeUrlPrefix, value, SpanFrom(start));
    }

    private ListValue? ParseListLiteral(int depth, ref bool failed)
    {
        var start = Advance().Span.Start;
        var elements = new List<OptionValue>();
        if (Current.IsSymbol(']'))
        {
            Advance();
            return new ListValue(elements, SpanFrom(start));
        }

        while (true)
        {
            OptionValue? element;
            if (Current.IsSymbol('{') || Current.IsSymbol('<'))
            {
                element = ParseMessageLiteral(Current.IsSymbol('{') ? '}' : '>', depth + 1, ref failed);
            }
            else
            {
                element = ParseScalarValue("Expected a list element");
            }

            if (element == null || failed)
            {
                return null;
            }

            elements.Add(element);
            if (Current.IsSymbol(']'))
            {
                Advance();
                return new ListValue(elements, SpanFrom(start));
            }

            if (!Current.IsSymbol(','))
            {
                ReportUnexpected("Expected ',' or ']' in the list");
                return null;
            }

            Advance();
        }
    }

    /// <summary>
    /// After an error inside a message literal: rewinds to its opening brace and skips to the matching closing one,
    /// stopping early at a declaration keyword that starts a line (the brace was probably never closed).
    /// </summary>
    private void SkipMessageLiteral(int openIndex)
    {
        _index = openIndex;
        var depth = 0;
        var openBrackets = 0;
        while (!AtEnd)
        {
            // An unmatched ']' ends the compact option list the literal sits in.
            if (depth > 0 && (StartsDeclarationOnNewLine(_index) || (Current.IsSymbol(']') && openBrackets == 0)))
            {
                return;
            }

            openBrackets += Current.IsSymbol('[') ? 1 : Current.IsSymbol(']') ? -1 : 0;
            var token = Advance();
            if (token.IsSymbol('{'))
            {
                depth++;
            }
            else if (token.IsSymbol('}'))
            {
                depth--;
                if (depth == 0)
                {
                    return;
                }
            }
        }
    }
}
