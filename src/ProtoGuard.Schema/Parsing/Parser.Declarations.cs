using System;
using System.Collections.Generic;
using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Parsing;

internal sealed partial class Parser
{
    private static bool IsTopLevelOnlyKeyword(string keyword) =>
        keyword == "service" || keyword == "import" || keyword == "package" || keyword == "syntax" || keyword == "edition";

    private FileNode ParseFile()
    {
        var file = new FileNode();
        var declarations = new List<SyntaxNode>();
        var imports = new List<ImportDeclaration>();
        var options = new List<OptionNode>();
        var messages = new List<MessageNode>();
        var enums = new List<EnumNode>();
        var services = new List<ServiceNode>();
        var extends = new List<ExtendNode>();

        while (!AtEnd)
        {
            var before = _index;
            var diagnosticCount = _diagnostics.Count;
            _statementDiagnosticMark = diagnosticCount;
            _previousMemberWasUnexpected = _memberWasUnexpected;
            _memberWasUnexpected = false;
            var declaration = ParseTopLevelDeclaration(file, declarations.Count == 0);
            switch (declaration)
            {
                case null:
                    break;
                case SyntaxDeclaration syntax:
                    file.Syntax ??= syntax;
                    break;
                case PackageDeclaration package:
                    if (file.Package == null)
                    {
                        file.Package = package;
                    }
                    else
                    {
                        Report(package.Span, "Multiple package declarations; a file has at most one package", null);
                    }

                    break;
                case ImportDeclaration import:
                    imports.Add(import);
                    break;
                case OptionNode option:
                    options.Add(option);
                    break;
                case MessageNode message:
                    messages.Add(message);
                    break;
                case EnumNode enumNode:
                    enums.Add(enumNode);
                    break;
                case ServiceNode service:
                    services.Add(service);
                    break;
                case ExtendNode extend:
                    extends.Add(extend);
                    break;
            }

            if (declaration != null)
            {
                declarations.Add(declaration);
            }

            if (_index == before)
            {
                if (_diagnostics.Count == diagnosticCount)
                {
                    ReportUnexpected("Unexpected token");
                }

                Advance();
            }
        }

        file.Span = new TextSpan(0, _source.Length);
        file.Declarations = declarations;
        file.Imports = imports;
        file.Options = options;
        file.Messages = messages;
        file.Enums = enums;
        file.Services = services;
        file.Extends = extends;
        return file;
    }

    private SyntaxNode? ParseTopLevelDeclaration(FileNode file, bool isFirst)
    {
        var token = Current;
        var next = PeekToken(1);
        if (token.Kind == TokenKind.Identifier)
        {
            switch (token.Text)
            {
                case "syntax":
                case "edition":
                    if (next.IsSymbol('=') || next.Kind == TokenKind.String)
                    {
                        return ParseSyntax(file, isFirst);
                    }

                    break;
                case "package":
                    return ParsePackage();
                case "import":
                    return ParseImport();
                case "option":
                    return ParseOptionStatement();
                case "message":
                    return ParseMessage(SymbolVisibility.Default, token.Span.Start);
                case "enum":
                    return ParseEnum(SymbolVisibility.Default, token.Span.Start);
                case "service":
                    return ParseService();
                case "extend":
                    return ParseExtend();
                case "export":
                case "local":
                    if (next.IsKeyword("message") || next.IsKeyword("enum"))
                    {
                        return ParseWithVisibility();
                    }

                    break;
            }
        }

        if (token.IsSymbol(';'))
        {
            ConsumeEndOfDeclaration(hasLocation: false);
            return null;
        }

        if (token.IsSymbol('}'))
        {
            Report(token.Span, "Unexpected '}'; there is no open block to close", token);
            ConsumeEndOfDeclaration(hasLocation: false);
            return null;
        }

        ReportUnexpectedMember("Expected a top-level declaration (message, enum, service, extend, import, package, option or syntax)");
        SkipStatement();
        return null;
    }

    private SyntaxNode ParseWithVisibility()
    {
        var modifier = Advance();
        var visibility = modifier.Text == "export" ? SymbolVisibility.Export : SymbolVisibility.Local;
        return Current.IsKeyword("message")
            ? ParseMessage(visibility, modifier.Span.Start)
            : ParseEnum(visibility, modifier.Span.Start);
    }

