using Acme.Profiles;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Myservice.V1;

namespace ProtoGuard.Generators.Tests;

/// <summary>
/// AIP-134 semantics of the generated <c>ApplyFieldMask</c>, <c>IsValidPath</c>, <c>ValidatePaths</c> and
/// <c>FieldPaths</c>, on the Grpc.Tools types of Protos/profile.proto and user.proto, with hand-checked expectations.
/// </summary>
public sealed class FieldMaskApplyTests
{
    [Fact]
    public void A_scalar_path_copies_that_field_only()
    {
        var target = new Profile { Name = "old", Motto = "keep", Rating = 1.5 };
        var patch = new Profile { Name = "new", Rating = 9 };

        target.ApplyFieldMask(patch, Mask("name"));

        Assert.Equal(new Profile { Name = "new", Motto = "keep", Rating = 1.5 }, target);
    }

    [Fact]
    public void A_path_copies_only_its_own_field_among_fields_whose_names_have_the_same_length()
    {
        var target = new Profile { Avatar = ByteString.CopyFromUtf8("old"), Address = new Address { Geo = new Geo { Lat = 1, Lng = 2 } } };
        var patch = new Profile { Active = true, Avatar = ByteString.CopyFromUtf8("new"), Address = new Address { Geo = new Geo { Lat = 3, Lng = 4 } } };

        target.ApplyFieldMask(patch, Mask("active", "address.geo.lng"));

        Assert.Equal(new Profile { Active = true, Avatar = ByteString.CopyFromUtf8("old"), Address = new Address { Geo = new Geo { Lat = 1, Lng = 4 } } }, target);
    }

    [Fact]
    public void A_scalar_path_whose_patch_value_is_default_clears_the_field()
    {
        var target = new Profile { Name = "old", Visibility = Visibility.Private, Active = true, Avatar = ByteString.CopyFromUtf8("x") };

        target.ApplyFieldMask(new Profile(), Mask("name", "visibility", "active", "avatar"));

        Assert.Equal(new Profile(), target);
    }

    [Fact]
    public void A_nested_path_updates_that_subfield_of_the_existing_submessage()
    {
        var address = new Address { Street = "1 Main St", City = "Oslo" };
        var target = new Profile { Address = address };
        var patch = new Profile { Address = new Address { Street = "ignored", City = "Bergen" } };

        target.ApplyFieldMask(patch, Mask(Profile.FieldPaths.Address.City));

        Assert.Same(address, target.Address);
        Assert.Equal(new Address { Street = "1 Main St", City = "Bergen" }, target.Address);
    }

    [Fact]
    public void A_nested_path_creates_the_submessage_when_the_target_has_none()
    {
        var target = new Profile();

        target.ApplyFieldMask(new Profile { Address = new Address { City = "Bergen", Street = "ignored" } }, Mask("address.city"));

        Assert.Equal(new Address { City = "Bergen" }, target.Address);
    }

    [Fact]
    public void A_nested_path_reads_an_absent_patch_submessage_as_empty()
    {
        var target = new Profile { Address = new Address { Street = "1 Main St", City = "Oslo" } };

        target.ApplyFieldMask(new Profile(), Mask("address.city"));

        Assert.Equal(new Address { Street = "1 Main St" }, target.Address);
    }

    [Fact]
    public void A_nested_path_creates_nothing_when_neither_side_has_the_submessage()
    {
        var target = new Profile();

        target.ApplyFieldMask(new Profile(), Mask("address.city", "address.geo.lat"));

        Assert.Null(target.Address);
    }

    [Fact]
    public void Paths_nest_to_any_depth_through_messages_of_this_compilation()
    {
        var target = new Profile { Address = new Address { Geo = new Geo { Lat = 1, Lng = 2 } }, Referrer = new Profile { Name = "a", Motto = "m" } };
        var patch = new Profile { Address = new Address { Geo = new Geo { Lat = 59.9, Lng = 10.7 } }, Referrer = new Profile { Name = "b" } };

        target.ApplyFieldMask(patch, Mask("address.geo.lat", "referrer.name"));

        Assert.Equal(new Geo { Lat = 59.9, Lng = 2 }, target.Address.Geo);
        Assert.Equal(new Profile { Name = "b", Motto = "m" }, target.Referrer);
    }

