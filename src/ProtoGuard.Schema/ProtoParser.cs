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

    /// <summary>
    /// <see cref="Parse"/> without collecting comments (they are still skipped and checked), for a caller that needs
    /// neither comments nor SourceCodeInfo, such as a descriptor set without source info: on comment-heavy files like
    /// googleapis' (two thirds of the bytes) that is most of the text the tree would keep.
    /// </summary>
    public static ParsedFile ParseWithoutComments(SourceText text) => Parser.Parse(text ?? SourceText.From(string.Empty, string.Empty), keepComments: false);
}