    private SyntaxDeclaration ParseSyntax(FileNode file, bool isFirst)
    {
        var keyword = Advance();
        var node = new SyntaxDeclaration { Keyword = keyword.Text, KeywordSpan = keyword.Span };
        if (!isFirst || file.Syntax != null)
        {
            Report(keyword.Span, "The '" + keyword.Text + "' declaration must be the first declaration in the file", keyword);
        }

        if (Current.IsSymbol('='))
        {
            Advance();
        }
        else
        {
            ReportMissingAfterPrevious("Expected '=' after '" + keyword.Text + "'");
        }

        if (Current.Kind != TokenKind.String)
        {
            ReportUnexpected(keyword.Text == "edition" ? "Expected an edition string such as \"2023\"" : "Expected a syntax string such as \"proto3\"");
            node.ValueSpan = new TextSpan(Current.Span.Start, 0);
            SkipStatement();
            node.Span = SpanFrom(keyword.Span.Start);
            return node;
        }

        var value = ParseStrings();
        node.Value = value.Value;
        node.ValueSpan = value.Span;
        if (keyword.Text == "syntax" && value.Value != "proto2" && value.Value != "proto3")
        {
            Report(value.Span, "Unrecognized syntax \"" + value.Value + "\"; expected \"proto2\" or \"proto3\" (or use 'edition')", null);
        }
        else if (keyword.Text == "edition" && value.Value != "2023" && value.Value != "2024")
        {
            // protoc 35.1 knows editions 2023 and 2024 (its test-only editions are not for real files).
            Report(value.Span, "Unknown edition \"" + value.Value + "\"; use edition \"2023\" or \"2024\"", null);
        }

        node.Comments = ExpectSemicolon("after " + keyword.Text + " declaration");
        node.Span = SpanFrom(keyword.Span.Start);
        return node;
    }

    private PackageDeclaration ParsePackage()
    {
        var keyword = Advance();
        var node = new PackageDeclaration { Name = Identifier.Missing(keyword.Span.End) };
        var name = Current.IsSymbol('.') ? null : ParseTypeName();
        if (name == null)
        {
            ReportUnexpected("Expected a package name");
            SkipStatement();
        }
        else
        {
            node.Name = name;
            node.Comments = ExpectSemicolon("after package declaration");
        }

        node.Span = SpanFrom(keyword.Span.Start);
        return node;
    }

    private ImportDeclaration ParseImport()
    {
        var keyword = Advance();
        var node = new ImportDeclaration { PathSpan = new TextSpan(keyword.Span.End, 0), ModifierSpan = new TextSpan(keyword.Span.End, 0) };
        if (Current.Kind == TokenKind.Identifier && PeekToken(1).Kind == TokenKind.String)
        {
            switch (Current.Text)
            {
                case "public":
                    node.Modifier = ImportModifier.Public;
                    break;
                case "weak":
                    node.Modifier = ImportModifier.Weak;
                    break;
                case "option":
                    node.Modifier = ImportModifier.Option;
                    break;
                default:
                    ReportUnexpected("Expected 'public', 'weak' or a file name after 'import'");
                    SkipStatement();
                    node.Span = SpanFrom(keyword.Span.Start);
                    return node;
            }

            node.ModifierSpan = Advance().Span;
        }

        if (Current.Kind != TokenKind.String)
        {
            ReportUnexpected("Expected a file name string after 'import'");
            SkipStatement();
            node.Span = SpanFrom(keyword.Span.Start);
            return node;
        }

        var path = ParseStrings();
        node.Path = path.Value;
        node.PathSpan = path.Span;
        node.Comments = ExpectSemicolon("after import declaration");
        node.Span = SpanFrom(keyword.Span.Start);
        return node;
    }

    // ---------------------------------------------------------------- messages

    private MessageNode ParseMessage(SymbolVisibility visibility, int start)
    {
        Advance();
        var node = new MessageNode { Visibility = visibility, Name = Identifier.Missing(PreviousEnd) };
        if (Current.Kind == TokenKind.Identifier)
        {
            node.Name = ToIdentifier(Advance());
        }
        else
        {
            ReportUnexpected("Expected a message name");
            if (!Current.IsSymbol('{'))
            {
                SkipStatement();
                node.Span = SpanFrom(start);
                return node;
            }
        }

        var open = Current;
        if (!ExpectOpenBrace(new Expectation("after message name ", node.Name.Text), out var comments))
        {
            SkipStatement();
            node.Span = SpanFrom(start);
            return node;
        }

        node.Comments = comments;
        ParseMessageBody(node, open, new Expectation("message ", node.Name.Text));
        node.Span = SpanFrom(start);
        return node;
    }

