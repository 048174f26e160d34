namespace ProtoGuard.Cli.Output;

/// <summary>StringBuilder-style chaining for the line formats, which write straight to their destination.</summary>
internal static class TextWriterExtensions
{
    public static TextWriter Append(this TextWriter writer, string value)
    {
        writer.Write(value);
        return writer;
    }

    public static TextWriter Append(this TextWriter writer, char value)
    {
        writer.Write(value);
        return writer;
    }

    public static TextWriter Append(this TextWriter writer, int value)
    {
        writer.Write(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return writer;
    }
}
