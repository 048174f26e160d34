using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;

namespace ProtoGuard.Rules.Tests;

/// <summary>The typed rule options: parsing, defaults for values that do not parse, and older keys as aliases.</summary>
public sealed class RuleOptionTests
{
    private static RuleOptions With(params (string Key, string Value)[] values) =>
        new(values.ToDictionary(entry => entry.Key, entry => entry.Value));

    [Theory]
    [InlineData("true", true)]
    [InlineData(" False ", false)]
    [InlineData("TRUE", true)]
    [InlineData("yes", true)]
    [InlineData("", true)]
    public void Boolean_parses_true_and_false_and_falls_back_to_the_default(string text, bool expected)
    {
        var option = RuleOptionCatalog.BufCommentIgnores;
        Assert.Equal(expected, option.Read(With((option.Key, text))));
        Assert.True(option.Read(RuleOptions.Empty));
    }

    [Theory]
    [InlineData("5", 5)]
    [InlineData(" 120 ", 120)]
    [InlineData("0", 30)]
    [InlineData("-5", 30)]
    [InlineData("+5", 30)]
    [InlineData("1.5", 30)]
    [InlineData("1,000", 30)]
    [InlineData("2147483648", 30)]
    [InlineData("soon", 30)]
    public void Integer_accepts_whole_numbers_in_range_only(string text, long expected)
    {
        var option = RuleOptionCatalog.ClientCallWithoutDeadline.DefaultDeadlineSeconds;
        Assert.Equal(expected, option.Read(With((option.Key, text))));
    }

    [Fact]
    public void An_alias_is_read_when_the_key_is_not_set_and_the_key_wins_over_it()
    {
        var option = RuleOptionCatalog.ClientCallWithoutDeadline.DefaultDeadlineSeconds;
        Assert.Equal(new[] { "protoguard.default_deadline_seconds" }, option.Aliases);

        Assert.Equal(30, option.Read(RuleOptions.Empty));
        Assert.Equal(7, option.Read(With(("protoguard.default_deadline_seconds", "7"))));
        Assert.Equal(9, option.Read(With(("protoguard.default_deadline_seconds", "7"), ("dotnet_diagnostic.PG3001.default_deadline_seconds", "9"))));
    }

    [Theory]
    [InlineData("Watch*,Subscribe*", new[] { "Watch*", "Subscribe*" })]
    [InlineData(" A , ,B ", new[] { "A", "B" })]
    [InlineData("none", new string[0])]
    [InlineData("NONE", new string[0])]
    [InlineData("", new string[0])]
    public void List_splits_on_commas_and_none_is_empty(string text, string[] expected)
    {
        var option = RuleOptionCatalog.ClientCallWithoutDeadline.LongLivedStreams;
        Assert.Equal(expected, option.Read(With((option.Key, text))));
        Assert.Equal(new[] { "Watch*", "Subscribe*" }, option.Read(RuleOptions.Empty));
        Assert.Equal("Watch*,Subscribe*", option.DefaultText);
    }

    [Fact]
    public void String_ignores_an_empty_value()
    {
        var option = RuleOptionCatalog.ServiceSuffix.Suffix;
        Assert.Equal("Api", option.Read(With((option.Key, " Api "))));
        Assert.Equal("Service", option.Read(With((option.Key, "  "))));
        Assert.Equal("dotnet_diagnostic.PG1035.service_suffix", option.Key);
    }

    [Fact]
    public void Descriptors_list_their_options()
    {
        Assert.Equal(
            new[]
            {
                "dotnet_diagnostic.PG3001.exempt_streaming",
                "dotnet_diagnostic.PG3001.exempt_clients",
                "dotnet_diagnostic.PG3001.long_lived_streams",
                "dotnet_diagnostic.PG3001.timeout_token_counts_as_deadline",
                "dotnet_diagnostic.PG3001.report_in_test_projects",
                "dotnet_diagnostic.PG3001.default_deadline_seconds",
            },
            RuleCatalog.ClientCallWithoutDeadline.Options.Select(option => option.Key));
        Assert.Empty(RuleCatalog.SyntaxError.Options);
        Assert.Same(RuleOptionCatalog.BufCommentIgnores, Assert.Single(RuleCatalog.CommentEnum.Options));
    }
}
