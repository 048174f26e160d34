using Acme.Profiles;
using Google.Protobuf.WellKnownTypes;
using Myservice.V1;

namespace ProtoGuard.Generators.Tests;

/// <summary>The generated <c>ComputeFieldMask</c>: hand-checked diffs, and the round-trip property on random pairs.</summary>
public sealed class FieldMaskComputeTests
{
    [Fact]
    public void Equal_messages_give_an_empty_mask()
    {
        var profile = FieldMaskRandomProfiles.Create(new Random(3));

        Assert.Empty(Profile.ComputeFieldMask(profile, profile.Clone()).Paths);
    }

    [Fact]
    public void Differences_inside_a_submessage_present_on_both_sides_give_nested_paths()
    {
        var original = new Profile { Name = "a", Address = new Address { City = "Oslo", Geo = new Geo { Lat = 1 } } };
        var updated = new Profile { Name = "a", Address = new Address { City = "Bergen", Geo = new Geo { Lat = 2 } } };

        Assert.Equal(new[] { "address.city", "address.geo.lat" }, Profile.ComputeFieldMask(original, updated).Paths);
    }

    [Fact]
    public void A_submessage_present_on_one_side_only_gives_its_path()
    {
        var original = new Profile { Address = new Address { City = "Oslo" } };
        var updated = new Profile { Settings = new Profile.Types.Settings() };

        Assert.Equal(new[] { "address", "settings" }, Profile.ComputeFieldMask(original, updated).Paths);
    }

    [Fact]
    public void A_changed_oneof_case_gives_the_paths_of_both_members()
    {
        var original = new User { Phone = "+47" };
        var updated = new User { SlackId = "U1" };

        Assert.Equal(new[] { "phone", "slack_id" }, User.ComputeFieldMask(original, updated).Paths);
    }

    [Fact]
    public void Presence_counts_for_optional_and_wrapper_fields_and_NaN_equals_NaN()
    {
        var original = new Profile { Rating = double.NaN, Age = 0 };
        var updated = new Profile { Rating = double.NaN, LuckyNumber = 0 };

        Assert.Equal(new[] { "age", "lucky_number" }, Profile.ComputeFieldMask(original, updated).Paths);
    }

    [Fact]
    public void Applying_the_computed_mask_turns_original_into_updated_on_random_pairs()
    {
        var random = new Random(20261124);
        var nestedPaths = 0;
        for (var i = 0; i < 2000; i++)
        {
            var original = FieldMaskRandomProfiles.Create(random);
            var updated = i % 2 == 0 ? FieldMaskRandomProfiles.Create(random) : FieldMaskRandomProfiles.Edit(original, random);

            var mask = Profile.ComputeFieldMask(original, updated);
            var patched = original.Clone();
            patched.ApplyFieldMask(updated, mask);

            Assert.True(
                updated.Equals(patched) && SamePresence(updated, patched),
                $"Pair {i}: mask [{string.Join(", ", mask.Paths)}] gave {patched}, expected {updated}");

            // The generated Equals ignores proto3 optional presence (LuckyNumber 0 set equals unset); the mask does not.
            if (!original.Equals(updated))
            {
                Assert.NotEmpty(mask.Paths);
            }
            else
            {
                Assert.Equal(SamePresence(original, updated), mask.Paths.Count == 0);
            }

            nestedPaths += mask.Paths.Count(path => path.Contains('.', StringComparison.Ordinal));
        }

        Assert.True(nestedPaths > 100, $"Only {nestedPaths} nested paths: the pairs do not exercise nesting.");
    }

    private static bool SamePresence(Profile? left, Profile? right)
        => left is null || right is null
            ? left is null && right is null
            : left.HasLuckyNumber == right.HasLuckyNumber && left.HasMotto == right.HasMotto && SamePresence(left.Referrer, right.Referrer);
}