    [Fact]
    public void A_message_path_without_subpath_replaces_the_whole_submessage_with_a_copy()
    {
        var target = new Profile { Address = new Address { Street = "1 Main St", City = "Oslo" } };
        var patch = new Profile { Address = new Address { City = "Bergen" } };

        target.ApplyFieldMask(patch, Mask(Profile.FieldPaths.Address.Self));
        patch.Address.City = "changed later";

        Assert.Equal(new Address { City = "Bergen" }, target.Address);
    }

    [Fact]
    public void A_message_path_whose_patch_value_is_null_clears_the_submessage()
    {
        var target = new Profile { Address = new Address { City = "Oslo" }, UpdatedAt = Timestamp.FromDateTime(DateTime.UnixEpoch) };

        target.ApplyFieldMask(new Profile(), Mask("address", "updated_at"));

        Assert.Null(target.Address);
        Assert.Null(target.UpdatedAt);
    }

    [Fact]
    public void Repeated_fields_are_replaced_not_appended_and_message_elements_are_copied()
    {
        var target = new Profile { Tags = { "a", "b" }, PreviousAddresses = { new Address { City = "Oslo" } } };
        var patch = new Profile { Tags = { "c" }, PreviousAddresses = { new Address { City = "Bergen" } } };

        target.ApplyFieldMask(patch, Mask("tags", "previous_addresses"));

        Assert.Equal(new[] { "c" }, target.Tags);
        Assert.Equal(new[] { new Address { City = "Bergen" } }, target.PreviousAddresses);
        Assert.NotSame(patch.PreviousAddresses[0], target.PreviousAddresses[0]);
    }

    [Fact]
    public void Map_fields_are_replaced_not_merged_and_message_values_are_copied()
    {
        var target = new Profile { Scores = { ["a"] = 1, ["b"] = 2 }, AddressesByLabel = { ["home"] = new Address { City = "Oslo" } } };
        var patch = new Profile { Scores = { ["b"] = 20, ["c"] = 3 }, AddressesByLabel = { ["work"] = new Address { City = "Bergen" } } };

        target.ApplyFieldMask(patch, Mask("scores", "addresses_by_label"));

        Assert.Equal(new Dictionary<string, int> { ["b"] = 20, ["c"] = 3 }, target.Scores);
        Assert.Equal(new Dictionary<string, Address> { ["work"] = new Address { City = "Bergen" } }, target.AddressesByLabel);
        Assert.NotSame(patch.AddressesByLabel["work"], target.AddressesByLabel["work"]);
    }

    [Fact]
    public void Wrapper_fields_copy_null_as_unset_and_zero_as_set()
    {
        var target = new Profile { Nickname = "nick", Age = 40, LuckyNumbers = { 1, 2 } };

        target.ApplyFieldMask(new Profile { Age = 0, LuckyNumbers = { 7 } }, Mask("nickname", "age", "lucky_numbers"));

        Assert.Null(target.Nickname);
        Assert.Equal(0, target.Age);
        Assert.Equal(new int?[] { 7 }, target.LuckyNumbers);
    }

    [Fact]
    public void Proto3_optional_fields_copy_presence_an_unset_one_clears_the_target()
    {
        var target = new Profile { LuckyNumber = 7, Motto = "carpe diem" };

        target.ApplyFieldMask(new Profile { LuckyNumber = 0 }, Mask("lucky_number", "motto"));

        Assert.True(target.HasLuckyNumber);
        Assert.Equal(0, target.LuckyNumber);
        Assert.False(target.HasMotto);
    }

    [Fact]
    public void A_oneof_member_path_sets_that_case_when_the_patch_has_it()
    {
        var target = new Profile { Email = "a@example.com" };

        target.ApplyFieldMask(new Profile { PhoneNumber = 4712345678 }, Mask("phone_number"));

        Assert.Equal(Profile.ContactOneofCase.PhoneNumber, target.ContactCase);
        Assert.Equal(4712345678, target.PhoneNumber);
    }

    [Fact]
    public void A_oneof_member_path_unset_in_the_patch_clears_the_oneof_only_if_it_is_the_targets_case()
    {
        var emailTarget = new Profile { Email = "a@example.com" };
        var postalTarget = new Profile { PostalAddress = new Address { City = "Oslo" } };
        var patch = new Profile { PhoneNumber = 1 };

        emailTarget.ApplyFieldMask(patch, Mask("email"));
        postalTarget.ApplyFieldMask(patch, Mask("email"));

        Assert.Equal(Profile.ContactOneofCase.None, emailTarget.ContactCase);
        Assert.Equal(Profile.ContactOneofCase.PostalAddress, postalTarget.ContactCase);
    }

