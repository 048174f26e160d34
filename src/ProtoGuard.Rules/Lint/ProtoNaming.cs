using System.Text;

namespace ProtoGuard.Rules.Lint;

/// <summary>Naming conventions of the protobuf style guide.</summary>
public static class ProtoNaming
{
    /// <summary>
    /// <c>UserRole</c> → <c>USER_ROLE</c>, <c>HTTPStatus</c> → <c>HTTP_STATUS</c>, <c>V2Api</c> → <c>V2_API</c>:
    /// a word boundary before an upper-case letter that follows a lower-case letter or digit, or that starts a
    /// capitalized word after an acronym.
    /// </summary>
    public static string ToUpperSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '_')
            {
                if (builder.Length > 0 && builder[builder.Length - 1] != '_')
                {
                    builder.Append('_');
                }

                continue;
            }

            if (IsUpper(c) && i > 0 && builder.Length > 0 && builder[builder.Length - 1] != '_')
            {
                var previous = name[i - 1];
                var next = i + 1 < name.Length ? name[i + 1] : '\0';
                if (IsLower(previous) || IsDigit(previous) || (IsUpper(previous) && IsLower(next)))
                {
                    builder.Append('_');
                }
            }

            builder.Append(IsLower(c) ? (char)(c - 'a' + 'A') : c);
        }

        return builder.ToString();
    }

    private static bool IsUpper(char c) => c >= 'A' && c <= 'Z';

    private static bool IsLower(char c) => c >= 'a' && c <= 'z';

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
