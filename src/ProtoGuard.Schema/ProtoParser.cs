using ProtoGuard.Schema.Parsing;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema;

/// <summary>
/// Parses one .proto file (proto2, proto3 or editions) into a syntax tree with spans and comments. Never throws and
/// always terminates; every lexical or syntax problem, including what protoc's parser rejects for the file's syntax
/// (labels, groups, reserved-name forms), becomes a PG0001 diagnostic and parsing continues.
/// </summary>
public static class ProtoParser
{
    public static ParsedFile Parse(SourceText text) => Parser.Parse(text ?? SourceText.From(string.Empty, string.Empty));
}