    /// <summary>Parses a message or group body after its <c>{</c> was consumed.</summary>
    private void ParseMessageBody(MessageNode node, Token open, Expectation construct)
    {
        if (_depth >= MaxNestingDepth)
        {
            Report(open.Span, "Messages are nested more than " + MaxNestingDepth + " levels deep", open);
            SkipRestOfBlock();
            return;
        }

        // A list is made for a kind of member only when the body has one: most messages have fields and little else,
        // and the tree keeps these lists as long as the file is linked (the node's empty default stays otherwise).
        var declarations = new List<SyntaxNode>();
        List<FieldNode>? fields = null;
        List<OneofNode>? oneofs = null;
        List<MessageNode>? messages = null;
        List<EnumNode>? enums = null;
        List<ReservedNode>? reserved = null;
        List<ExtensionRangeNode>? ranges = null;
        List<ExtendNode>? extends = null;
        List<OptionNode>? options = null;

        _depth++;
        ParseBlockBody(
            construct,
            () =>
            {
                var member = ParseMessageMember();
                switch (member)
                {
                    case FieldNode fieldNode:
                        (fields ??= new List<FieldNode>()).Add(fieldNode);
                        break;
                    case OneofNode oneof:
                        (oneofs ??= new List<OneofNode>()).Add(oneof);
                        break;
                    case MessageNode message:
                        (messages ??= new List<MessageNode>()).Add(message);
                        break;
                    case EnumNode enumNode:
                        (enums ??= new List<EnumNode>()).Add(enumNode);
                        break;
                    case ReservedNode reservedNode:
                        (reserved ??= new List<ReservedNode>()).Add(reservedNode);
                        break;
                    case ExtensionRangeNode range:
                        (ranges ??= new List<ExtensionRangeNode>()).Add(range);
                        break;
                    case ExtendNode extend:
                        (extends ??= new List<ExtendNode>()).Add(extend);
                        break;
                    case OptionNode option:
                        (options ??= new List<OptionNode>()).Add(option);
                        break;
                }

                if (member != null)
                {
                    declarations.Add(member);
                }
            },
            index => IsTopLevelOnlyKeyword(_tokens[index].Text));
        _depth--;

        node.Declarations = declarations;
        node.Fields = fields ?? node.Fields;
        node.Oneofs = oneofs ?? node.Oneofs;
        node.Messages = messages ?? node.Messages;
        node.Enums = enums ?? node.Enums;
        node.Reserved = reserved ?? node.Reserved;
        node.ExtensionRanges = ranges ?? node.ExtensionRanges;
        node.Extends = extends ?? node.Extends;
        node.Options = options ?? node.Options;
    }

    private SyntaxNode? ParseMessageMember()
    {
        var token = Current;
        if (token.IsSymbol(';'))
        {
            ConsumeEndOfDeclaration(hasLocation: false);
            return null;
        }

        if (token.Kind != TokenKind.Identifier && !token.IsSymbol('.'))
        {
            ReportUnexpectedMember("Expected a field, message, enum, oneof, option, reserved, extensions or extend declaration");
            SkipStatement();
            return null;
        }

        var next = PeekToken(1);
        switch (token.Text)
        {
            case "message":
                if (next.Kind == TokenKind.Identifier || next.IsSymbol('{'))
                {
                    return ParseMessage(SymbolVisibility.Default, token.Span.Start);
                }

                break;
            case "enum":
                if (next.Kind == TokenKind.Identifier || next.IsSymbol('{'))
                {
                    return ParseEnum(SymbolVisibility.Default, token.Span.Start);
                }

                break;
            case "export":
            case "local":
                if (next.IsKeyword("message") || next.IsKeyword("enum"))
                {
                    return ParseWithVisibility();
                }

                break;
            case "extend":
                if (next.Kind == TokenKind.Identifier || next.IsSymbol('.'))
                {
                    return ParseExtend();
                }

                break;
            case "extensions":
                if (!LooksLikeFieldAfterKeyword())
                {
                    return ParseExtensionRange();
                }

                break;
            case "reserved":
                if (!LooksLikeFieldAfterKeyword())
                {
                    return ParseReserved();
                }

                break;
            case "option":
                if (next.Kind == TokenKind.Identifier || next.IsSymbol('('))
                {
                    return ParseOptionStatement();
                }

                break;
            case "oneof":
                if (next.Kind == TokenKind.Identifier || next.IsSymbol('{'))
                {
                    return ParseOneof();
                }

                break;
        }

        return ParseField(FieldContext.Message);
    }