    [Fact]
    public void A_oneof_message_member_is_copied_and_its_path_is_a_leaf()
    {
        var patch = new Profile { PostalAddress = new Address { City = "Bergen" } };
        var target = new Profile { Email = "a@example.com" };

        target.ApplyFieldMask(patch, Mask("postal_address"));

        Assert.Equal(new Address { City = "Bergen" }, target.PostalAddress);
        Assert.NotSame(patch.PostalAddress, target.PostalAddress);
        Assert.False(Profile.IsValidPath("postal_address.city"));
    }

    [Fact]
    public void The_guides_user_oneof_and_map_follow_the_same_rules()
    {
        var target = new User { Id = "u1", Phone = "+47", Metadata = { ["a"] = "1" } };

        target.ApplyFieldMask(new User { SlackId = "U123", Metadata = { ["b"] = "2" } }, Mask(User.FieldPaths.SlackId, User.FieldPaths.Metadata));

        Assert.Equal(new User { Id = "u1", SlackId = "U123", Metadata = { ["b"] = "2" } }, target);
    }

    [Fact]
    public void Star_replaces_every_field()
    {
        var target = FieldMaskRandomProfiles.Create(new Random(1));
        var patch = new Profile { Name = "only", PhoneNumber = 3, Referrer = new Profile { Name = "r" } };

        target.ApplyFieldMask(patch, Mask("*"));

        Assert.Equal(patch, target);
        Assert.NotSame(patch.Referrer, target.Referrer);
    }

    [Fact]
    public void Star_must_be_the_only_path()
    {
        var target = new Profile { Name = "old" };

        var error = Assert.Throws<ArgumentException>(() => target.ApplyFieldMask(new Profile { Name = "new" }, Mask("name", "*")));

        Assert.Contains("'*'", error.Message, StringComparison.Ordinal);
        Assert.Equal("old", target.Name);
    }

    [Fact]
    public void An_empty_or_null_mask_copies_the_fields_populated_in_the_patch()
    {
        foreach (var mask in new[] { null, new FieldMask() })
        {
            var target = new Profile
            {
                Name = "keep", Motto = "keep", Tags = { "old" }, Address = new Address { City = "Oslo" }, Email = "a@example.com",
                Scores = { ["a"] = 1 }, Nickname = "keep", Rating = 1,
            };
            var patch = new Profile
            {
                Rating = 2, Tags = { "new" }, Nickname = "", LuckyNumber = 0, PhoneNumber = 5, Settings = new Profile.Types.Settings(),
            };

            target.ApplyFieldMask(patch, mask);

            var expected = new Profile
            {
                Name = "keep", Motto = "keep", Tags = { "new" }, Address = new Address { City = "Oslo" }, PhoneNumber = 5,
                Scores = { ["a"] = 1 }, Nickname = "", Rating = 2, LuckyNumber = 0, Settings = new Profile.Types.Settings(),
            };
            Assert.Equal(expected, target);
        }
    }

    [Fact]
    public void An_invalid_path_throws_naming_it_and_the_valid_paths_and_applies_nothing()
    {
        var target = new Profile { Name = "old" };

        var error = Assert.Throws<ArgumentException>(() => target.ApplyFieldMask(new Profile { Name = "new" }, Mask("name", "nmae")));

        Assert.Equal("mask", error.ParamName);
        Assert.StartsWith(
            "Invalid field mask path 'nmae' for acme.profile.v1.Profile; valid paths: name, address, address.<path of acme.profile.v1.Address>, previous_addresses,",
            error.Message,
            StringComparison.Ordinal);
        Assert.Equal("old", target.Name);
    }

