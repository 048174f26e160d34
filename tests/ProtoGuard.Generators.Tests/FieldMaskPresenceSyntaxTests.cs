using Acme.Parts.V2;
using Acme.Settings.V1;
using Google.Protobuf.WellKnownTypes;
using Microsoft.CodeAnalysis;
using ProtoGuard.Generators.Tests.Infrastructure;

namespace ProtoGuard.Generators.Tests;

/// <summary>
/// proto2 and editions messages get FieldMask helpers with the presence semantics of their own syntax, on the Grpc.Tools
/// types of Protos/part.proto (proto2: HasXxx/ClearXxx on every singular field, a custom default, required, a group),
/// setting.proto (editions 2023: EXPLICIT by default, IMPLICIT and LEGACY_REQUIRED fields, a DELIMITED field) and
/// flag.proto (editions with the file's field_presence = IMPLICIT, one field EXPLICIT).
/// </summary>
public sealed class FieldMaskPresenceSyntaxTests
{
    [Fact]
    public void Proto2_an_unset_patch_field_clears_the_target_which_then_reads_its_custom_default()
    {
        var target = new Part { Sku = "s", Count = 3 };

        target.ApplyFieldMask(new Part { Sku = "s" }, Mask("count"));

        Assert.False(target.HasCount);
        Assert.Equal(5, target.Count);
    }

    [Fact]
    public void Proto2_a_field_set_to_its_zero_value_is_populated_and_copied_with_its_presence()
    {
        var target = new Part { Sku = "s" };

        target.ApplyFieldMask(new Part { Count = 0, Name = string.Empty }, mask: null);

        Assert.True(target.HasCount);
        Assert.Equal(0, target.Count);
        Assert.True(target.HasName);
        Assert.False(target.HasFinish);
        Assert.Equal("s", target.Sku);
    }

    [Fact]
    public void Proto2_the_computed_mask_sees_presence_where_the_values_read_the_same()
    {
        var original = new Part { Sku = "s" };
        var updated = new Part { Sku = "s", Count = 5, Finish = Finish.Matte };

        Assert.Equal(new[] { "count", "finish" }, Part.ComputeFieldMask(original, updated).Paths);
        Assert.Empty(Part.ComputeFieldMask(updated, updated.Clone()).Paths);
    }

    [Fact]
    public void Proto2_required_enum_oneof_and_repeated_fields_follow_the_mask()
    {
        var target = new Part { Sku = "old", Finish = Finish.Gloss, Vendor = "acme", Tags = { "a" } };
        var patch = new Part { Sku = "new", Batch = 7, Tags = { "b", "c" } };

        target.ApplyFieldMask(patch, Mask("sku", "finish", "batch", "tags"));

        Assert.Equal("new", target.Sku);
        Assert.False(target.HasFinish);
        Assert.Equal(Finish.Matte, target.Finish);
        Assert.Equal(Part.SourceOneofCase.Batch, target.SourceCase);
        Assert.Equal(new[] { "b", "c" }, target.Tags);
    }

    [Fact]
    public void Proto2_a_group_is_a_message_field_with_nested_paths()
    {
        var extra = new Part.Types.Extra { Note = "keep", Weight = 1 };
        var target = new Part { Sku = "s", Extra = extra };

        target.ApplyFieldMask(new Part { Extra = new Part.Types.Extra { Note = "ignored", Weight = 9 } }, Mask("extra.weight"));

        Assert.Same(extra, target.Extra);
        Assert.Equal(new Part.Types.Extra { Note = "keep", Weight = 9 }, target.Extra);
        Assert.Equal("extra.note", Part.FieldPaths.Extra.Note);
        Assert.True(Part.IsValidPath("parent.extra.weight"));
        Assert.False(Part.IsValidPath("extra.missing"));
    }

    [Fact]
    public void Editions_explicit_presence_is_the_default_and_copies_a_field_set_to_its_zero_value()
    {
        var target = new Setting { Size = 4 };

        target.ApplyFieldMask(new Setting { Theme = string.Empty, Owner = string.Empty }, mask: null);

        Assert.True(target.HasTheme);
        Assert.True(target.HasOwner);
        Assert.Equal(4, target.Size);
    }

    [Fact]
    public void Editions_an_implicit_field_is_populated_only_when_not_zero()
    {
        var target = new Setting { Theme = "dark", Size = 4 };

        target.ApplyFieldMask(new Setting { Size = 0 }, mask: null);
        Assert.Equal(new Setting { Theme = "dark", Size = 4 }, target);

        target.ApplyFieldMask(new Setting(), Mask("size", "theme"));
        Assert.Equal(0, target.Size);
        Assert.False(target.HasTheme);
    }

    [Fact]
    public void Editions_the_computed_mask_sees_explicit_and_legacy_required_presence()
    {
        var original = new Setting();
        var updated = new Setting { Theme = string.Empty, Owner = string.Empty, Size = 0, Framed = new Setting.Types.Inner() };

        Assert.Equal(new[] { "theme", "owner", "framed" }, Setting.ComputeFieldMask(original, updated).Paths);
    }

    [Fact]
    public void Editions_a_delimited_field_is_a_message_field_with_nested_paths()
    {
        var target = new Setting { Framed = new Setting.Types.Inner { X = "a" } };

        target.ApplyFieldMask(new Setting(), Mask(Setting.FieldPaths.Framed.X));

        Assert.NotNull(target.Framed);
        Assert.False(target.Framed.HasX);
    }

    [Fact]
    public void Editions_a_file_wide_implicit_presence_holds_except_where_a_field_overrides_it()
    {
        var target = new Flag { Key = "k", On = true };

        target.ApplyFieldMask(new Flag { Key = string.Empty, On = false }, mask: null);

        Assert.Equal("k", target.Key);
        Assert.True(target.HasOn);
        Assert.False(target.On);
        Assert.Equal(new[] { "on" }, Flag.ComputeFieldMask(new Flag(), new Flag { On = false }).Paths);
    }

    [Theory]
    [InlineData("Part")]
    [InlineData("Setting")]
    [InlineData("Flag")]
    public void Proto2_and_editions_helpers_are_generated_and_compile_cleanly(string protoName)
    {
        (var result, var output) = FieldMaskHarness.Run(FieldMaskHarness.CompilationFor(protoName), FieldMaskHarness.All);

        Assert.Contains(result.Results.Single().GeneratedSources, source => source.HintName.EndsWith("." + protoName + ".FieldMask.g.cs", StringComparison.Ordinal));
        Assert.Empty(GeneratorHarness.WarningsAndErrors(output));
    }

    private static FieldMask Mask(params string[] paths) => FieldMaskApplyTests.Mask(paths);
}