    /// <summary>True for <c>keyword name =</c>, i.e. a field whose type happens to be named like a keyword.</summary>
    private bool LooksLikeFieldAfterKeyword() =>
        PeekToken(1).Kind == TokenKind.Identifier && PeekToken(2).IsSymbol('=');

    private FieldNode ParseField(FieldContext context)
    {
        var start = Current.Span.Start;
        var node = new FieldNode { LabelSpan = new TextSpan(start, 0), Name = Identifier.Missing(start), NumberSpan = new TextSpan(start, 0) };
        var first = Current;
        if (first.Kind == TokenKind.Identifier && (PeekToken(1).Kind == TokenKind.Identifier || PeekToken(1).IsSymbol('.')))
        {
            var label = first.Text switch
            {
                "optional" => FieldLabel.Optional,
                "required" => FieldLabel.Required,
                "repeated" => FieldLabel.Repeated,
                _ => FieldLabel.None,
            };
            if (label != FieldLabel.None)
            {
                node.Label = label;
                node.LabelSpan = Advance().Span;
                if (context == FieldContext.Oneof && !_oneofLabelReported)
                {
                    // Once per oneof: a forgotten '}' turns every following labeled field into a oneof member.
                    _oneofLabelReported = true;
                    Report(first.Span, "Fields in a oneof must not have labels (required, optional or repeated)", first);
                }
            }
        }

        if (Current.IsKeyword("group") && PeekToken(1).Kind == TokenKind.Identifier && PeekToken(2).Kind != TokenKind.Identifier)
        {
            return ParseGroup(node, start);
        }

        if (Current.IsKeyword("map") && PeekToken(1).IsSymbol('<'))
        {
            if (!ParseMapType(node))
            {
                SkipStatement();
                node.Span = SpanFrom(start);
                return node;
            }
        }
        else
        {
            var type = ParseTypeName();
            if (type == null)
            {
                ReportUnexpected("Expected a field type");
                SkipStatement();
                node.Span = SpanFrom(start);
                return node;
            }

            node.Type = type;
        }

        if (Current.Kind != TokenKind.Identifier)
        {
            ReportUnexpected("Expected a field name");
            SkipStatement();
            node.Span = SpanFrom(start);
            return node;
        }

        node.Name = ToIdentifier(Advance());
        node.NumberSpan = new TextSpan(PreviousEnd, 0);
        var parsed = ParseFieldNumberAndOptions(new Expectation("field number for ", node.Name.Text), out var number, out var numberSpan, out var options);
        node.Number = number;
        node.NumberSpan = numberSpan;
        node.Options = options;
        if (!parsed)
        {
            node.Span = SpanFrom(start);
            return node;
        }

        node.Comments = ExpectSemicolon("after field declaration");
        node.Span = SpanFrom(start);
        return node;
    }

    /// <summary>
    /// Parses <c>= number [options]</c> after a field or enum value name. Returns false after reporting an error and
    /// skipping the statement.
    /// </summary>
    private bool ParseFieldNumberAndOptions(Expectation what, out long? number, out TextSpan numberSpan, out IReadOnlyList<OptionNode> options)
    {
        options = Array.Empty<OptionNode>();
        number = null;
        numberSpan = new TextSpan(PreviousEnd, 0);
        if (Current.IsSymbol('='))
        {
            Advance();
            if (!ParseInteger(what, out number, out numberSpan))
            {
                numberSpan = new TextSpan(PreviousEnd, 0);
                if (!Current.IsSymbol(';') && !Current.IsSymbol('['))
                {
                    SkipStatement();
                    return false;
                }
            }
        }
        else
        {
            ReportUnexpected("Expected '=' and " + WithArticle(what.ToString()));
            if (!Current.IsSymbol(';') && !Current.IsSymbol('['))
            {
                SkipStatement();
                return false;
            }
        }

        if (Current.IsSymbol('['))
        {
            var compact = new List<OptionNode>();
            options = compact;
            if (!ParseCompactOptions(compact))
            {
                SkipStatement();
                return false;
            }
        }

        return true;
    }

