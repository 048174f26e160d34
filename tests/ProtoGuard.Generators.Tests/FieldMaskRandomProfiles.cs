using Acme.Profiles;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace ProtoGuard.Generators.Tests;

/// <summary>Seeded random <see cref="Profile"/>s: each field set or unset, values from small pools so that pairs often agree.</summary>
internal static class FieldMaskRandomProfiles
{
    private static readonly string[] Words = { "", "a", "b", "Oslo", "Bergen" };

    public static Profile Create(Random random, int depth = 0)
    {
        var profile = new Profile();
        if (Chance(random)) profile.Name = Word(random);
        if (Chance(random)) profile.Address = CreateAddress(random);
        for (var i = random.Next(3); i > 0; i--) profile.PreviousAddresses.Add(CreateAddress(random));
        for (var i = random.Next(3); i > 0; i--) profile.Scores[Word(random)] = random.Next(3);
        for (var i = random.Next(3); i > 0; i--) profile.AddressesByLabel[Word(random)] = CreateAddress(random);
        if (Chance(random)) profile.Nickname = Word(random);
        if (Chance(random)) profile.Age = random.Next(2);
        if (Chance(random)) profile.LuckyNumber = random.Next(2);
        if (Chance(random)) profile.Motto = Word(random);
        if (Chance(random)) profile.Visibility = (Visibility)random.Next(3);
        for (var i = random.Next(3); i > 0; i--) profile.Tags.Add(Word(random));
        switch (random.Next(4))
        {
            case 1: profile.Email = Word(random); break;
            case 2: profile.PostalAddress = CreateAddress(random); break;
            case 3: profile.PhoneNumber = random.Next(2); break;
        }

        if (Chance(random)) profile.UpdatedAt = new Timestamp { Seconds = random.Next(2) };
        if (Chance(random)) profile.Settings = new Profile.Types.Settings { DarkMode = Chance(random), Language = Word(random) };
        if (Chance(random)) profile.Rating = random.Next(4) switch { 0 => 0, 1 => double.NaN, 2 => -0.0, _ => 1.5 };
        if (Chance(random)) profile.Avatar = ByteString.CopyFromUtf8(Word(random));
        if (Chance(random)) profile.Active = Chance(random);
        if (depth < 2 && Chance(random)) profile.Referrer = Create(random, depth + 1);
        for (var i = random.Next(3); i > 0; i--) profile.LuckyNumbers.Add(random.Next(2));
        return profile;
    }

    /// <summary>A copy of <paramref name="original"/> with a few random edits, so that pairs differ in few (often nested) fields.</summary>
    public static Profile Edit(Profile original, Random random)
    {
        var edited = original.Clone();
        var other = Create(random);
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            switch (random.Next(7))
            {
                case 0: edited.Name = other.Name; break;
                case 1: (edited.Address ??= new Address()).City = Word(random); break;
                case 2: (edited.Address ??= new Address()).Geo = random.Next(2) == 0 ? null : new Geo { Lat = random.Next(2) }; break;
                case 3: edited.Referrer = other.Referrer; break;
                case 4: edited.Email = Word(random); break;
                case 5: if (random.Next(2) == 0) edited.ClearLuckyNumber(); else edited.LuckyNumber = random.Next(2); break;
                default: edited.Settings = other.Settings; break;
            }
        }

        return edited;
    }

    private static Address CreateAddress(Random random)
    {
        var address = new Address();
        if (Chance(random)) address.Street = Word(random);
        if (Chance(random)) address.City = Word(random);
        if (Chance(random)) address.Geo = new Geo { Lat = random.Next(2), Lng = random.Next(2) };
        return address;
    }

    private static bool Chance(Random random) => random.Next(2) == 0;

    private static string Word(Random random) => Words[random.Next(Words.Length)];
}
