using Microsoft.CodeAnalysis.Text;
using ProtoGuard.Generators.Common;

namespace ProtoGuard.Generators.Tests;

/// <summary>The pipelines' text filter: an ordinal search through a reused 8,192-character buffer.</summary>
public sealed class SourceTextSearchTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(8180)]
    [InlineData(8185)]
    [InlineData(8186)]
    [InlineData(8191)]
    [InlineData(8192)]
    [InlineData(16375)]
    [InlineData(40000)]
    public void Finds_the_value_at_any_offset_also_across_a_chunk_boundary(int offset)
    {
        var text = new string('x', offset) + "grpc_csharp_plugin" + new string('y', 50_000 - offset);

        Assert.True(SourceTextSearch.Contains(SourceText.From(text), "grpc_csharp_plugin"));
        Assert.True(SourceTextSearch.Contains(SourceText.From(text.Substring(0, offset + "grpc_csharp_plugin".Length)), "grpc_csharp_plugin"));
        Assert.False(SourceTextSearch.Contains(SourceText.From(text.Substring(0, offset + "grpc_csharp_plugin".Length - 1)), "grpc_csharp_plugin"));
    }

    [Theory]
    [InlineData("", "Paged", false)]
    [InlineData("Page", "Paged", false)]
    [InlineData("Paged", "Paged", true)]
    [InlineData("PagPaged", "Paged", true)]
    [InlineData("paged", "Paged", false)]
    public void Compares_ordinally(string text, string value, bool expected)
        => Assert.Equal(expected, SourceTextSearch.Contains(SourceText.From(text), value));
}