    private bool ParseMapType(FieldNode node)
    {
        var start = Advance().Span.Start;
        Advance();
        var key = ParseTypeName();
        if (key == null)
        {
            ReportUnexpected("Expected a map key type");
            return false;
        }

        if (!Current.IsSymbol(','))
        {
            ReportUnexpected("Expected ',' after the map key type");
            return false;
        }

        Advance();
        var value = ParseTypeName();
        if (value == null)
        {
            ReportUnexpected("Expected a map value type");
            return false;
        }

        if (!Current.IsSymbol('>'))
        {
            ReportUnexpected("Expected '>' to close the map type");
            return false;
        }

        Advance();
        node.MapType = new MapType(key, value, SpanFrom(start));
        return true;
    }

    private FieldNode ParseGroup(FieldNode node, int start)
    {
        Advance();
        var name = Advance();
        node.IsGroup = true;
        node.Name = ToIdentifier(name);
        node.Type = node.Name;
        var parsed = ParseFieldNumberAndOptions(new Expectation("field number for group ", name.Text), out var number, out var numberSpan, out var options);
        node.Number = number;
        node.NumberSpan = numberSpan;
        node.Options = options;
        if (!parsed)
        {
            node.Span = SpanFrom(start);
            return node;
        }

        var open = Current;
        if (!ExpectOpenBrace(new Expectation("to start the body of group ", name.Text), out var comments))
        {
            SkipStatement();
            node.Span = SpanFrom(start);
            return node;
        }

        node.Comments = comments;
        var body = new MessageNode { Name = node.Name, IsGroupBody = true };
        ParseMessageBody(body, open, new Expectation("group ", name.Text));
        node.Span = SpanFrom(start);
        body.Span = node.Span;
        node.GroupBody = body;
        return node;
    }

    private OneofNode ParseOneof()
    {
        var start = Advance().Span.Start;
        var node = new OneofNode { Name = Identifier.Missing(PreviousEnd) };
        if (Current.Kind == TokenKind.Identifier)
        {
            node.Name = ToIdentifier(Advance());
        }
        else
        {
            ReportUnexpected("Expected a oneof name");
        }

        if (node.Name.IsMissing && !Current.IsSymbol('{'))
        {
            SkipStatement();
            node.Span = SpanFrom(start);
            return node;
        }

        if (!ExpectOpenBrace(new Expectation("after oneof name ", node.Name.Text), out var comments))
        {
            SkipStatement();
            node.Span = SpanFrom(start);
            return node;
        }

        node.Comments = comments;
        var declarations = new List<SyntaxNode>();
        var fields = new List<FieldNode>();
        var options = new List<OptionNode>();
        _oneofLabelReported = false;
        ParseBlockBody(
            new Expectation("oneof ", node.Name.Text),
            () =>
            {
                var token = Current;
                if (token.IsSymbol(';'))
                {
                    // Neither the language spec nor protoc allows an empty statement in a oneof.
                    Report(token.Span, "Empty statement ';' is not allowed in a oneof", token);
                    ConsumeEndOfDeclaration(hasLocation: false);
                }
                else if (token.IsKeyword("option") && (PeekToken(1).Kind == TokenKind.Identifier || PeekToken(1).IsSymbol('(')))
                {
                    var option = ParseOptionStatement();
                    options.Add(option);
                    declarations.Add(option);
                }
                else if (token.Kind == TokenKind.Identifier || token.IsSymbol('.'))
                {
                    var member = ParseField(FieldContext.Oneof);
                    fields.Add(member);
                    declarations.Add(member);
                }
                else
                {
                    ReportUnexpectedMember("Expected a field or option in oneof '" + node.Name.Text + "'");
                    SkipStatement();
                }
            },
            index => IsDeclarationStart(index) && _tokens[index].Text is not ("option" or "optional" or "required" or "repeated"));
        node.Declarations = declarations;
        node.Fields = fields;
        node.Options = options;
        node.Span = SpanFrom(start);
        return node;
    }

