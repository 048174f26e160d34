using Acme.Profiles;
using Google.Protobuf.WellKnownTypes;
using static ProtoGuard.Generators.Tests.FieldMaskApplyTests;

namespace ProtoGuard.Generators.Tests;

/// <summary>
/// Where the generated <c>ApplyFieldMask</c> agrees with Google.Protobuf's reflection-based <c>FieldMask.Merge</c> and
/// where it does not (each test states the difference it proves).
/// </summary>
public sealed class FieldMaskVersusMergeTests
{
    private static readonly FieldMask.MergeOptions ReplaceAll = new()
    {
        ReplaceRepeatedFields = true,
        ReplaceMessageFields = true,
        ReplacePrimitiveFields = true,
    };

    /// <summary>Including nested paths whose patch lacks the submessage: both read it as empty.</summary>
    [Fact]
    public void With_replace_options_Merge_agrees_on_scalars_repeated_fields_wrappers_and_nested_paths()
    {
        var random = new Random(11);
        var mask = Mask("name", "tags", "previous_addresses", "visibility", "rating", "avatar", "active", "nickname", "age", "lucky_numbers", "address.city", "address.geo.lat");
        for (var i = 0; i < 200; i++)
        {
            var target = FieldMaskRandomProfiles.Create(random);
            var patch = FieldMaskRandomProfiles.Create(random);

            var merged = target.Clone();
            mask.Merge(patch, merged, ReplaceAll);
            var applied = target.Clone();
            applied.ApplyFieldMask(patch, mask);

            Assert.Equal(merged, applied);
        }
    }

    [Fact]
    public void Default_Merge_appends_repeated_fields_ApplyFieldMask_replaces_them()
    {
        var merged = new Profile { Tags = { "a" } };
        var applied = merged.Clone();
        var patch = new Profile { Tags = { "b" } };

        Mask("tags").Merge(patch, merged);
        applied.ApplyFieldMask(patch, Mask("tags"));

        Assert.Equal(new[] { "a", "b" }, merged.Tags);
        Assert.Equal(new[] { "b" }, applied.Tags);
    }

    [Fact]
    public void Merge_ignores_star_ApplyFieldMask_replaces_everything()
    {
        var merged = new Profile { Name = "old", Tags = { "a" } };
        var applied = merged.Clone();
        var patch = new Profile { Name = "new" };

        Mask("*").Merge(patch, merged, ReplaceAll);
        applied.ApplyFieldMask(patch, Mask("*"));

        Assert.Equal(new Profile { Name = "old", Tags = { "a" } }, merged);
        Assert.Equal(patch, applied);
    }

    [Fact]
    public void Merge_with_an_empty_mask_does_nothing_ApplyFieldMask_copies_populated_fields()
    {
        var merged = new Profile { Name = "old", Motto = "keep" };
        var applied = merged.Clone();
        var patch = new Profile { Name = "new" };

        new FieldMask().Merge(patch, merged, ReplaceAll);
        applied.ApplyFieldMask(patch, new FieldMask());

        Assert.Equal("old", merged.Name);
        Assert.Equal(new Profile { Name = "new", Motto = "keep" }, applied);
    }

    [Fact]
    public void Merge_ignores_unknown_paths_ApplyFieldMask_rejects_the_whole_mask()
    {
        var merged = new Profile { Name = "old" };
        var applied = merged.Clone();
        var patch = new Profile { Name = "new" };

        Mask("name", "no_such_field").Merge(patch, merged, ReplaceAll);

        Assert.Equal("new", merged.Name);
        Assert.Throws<ArgumentException>(() => applied.ApplyFieldMask(patch, Mask("name", "no_such_field")));
        Assert.Equal("old", applied.Name);
    }

    [Fact]
    public void Merge_throws_InvalidCastException_on_map_paths_ApplyFieldMask_replaces_the_map()
    {
        var merged = new Profile { Scores = { ["a"] = 1 } };
        var applied = merged.Clone();
        var patch = new Profile { Scores = { ["b"] = 2 } };

        Assert.Throws<InvalidCastException>(() => Mask("scores").Merge(patch, merged, ReplaceAll));
        applied.ApplyFieldMask(patch, Mask("scores"));

        Assert.Equal(new Dictionary<string, int> { ["b"] = 2 }, applied.Scores);
    }

    [Fact]
    public void Merge_shares_replaced_submessages_with_the_patch_ApplyFieldMask_copies_them()
    {
        var patch = new Profile { Address = new Address { City = "Bergen" }, PreviousAddresses = { new Address() } };
        var merged = new Profile();
        var applied = new Profile();

        Mask("address", "previous_addresses").Merge(patch, merged, ReplaceAll);
        applied.ApplyFieldMask(patch, Mask("address", "previous_addresses"));

        Assert.Same(patch.Address, merged.Address);
        Assert.Same(patch.PreviousAddresses[0], merged.PreviousAddresses[0]);
        Assert.Equal(patch.Address, applied.Address);
        Assert.NotSame(patch.Address, applied.Address);
        Assert.NotSame(patch.PreviousAddresses[0], applied.PreviousAddresses[0]);
    }

    [Fact]
    public void Merge_sets_an_unset_optional_or_oneof_member_to_its_default_ApplyFieldMask_honors_presence()
    {
        var merged = new Profile { LuckyNumber = 7, PhoneNumber = 5 };
        var applied = merged.Clone();
        var patch = new Profile();

        Mask("lucky_number", "email").Merge(patch, merged, ReplaceAll);
        applied.ApplyFieldMask(patch, Mask("lucky_number", "email"));

        Assert.True(merged.HasLuckyNumber);
        Assert.Equal(0, merged.LuckyNumber);
        Assert.Equal(Profile.ContactOneofCase.Email, merged.ContactCase);
        Assert.False(applied.HasLuckyNumber);
        Assert.Equal(Profile.ContactOneofCase.PhoneNumber, applied.ContactCase);
    }
}
