namespace ProtoGuard.Cli;

/// <summary>Whether output goes to a person at a terminal: decides color and the progress display.</summary>
internal static class Terminal
{
    /// <summary>True when <paramref name="writer"/> is the process's standard output and that is not redirected.</summary>
    public static bool IsConsole(TextWriter writer) =>
        ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>True when <paramref name="writer"/> is the process's standard error and that is not redirected.</summary>
    public static bool IsConsoleError(TextWriter writer) =>
        ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>
    /// <c>--color always|never</c> decide; <c>auto</c> colors a terminal unless <c>NO_COLOR</c> is set to anything
    /// non-empty (no-color.org) or <c>TERM=dumb</c>. An explicit <c>--color always</c> wins over <c>NO_COLOR</c>.
    /// </summary>
    public static bool UseColor(string mode, bool isTerminal, Func<string, string?> environment) => mode switch
    {
        "always" => true,
        "never" => false,
        _ => isTerminal && string.IsNullOrEmpty(environment("NO_COLOR")) && environment("TERM") != "dumb",
    };

    /// <summary>The progress display runs on a terminal only: never in CI (<c>CI</c> set), with <c>TERM=dumb</c> or when stderr is redirected.</summary>
    public static bool ShowProgress(bool isTerminal, Func<string, string?> environment) =>
        isTerminal && string.IsNullOrEmpty(environment("CI")) && environment("TERM") != "dumb";
}