    private ExtendNode ParseExtend()
    {
        var start = Advance().Span.Start;
        var node = new ExtendNode { Extendee = Identifier.Missing(PreviousEnd) };
        var extendee = ParseTypeName();
        if (extendee == null)
        {
            ReportUnexpected("Expected the name of the message to extend");
            SkipStatement();
            node.Span = SpanFrom(start);
            return node;
        }

        node.Extendee = extendee;
        if (!ExpectOpenBrace("after 'extend " + extendee.Text + "'", out var comments))
        {
            SkipStatement();
            node.Span = SpanFrom(start);
            return node;
        }

        node.Comments = comments;
        var declarations = new List<SyntaxNode>();
        var fields = new List<FieldNode>();
        ParseBlockBody(
            new Expectation("extend block for ", extendee.Text),
            () =>
            {
                var token = Current;
                if (token.IsSymbol(';'))
                {
                    // protoc accepts no empty statement here (unlike the language spec); report it so the editor agrees with the build.
                    Report(token.Span, "Empty statement ';' is not allowed in an extend block", token);
                    ConsumeEndOfDeclaration(hasLocation: false);
                }
                else if (token.Kind == TokenKind.Identifier || token.IsSymbol('.'))
                {
                    var member = ParseField(FieldContext.Extend);
                    fields.Add(member);
                    declarations.Add(member);
                }
                else
                {
                    ReportUnexpectedMember("Expected a field in extend block for '" + extendee.Text + "'");
                    SkipStatement();
                }
            },
            index => IsDeclarationStart(index) && _tokens[index].Text is not ("optional" or "required" or "repeated"));
        node.Declarations = declarations;
        node.Fields = fields;
        node.Span = SpanFrom(start);
        return node;
    }

    private ReservedNode ParseReserved()
    {
        var start = Advance().Span.Start;
        var node = new ReservedNode();
        if (Current.Kind == TokenKind.String || Current.Kind == TokenKind.Identifier)
        {
            var names = new List<ReservedName>();
            node.Names = names;
            while (true)
            {
                if (Current.Kind == TokenKind.String)
                {
                    var name = ParseStrings();
                    names.Add(new ReservedName(name.Value, name.Span, isIdentifier: false));
                }
                else if (Current.Kind == TokenKind.Identifier)
                {
                    var name = Advance();
                    names.Add(new ReservedName(name.Text, name.Span, isIdentifier: true));
                }
                else
                {
                    ReportUnexpected("Expected a reserved name; reserved names and numbers must be in separate statements");
                    SkipStatement();
                    node.Span = SpanFrom(start);
                    return node;
                }

                if (!Current.IsSymbol(','))
                {
                    break;
                }

                Advance();
            }
        }
        else
        {
            var ranges = new List<RangeNode>();
            node.Ranges = ranges;
            if (!ParseRanges(ranges, "reserved number"))
            {
                node.Span = SpanFrom(start);
                return node;
            }
        }

        node.Comments = ExpectSemicolon("after reserved declaration");
        node.Span = SpanFrom(start);
        return node;
    }

    private ExtensionRangeNode ParseExtensionRange()
    {
        var start = Advance().Span.Start;
        var node = new ExtensionRangeNode();
        var ranges = new List<RangeNode>();
        node.Ranges = ranges;
        if (!ParseRanges(ranges, "extension number"))
        {
            node.Span = SpanFrom(start);
            return node;
        }

        if (Current.IsSymbol('['))
        {
            var options = new List<OptionNode>();
            node.Options = options;
            if (!ParseCompactOptions(options))
            {
                SkipStatement();
                node.Span = SpanFrom(start);
                return node;
            }
        }

        node.Comments = ExpectSemicolon("after extensions declaration");
        node.Span = SpanFrom(start);
        return node;
    }

    /// <summary>Parses <c>range {, range}</c>; returns false after reporting and skipping the statement.</summary>
    private bool ParseRanges(List<RangeNode> ranges, string what)
    {
        while (true)
        {
            var start = Current.Span.Start;
            if (!ParseInteger(what + (ranges.Count > 0 ? " or range; reserved names and numbers must be in separate statements" : string.Empty), out var first, out var firstSpan))
            {
                SkipStatement();
                return false;
            }

            var last = first;
            var lastSpan = firstSpan;
            var isMax = false;
            if (Current.IsKeyword("to"))
            {
                Advance();
                if (Current.IsKeyword("max"))
                {
                    lastSpan = Advance().Span;
                    last = null;
                    isMax = true;
                }
                else if (!ParseInteger("range end (a number or 'max')", out last, out lastSpan))
                {
                    SkipStatement();
                    return false;
                }
            }

            ranges.Add(new RangeNode(first, firstSpan, last, lastSpan, isMax, SpanFrom(start)));
            if (!Current.IsSymbol(','))
            {
                return true;
            }

            Advance();
        }
    }

    // ---------------------------------------------------------------- enums

