using ProtoGuard.Cli.Output;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Cli.Tests;

/// <summary>Color and progress decisions, the colored text format, and GitHub workflow-command escaping.</summary>
public sealed class TerminalTests : CliWorkspace
{
    [Theory]
    [InlineData("auto", true, null, null, true)]
    [InlineData("auto", true, "1", null, false)]
    [InlineData("auto", true, "", null, true)]
    [InlineData("auto", true, null, "dumb", false)]
    [InlineData("auto", false, null, null, false)]
    [InlineData("always", false, "1", null, true)]
    [InlineData("never", true, null, null, false)]
    public void Color_only_on_a_terminal_and_NO_COLOR_is_honored_unless_forced(string mode, bool isTerminal, string? noColor, string? term, bool expected)
    {
        Assert.Equal(expected, Terminal.UseColor(mode, isTerminal, name => name switch { "NO_COLOR" => noColor, "TERM" => term, _ => null }));
    }

    [Theory]
    [InlineData(true, null, null, true)]
    [InlineData(true, "true", null, false)]
    [InlineData(true, null, "dumb", false)]
    [InlineData(false, null, null, false)]
    public void Progress_only_on_a_terminal_outside_CI(bool isTerminal, string? ci, string? term, bool expected)
    {
        Assert.Equal(expected, Terminal.ShowProgress(isTerminal, name => name switch { "CI" => ci, "TERM" => term, _ => null }));
    }

    [Fact]
    public void Redirected_stderr_gets_no_progress_even_for_a_slow_run()
    {
        using var progress = ProgressReporter.Start(new StringWriter());

        Assert.False(progress.IsVisible);
    }

    [Fact]
    public void Color_always_colors_path_severity_and_id()
    {
        Write("a.proto", "syntax = \"proto3\";\npackage demo.v1;\nenum UserRole {\n  USER_ROLE_ADMIN = 0;\n}\n");

        var (_, output, _) = Run("lint", "a.proto", "--color", "always", "--preset", "none", "--option", "dotnet_diagnostic.PG1001.severity=error");

        Assert.StartsWith("\u001b[1ma.proto:4:3:\u001b[0m \u001b[1;31merror\u001b[0m \u001b[2mPG1001:\u001b[0m Enum value 'USER_ROLE_ADMIN' is 0", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Color_is_never_written_to_a_file()
    {
        Write("a.proto", "syntax = \"proto3\";\npackage demo.v1;\nenum UserRole {\n  USER_ROLE_ADMIN = 0;\n}\n");

        Run("lint", "a.proto", "--color", "always", "-o", "report.txt");

        Assert.DoesNotContain("\u001b", File.ReadAllText("report.txt"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("100% done", "100%25 done")]
    [InlineData("line one\r\nline two\n", "line one%0D%0Aline two%0A")]
    [InlineData("a:b,c", "a:b,c")]
    [InlineData("%0A", "%250A")]
    public void Github_data_escapes_percent_CR_and_LF(string value, string expected)
    {
        Assert.Equal(expected, GithubReport.EscapeData(value));
    }

    [Theory]
    [InlineData("dir,with:colons/a.proto", "dir%2Cwith%3Acolons/a.proto")]
    [InlineData("50%\n", "50%25%0A")]
    [InlineData("PG1001: a, b", "PG1001%3A a%2C b")]
    public void Github_properties_also_escape_colon_and_comma(string value, string expected)
    {
        Assert.Equal(expected, GithubReport.EscapeProperty(value));
    }

    [Fact]
    public void Github_annotation_of_a_path_with_comma_and_colon_and_a_multiline_message()
    {
        var text = SourceText.From("line\nsecond\n", "odd,dir:x/a.proto");
        var item = new ReportItem(RuleCatalog.SyntaxError, RuleSeverity.Info, "50% of it\nis wrong", text.Path, text, new TextSpan(5, 6), fix: null);

        Assert.Equal(
            "::notice file=odd%2Cdir%3Ax/a.proto,line=2,col=1,endLine=2,endColumn=7,title=PG0001%3A The .proto file has a syntax error::50%25 of it%0Ais wrong (https://github.com/protoguard/protoguard/blob/main/docs/rules/PG0001.md)\n",
            GithubReport.Write([item]));
    }

    [Fact]
    public void Msbuild_keeps_a_multiline_message_on_one_line()
    {
        var text = SourceText.From("x\n", "a.proto");
        var item = new ReportItem(RuleCatalog.SyntaxError, RuleSeverity.Error, "first\r\nsecond\nthird", text.Path, text, new TextSpan(0, 1), fix: null);

        Assert.Equal("a.proto(1,1,1,2): error PG0001: first second third\n", MsBuildReport.Write([item]));
    }
}