    [Theory]
    [InlineData("name", true)]
    [InlineData("address", true)]
    [InlineData("address.city", true)]
    [InlineData("address.geo.lat", true)]
    [InlineData("referrer.referrer.address.geo", true)]
    [InlineData("settings.dark_mode", true)]
    [InlineData("lucky_number", true)]
    [InlineData("lucky_numbers", true)]
    [InlineData("address.geo.lng", true)]
    [InlineData("lucky", false)]
    [InlineData("address.geo.", false)]
    [InlineData("address.geo.lat.lng", false)]
    [InlineData("address.geo.lat.", false)]
    [InlineData("Name", false)]
    [InlineData("displayName", false)]
    [InlineData("", false)]
    [InlineData("*", false)]
    [InlineData("address.", false)]
    [InlineData(".address", false)]
    [InlineData("address..city", false)]
    [InlineData("name.first", false)]
    [InlineData("address.nope", false)]
    [InlineData("updated_at.seconds", false)]
    [InlineData("postal_address.city", false)]
    [InlineData("nickname.value", false)]
    [InlineData("scores.a", false)]
    [InlineData("previous_addresses.city", false)]
    public void IsValidPath_accepts_fields_and_nested_paths_into_singular_messages_of_this_compilation(string path, bool valid)
    {
        Assert.Equal(valid, Profile.IsValidPath(path));
    }

    [Fact]
    public void Every_FieldPaths_constant_is_a_valid_path()
    {
        var constants = new List<string>();
        Collect(typeof(Profile.FieldPaths));

        Assert.Equal(18 + (1 + 3) + (1 + 2) + (1 + 21), constants.Count);
        Assert.All(constants, path => Assert.True(Profile.IsValidPath(path), path));
        Assert.Equal("address.city", Profile.FieldPaths.Address.City);
        Assert.Equal("address", Profile.FieldPaths.Address.Self);
        Assert.Equal("address.geo", Profile.FieldPaths.Address.Geo);
        Assert.Equal("display_name", User.FieldPaths.DisplayName);
        Assert.Empty(typeof(Nothing.FieldPaths).GetFields());

        void Collect(System.Type type)
        {
            constants.AddRange(type.GetFields().Select(field => (string)field.GetRawConstantValue()!));
            foreach (var nested in type.GetNestedTypes())
            {
                Collect(nested);
            }
        }
    }

    [Fact]
    public void Generated_members_named_like_fields_take_a_suffix()
    {
        var target = new Colliding { FieldPaths = "a", Holder = new Holder { Self = "s", Holder_ = "h" } };
        var patch = new Colliding { FieldPaths = "b", ApplyFieldMask = "c", Holder = new Holder { Self = "t", Holder_ = "i" } };

        target.ApplyFieldMask_(patch, Mask(Colliding.FieldPaths_.FieldPaths, Colliding.FieldPaths_.Holder.Self));
        Colliding.ValidatePaths_(Mask(Colliding.FieldPaths_.Holder.Holder_, Colliding.FieldPaths_.Holder.Self_));

        Assert.Equal(new Colliding { FieldPaths = "b", Holder = new Holder { Self = "t", Holder_ = "h" } }, target);
        Assert.Equal("holder", Colliding.FieldPaths_.Holder.Self_);
        Assert.Equal("holder.holder", Colliding.FieldPaths_.Holder.Holder_);
        Assert.True(Colliding.IsValidPath_(Colliding.FieldPaths_.IsValidPath));
        Assert.Equal(new[] { "validate_paths" }, Colliding.ComputeFieldMask_(new Colliding(), new Colliding { ValidatePaths = "v" }).Paths);
    }

    [Fact]
    public void A_message_without_fields_accepts_star_and_empty_masks_only()
    {
        var target = new Nothing();

        target.ApplyFieldMask(new Nothing(), Mask("*"));
        target.ApplyFieldMask(new Nothing(), null);

        Assert.Throws<ArgumentException>(() => target.ApplyFieldMask(new Nothing(), Mask("name")));
        Assert.Empty(Nothing.ComputeFieldMask(new Nothing(), new Nothing()).Paths);
    }

    [Fact]
    public void Applying_a_message_to_itself_changes_nothing()
    {
        var target = FieldMaskRandomProfiles.Create(new Random(7));
        var before = target.Clone();

        target.ApplyFieldMask(target, Mask("*"));
        target.ApplyFieldMask(target, Mask("tags", "scores", "address.city"));

        Assert.Equal(before, target);
    }

    [Fact]
    public void Null_arguments_throw_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>("patch", () => new Profile().ApplyFieldMask(null!, Mask("name")));
        Assert.Throws<ArgumentNullException>("path", () => Profile.IsValidPath(null!));
        Assert.Throws<ArgumentNullException>("original", () => Profile.ComputeFieldMask(null!, new Profile()));
        Assert.Throws<ArgumentNullException>("updated", () => Profile.ComputeFieldMask(new Profile(), null!));
    }

    internal static FieldMask Mask(params string[] paths) => new() { Paths = { paths } };
}