    private EnumNode ParseEnum(SymbolVisibility visibility, int start)
    {
        Advance();
        var node = new EnumNode { Visibility = visibility, Name = Identifier.Missing(PreviousEnd) };
        if (Current.Kind == TokenKind.Identifier)
        {
            node.Name = ToIdentifier(Advance());
        }
        else
        {
            ReportUnexpected("Expected an enum name");
            if (!Current.IsSymbol('{'))
            {
                SkipStatement();
                node.Span = SpanFrom(start);
                return node;
            }
        }

        if (!ExpectOpenBrace(new Expectation("after enum name ", node.Name.Text), out var comments))
        {
            SkipStatement();
            node.Span = SpanFrom(start);
            return node;
        }

        node.Comments = comments;
        var declarations = new List<SyntaxNode>();
        var values = new List<EnumValueNode>();
        var options = new List<OptionNode>();
        var reserved = new List<ReservedNode>();
        ParseBlockBody(
            new Expectation("enum ", node.Name.Text),
            () =>
            {
                var token = Current;
                var next = PeekToken(1);
                if (token.IsSymbol(';'))
                {
                    ConsumeEndOfDeclaration(hasLocation: false);
                }
                else if (token.IsKeyword("option") && (next.Kind == TokenKind.Identifier || next.IsSymbol('(')))
                {
                    var option = ParseOptionStatement();
                    options.Add(option);
                    declarations.Add(option);
                }
                else if (token.IsKeyword("reserved") && (next.Kind == TokenKind.Integer || next.Kind == TokenKind.String || next.Kind == TokenKind.Identifier || next.IsSymbol('-')))
                {
                    var reservedNode = ParseReserved();
                    reserved.Add(reservedNode);
                    declarations.Add(reservedNode);
                }
                else if (token.Kind == TokenKind.Identifier)
                {
                    var value = ParseEnumValue();
                    values.Add(value);
                    declarations.Add(value);
                }
                else
                {
                    ReportUnexpectedMember("Expected an enum value, option or reserved declaration in enum '" + node.Name.Text + "'");
                    SkipStatement();
                }
            },
            index => (IsDeclarationStart(index) && _tokens[index].Text is not ("option" or "reserved")) || LooksLikeField(index));
        node.Declarations = declarations;
        node.Values = values;
        node.Options = options;
        node.Reserved = reserved;
        node.Span = SpanFrom(start);
        return node;
    }

    private EnumValueNode ParseEnumValue()
    {
        var name = Advance();
        var node = new EnumValueNode { Name = ToIdentifier(name), NumberSpan = new TextSpan(name.Span.End, 0) };
        var parsed = ParseFieldNumberAndOptions(new Expectation("number for enum value ", name.Text), out var number, out var numberSpan, out var options);
        node.Number = number;
        node.NumberSpan = numberSpan;
        node.Options = options;
        if (!parsed)
        {
            node.Span = SpanFrom(name.Span.Start);
            return node;
        }

        node.Comments = ExpectSemicolon("after enum value");
        node.Span = SpanFrom(name.Span.Start);
        return node;
    }

    // ---------------------------------------------------------------- services

    private ServiceNode ParseService()
    {
        var start = Advance().Span.Start;
        var node = new ServiceNode { Name = Identifier.Missing(PreviousEnd) };
        if (Current.Kind == TokenKind.Identifier)
        {
            node.Name = ToIdentifier(Advance());
        }
        else
        {
            ReportUnexpected("Expected a service name");
            if (!Current.IsSymbol('{'))
            {
                SkipStatement();
                node.Span = SpanFrom(start);
                return node;
            }
        }

        if (!ExpectOpenBrace(new Expectation("after service name ", node.Name.Text), out var comments))
        {
            SkipStatement();
            node.Span = SpanFrom(start);
            return node;
        }

        node.Comments = comments;
        var declarations = new List<SyntaxNode>();
        var rpcs = new List<RpcNode>();
        var options = new List<OptionNode>();
        ParseBlockBody(
            new Expectation("service ", node.Name.Text),
            () =>
            {
                var token = Current;
                var next = PeekToken(1);
                if (token.IsSymbol(';'))
                {
                    ConsumeEndOfDeclaration(hasLocation: false);
                }
                else if (token.IsKeyword("option") && (next.Kind == TokenKind.Identifier || next.IsSymbol('(')))
                {
                    var option = ParseOptionStatement();
                    options.Add(option);
                    declarations.Add(option);
                }
                else if (token.IsKeyword("rpc"))
                {
                    var rpc = ParseRpc();
                    rpcs.Add(rpc);
                    declarations.Add(rpc);
                }
                else
                {
                    ReportUnexpectedMember("Expected 'rpc' or 'option' in service '" + node.Name.Text + "'");
                    SkipStatement();
                }
            },
            index => IsDeclarationStart(index) && _tokens[index].Text is not ("option" or "rpc"));
        node.Declarations = declarations;
        node.Rpcs = rpcs;
        node.Options = options;
        node.Span = SpanFrom(start);
        return node;
    }

