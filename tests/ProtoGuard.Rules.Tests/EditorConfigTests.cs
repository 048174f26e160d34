using ProtoGuard.Rules.Configuration;

namespace ProtoGuard.Rules.Tests;

public sealed class EditorConfigTests
{
    [Theory]
    [InlineData("*.proto", "/a.proto", true)]
    [InlineData("*.proto", "/deep/er/a.proto", true)]
    [InlineData("*.proto", "/a.proto.bak", false)]
    [InlineData("legacy/*.proto", "/legacy/a.proto", true)]
    [InlineData("legacy/*.proto", "/x/legacy/a.proto", false)]
    [InlineData("legacy/*.proto", "/legacy/sub/a.proto", false)]
    [InlineData("/legacy/**.proto", "/legacy/sub/a.proto", true)]
    [InlineData("**/v1/*.proto", "/api/v1/user.proto", true)]
    [InlineData("*.{proto,txt}", "/a.txt", true)]
    [InlineData("*.{proto,txt}", "/a.cs", false)]
    [InlineData("file{1..3}.proto", "/file2.proto", true)]
    [InlineData("file{1..3}.proto", "/file4.proto", false)]
    [InlineData("[ab].proto", "/b.proto", true)]
    [InlineData("[!ab].proto", "/b.proto", false)]
    [InlineData("[!ab].proto", "/c.proto", true)]
    [InlineData("?.proto", "/x.proto", true)]
    [InlineData("?.proto", "/xy.proto", false)]
    [InlineData("{a,{b,c}}.proto", "/c.proto", true)]
    [InlineData("a\\*.proto", "/a*.proto", true)]
    [InlineData("a\\*.proto", "/ab.proto", false)]
    public void Globs_match_like_editorconfig(string glob, string relativePath, bool expected)
    {
        var compiled = EditorConfigGlob.TryCreate(glob);

        Assert.NotNull(compiled);
        Assert.Equal(expected, compiled!.IsMatch(relativePath));
    }

    [Theory]
    [InlineData("[abc")]
    [InlineData("{a,b")]
    public void Malformed_globs_are_rejected_not_thrown(string glob)
    {
        Assert.Null(EditorConfigGlob.TryCreate(glob));
    }

    [Fact]
    public void Nearer_files_override_farther_ones_and_root_stops_the_search()
    {
        var set = new EditorConfigSet([
            EditorConfigFile.Parse("/outer/.editorconfig", "[*.proto]\nkey_a = outer\nkey_b = outer\n"),
            EditorConfigFile.Parse("/outer/repo/.editorconfig", "root = true\n[*.proto]\nkey_a = repo\n"),
            EditorConfigFile.Parse("/outer/repo/protos/.editorconfig", "# comment\n[*.proto]\nKEY_A = protos ; trailing comment\n[other.proto]\nkey_c = other\n"),
        ]);

        var properties = set.GetProperties("/outer/repo/protos/user.proto");

        Assert.Equal("protos", properties["key_a"]);
        Assert.False(properties.ContainsKey("key_b"));
        Assert.False(properties.ContainsKey("key_c"));
        Assert.Equal("repo", set.GetProperties("/outer/repo/x.proto")["key_a"]);
        Assert.Equal("outer", set.GetProperties("/outer/y.proto")["key_b"]);
    }

    [Fact]
    public void Windows_paths_are_normalized()
    {
        var set = new EditorConfigSet([EditorConfigFile.Parse("C:\\repo\\.editorconfig", "[sub/*.proto]\nk = v\n")]);

        Assert.Equal("v", set.GetProperties("C:\\repo\\sub\\a.proto")["k"]);
    }

    [Fact]
    public void Dot_dot_segments_are_resolved_before_matching()
    {
        // Issue 14: <Protobuf Include="..\Proto\greet.proto" /> in Server/ gives the path Server/../Proto/greet.proto.
        var set = new EditorConfigSet([
            EditorConfigFile.Parse("/src/.editorconfig", "root = true\n[Proto/*.proto]\nk = repo\n[Server/**]\nk = server\n"),
            EditorConfigFile.Parse("/src/Proto/.editorconfig", "[*.proto]\nj = proto\n"),
        ]);

        var properties = set.GetProperties("/src/Server/../Proto/./greet.proto");

        Assert.Equal("repo", properties["k"]);
        Assert.Equal("proto", properties["j"]);
        Assert.Equal("v", new EditorConfigSet([EditorConfigFile.Parse("C:\\repo\\app\\..\\.editorconfig", "[sub/*.proto]\nk = v\n")])
            .GetProperties("C:\\repo\\app\\..\\sub\\a.proto")["k"]);
    }

    [Fact]
    public void A_suppression_baseline_matches_rule_and_normalized_path_exactly()
    {
        var baseline = SuppressionBaseline.Parse("/src/Server/ProtoGuard.Suppressions.txt", "# comment\r\nPG1001 ../Proto/greet.proto\r\nPG3001 Program.cs\nnot-a-line\n\n");

        Assert.True(baseline.IsSuppressed("PG1001", "/src/Server/../Proto/greet.proto"));
        Assert.True(baseline.IsSuppressed("PG1001", "/src/Proto/greet.proto"));
        Assert.True(baseline.IsSuppressed("PG3001", "/src/Server/Program.cs"));
        Assert.False(baseline.IsSuppressed("PG3001", "/src/Proto/greet.proto"));
        Assert.False(baseline.IsSuppressed("PG1001", "/src/Server/Proto/greet.proto"));
        Assert.True(SuppressionBaseline.Empty.IsEmpty);
    }
}