    private RpcNode ParseRpc()
    {
        var start = Advance().Span.Start;
        var node = new RpcNode
        {
            Name = Identifier.Missing(PreviousEnd),
            InputType = Identifier.Missing(PreviousEnd),
            OutputType = Identifier.Missing(PreviousEnd),
        };
        if (Current.Kind != TokenKind.Identifier)
        {
            ReportUnexpected("Expected a method name after 'rpc'");
            SkipStatement();
            node.Span = SpanFrom(start);
            return node;
        }

        node.Name = ToIdentifier(Advance());
        if (!ParseRpcType(node.Name.Text, "request", out var input, out var clientStreaming))
        {
            node.Span = SpanFrom(start);
            return node;
        }

        node.InputType = input;
        node.ClientStreaming = !clientStreaming.IsEmpty;
        node.ClientStreamingSpan = clientStreaming;
        if (!Current.IsKeyword("returns"))
        {
            ReportUnexpected("Expected 'returns' after the request type of method '" + node.Name.Text + "'");
            SkipStatement();
            node.Span = SpanFrom(start);
            return node;
        }

        Advance();
        if (!ParseRpcType(node.Name.Text, "response", out var output, out var serverStreaming))
        {
            node.Span = SpanFrom(start);
            return node;
        }

        node.OutputType = output;
        node.ServerStreaming = !serverStreaming.IsEmpty;
        node.ServerStreamingSpan = serverStreaming;

        if (Current.IsSymbol('{'))
        {
            node.HasBody = true;
            node.Comments = ConsumeEndOfDeclaration(hasLocation: true);
            node.Options = ParseRpcBody(node.Name.Text);
        }
        else if (Current.IsKeyword("option") && PreviousToken is Token previous && Current.Line > previous.Line)
        {
            // An option on the next line means the method body's '{' is missing, not its ';'.
            ReportMissingAfterPrevious("Expected '{' or ';' after method '" + node.Name.Text + "'");
            node.HasBody = true;
            node.Comments = AttachComments(previous, Current, hasLocation: true, closesScope: false);
            node.Options = ParseRpcBody(node.Name.Text);
        }
        else
        {
            node.Comments = ExpectSemicolon("or '{' after method '" + node.Name.Text + "'");
        }

        node.Span = SpanFrom(start);
        return node;
    }

    /// <summary>Parses <c>{ option ...; }</c> after the method's <c>{</c> (or where it is assumed).</summary>
    private List<OptionNode> ParseRpcBody(string method)
    {
        var options = new List<OptionNode>();
        ParseBlockBody(
            new Expectation("method ", method),
            () =>
            {
                if (Current.IsSymbol(';'))
                {
                    ConsumeEndOfDeclaration(hasLocation: false);
                }
                else if (Current.IsKeyword("option"))
                {
                    options.Add(ParseOptionStatement());
                }
                else
                {
                    ReportUnexpectedMember("Expected 'option' in the body of method '" + method + "'");
                    SkipStatement();
                }
            },
            index => IsDeclarationStart(index) && _tokens[index].Text != "option");
        return options;
    }

    /// <summary>Parses <c>( [stream] Type )</c>; returns false after reporting and skipping the statement.</summary>
    private bool ParseRpcType(string method, string role, out Identifier type, out TextSpan streamSpan)
    {
        type = Identifier.Missing(PreviousEnd);
        streamSpan = new TextSpan(PreviousEnd, 0);
        if (!Current.IsSymbol('('))
        {
            ReportUnexpected("Expected '(' before the " + role + " type of method '" + method + "'");
            SkipStatement();
            return false;
        }

        Advance();

        // Like protoc, 'stream' here is always the keyword: (stream.Foo) streams '.Foo'.
        if (Current.IsKeyword("stream"))
        {
            streamSpan = Advance().Span;
        }

        var name = ParseTypeName();
        if (name == null)
        {
            ReportUnexpected("Expected the " + role + " type of method '" + method + "'");
            SkipStatement();
            return false;
        }

        type = name;
        if (!Current.IsSymbol(')'))
        {
            ReportUnexpected("Expected ')' after the " + role + " type of method '" + method + "'");
            SkipStatement();
            return false;
        }

        Advance();
        return true;
    }
}
