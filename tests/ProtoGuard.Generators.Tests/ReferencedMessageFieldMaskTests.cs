using Acme.Profiles;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ProtoGuard.Generators.FieldMaskHelpers;
using ProtoGuard.Generators.Tests.Infrastructure;

namespace ProtoGuard.Generators.Tests;

/// <summary>
/// Field mask helpers for messages of a referenced library (the "Contracts" layout, seen through its reference assembly,
/// which keeps no descriptor bytes): used helpers are generated into an <c>[Embedded]</c> static class per message, with
/// <c>ApplyFieldMask</c> as an extension method and the field names read from the descriptor at run time; they behave
/// exactly like the helpers generated into the library's own classes.
/// </summary>
public sealed class ReferencedMessageFieldMaskTests
{
    private static readonly string[] ProfileAndItsSubMessages =
    {
        "Acme.Profiles.Address.FieldMask.g.cs",
        "Acme.Profiles.Geo.FieldMask.g.cs",
        "Acme.Profiles.Profile.FieldMask.g.cs",
        "Acme.Profiles.Profile.Types.Settings.FieldMask.g.cs",
    };

    /// <summary>The rest of the error for an invalid path of Profile: its valid paths.</summary>
    private const string ProfileValidPaths =
        "valid paths: name, address, address.<path of Acme.Profiles.Address>, previous_addresses, "
        + "scores, addresses_by_label, nickname, age, lucky_number, motto, visibility, tags, email, postal_address, phone_number, updated_at, "
        + "settings, settings.<path of Acme.Profiles.Profile.Types.Settings>, rating, avatar, active, referrer, referrer.<path of Acme.Profiles.Profile>, lucky_numbers. (Parameter 'mask')";

    private const string Program = """
        using System;
        using System.Linq;
        using Acme.Profiles;
        using Google.Protobuf;
        using Google.Protobuf.WellKnownTypes;

        namespace App;

        /// <summary>Calls the helpers of the library's messages on serialized messages.</summary>
        public static class Program
        {
            /// <summary>Applies <paramref name="paths"/> (null: a null mask) from patch to target.</summary>
            /// <param name="target">The target.</param>
            /// <param name="patch">The patch.</param>
            /// <param name="paths">The mask's paths.</param>
            /// <returns>The updated target.</returns>
            public static byte[] Apply(byte[] target, byte[] patch, string[]? paths)
            {
                Profile profile = Profile.Parser.ParseFrom(target);
                profile.ApplyFieldMask(Profile.Parser.ParseFrom(patch), paths is null ? null : new FieldMask { Paths = { paths } });
                return profile.ToByteArray();
            }

            /// <summary>The mask between two profiles.</summary>
            /// <param name="original">The original.</param>
            /// <param name="updated">The updated.</param>
            /// <returns>Its paths.</returns>
            public static string[] Compute(byte[] original, byte[] updated)
                => ProfileFieldMask.ComputeFieldMask(Profile.Parser.ParseFrom(original), Profile.Parser.ParseFrom(updated)).Paths.ToArray();

            /// <summary>Validates one path.</summary>
            /// <param name="path">The path.</param>
            /// <returns>"valid", or the error.</returns>
            public static string Validate(string path)
            {
                try
                {
                    ProfileFieldMask.ValidatePaths(new FieldMask { Paths = { path } });
                    return ProfileFieldMask.IsValidPath(path) ? "valid" : "IsValidPath disagrees";
                }
                catch (ArgumentException e)
                {
                    return e.Message;
                }
            }
        }
        """;

    [Fact]
    public void Helpers_used_on_a_referenced_message_are_generated_for_it_and_the_messages_its_nested_paths_reach()
    {
        var library = TwoAssemblies.CompileLibrary(GrpcToolsOutput.For("Profile"), generator: null);

        (var result, var app) = FieldMaskHarness.Run(TwoAssemblies.CreateApp(library, ("Program.cs", Program)));

        Assert.Equal(ProfileAndItsSubMessages, FieldMaskHarness.HintNames(result));
        Assert.Empty(GeneratorHarness.WarningsAndErrors(app).Select(diagnostic => diagnostic.ToString()));
        var profileHelpers = FieldMaskHarness.GeneratedByHintName(result)["Acme.Profiles.Profile.FieldMask.g.cs"];
        Assert.Contains("[global::Microsoft.CodeAnalysis.Embedded]\n    internal static partial class ProfileFieldMask", profileHelpers, StringComparison.Ordinal);
        Assert.Contains("public static void ApplyFieldMask(this global::Acme.Profiles.Profile target, global::Acme.Profiles.Profile patch, global::Google.Protobuf.WellKnownTypes.FieldMask? mask)", profileHelpers, StringComparison.Ordinal);
        Assert.Contains("internal static partial class Profile_SettingsFieldMask", FieldMaskHarness.GeneratedByHintName(result)["Acme.Profiles.Profile.Types.Settings.FieldMask.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Referenced_helpers_apply_and_compute_exactly_like_the_helpers_of_the_librarys_own_classes()
    {
        var library = TwoAssemblies.CompileLibrary(GrpcToolsOutput.For("Profile"), generator: null);
        (_, var app) = FieldMaskHarness.Run(TwoAssemblies.CreateApp(library, ("Program.cs", Program)));
        using var loaded = TwoAssemblies.Load(library, app);

        var random = new Random(20261204);
        var topLevel = Profile.Descriptor.Fields.InDeclarationOrder().Select(field => field.Name).ToArray();
        for (var i = 0; i < 300; i++)
        {
            // Compared after a round trip through bytes, which is how they reach the App (-0.0 is not serialized).
            var original = RoundTrip(FieldMaskRandomProfiles.Create(random));
            var updated = RoundTrip(i % 2 == 0 ? FieldMaskRandomProfiles.Create(random) : FieldMaskRandomProfiles.Edit(original, random));
            var computed = Profile.ComputeFieldMask(original, updated).Paths.ToArray();
            Assert.Equal(computed, (string[])loaded.Invoke("Compute", original.ToByteArray(), updated.ToByteArray())!);

            var paths = (i % 4) switch
            {
                0 => computed,
                1 => topLevel.Where(_ => random.Next(3) == 0).ToArray(),
                2 => new[] { "*" },
                _ => null,
            };
            var expected = original.Clone();
            expected.ApplyFieldMask(updated, paths is null ? null : new FieldMask { Paths = { paths } });
            var actual = (byte[])loaded.Invoke("Apply", original.ToByteArray(), updated.ToByteArray(), paths)!;
            Assert.Equal(expected, Profile.Parser.ParseFrom(actual));
        }
    }

    private static Profile RoundTrip(Profile profile) => Profile.Parser.ParseFrom(profile.ToByteArray());

    [Theory]
    [InlineData("address.geo.lat", "valid")]
    [InlineData("address.geo.lng", "valid")]
    [InlineData("nickname", "valid")]
    [InlineData("postal_address", "valid")]
    [InlineData("lucky_numbers", "valid")]
    [InlineData("nmae", "Invalid field mask path 'nmae' for Acme.Profiles.Profile; " + ProfileValidPaths)]
    [InlineData("address.geo.alt", "Invalid field mask path 'address.geo.alt' for Acme.Profiles.Profile; " + ProfileValidPaths)]
    [InlineData("lucky", "Invalid field mask path 'lucky' for Acme.Profiles.Profile; " + ProfileValidPaths)]
    [InlineData("address.geo.", "Invalid field mask path 'address.geo.' for Acme.Profiles.Profile; " + ProfileValidPaths)]
    [InlineData("address.geo.lat.lng", "Invalid field mask path 'address.geo.lat.lng' for Acme.Profiles.Profile; " + ProfileValidPaths)]
    public void Paths_are_validated_against_the_names_of_the_descriptor(string path, string expected)
    {
        var library = TwoAssemblies.CompileLibrary(GrpcToolsOutput.For("Profile"), generator: null);
        (_, var app) = FieldMaskHarness.Run(TwoAssemblies.CreateApp(library, ("Program.cs", Program)));
        using var loaded = TwoAssemblies.Load(library, app);

        Assert.Equal(expected, loaded.Invoke("Validate", path));
    }

    [Fact]
    public void Both_assemblies_using_ProtoGuard_with_InternalsVisibleTo_see_no_CS0436_and_reuse_the_librarys_public_helpers()
    {
        var library = TwoAssemblies.CompileLibrary(
            GrpcToolsOutput.For("User").Concat(GrpcToolsOutput.For("Profile")).Append(("AssemblyInfo.cs", TwoAssemblies.InternalsVisibleToApp)),
            new FieldMaskHelpersGenerator());
        const string Caller = """
            using Acme.Profiles;

            namespace App
            {
                internal static class Caller
                {
                    public static void Call(Myservice.V1.User user, Acme.Profiles.Geo geo)
                    {
                        user.ApplyFieldMask(user, null);
                        geo.ApplyFieldMask(geo, null);
                    }
                }
            }
            """;

        (var result, var app) = FieldMaskHarness.Run(TwoAssemblies.CreateApp(library, ("Caller.cs", Caller)));

        Assert.Equal(new[] { "Acme.Profiles.Geo.FieldMask.g.cs" }, FieldMaskHarness.HintNames(result));
        Assert.Empty(GeneratorHarness.WarningsAndErrors(app).Select(diagnostic => diagnostic.ToString()));
    }

    [Fact]
    public void None_generates_nothing_for_referenced_messages()
    {
        var library = TwoAssemblies.CompileLibrary(GrpcToolsOutput.For("Profile"), generator: null);

        (var result, _) = FieldMaskHarness.Run(TwoAssemblies.CreateApp(library, ("Program.cs", Program)), FieldMaskHarness.Mode("none"));

        Assert.Empty(result.GeneratedTrees);
    }

    [Fact]
    public void An_unrelated_edit_regenerates_nothing()
    {
        var library = TwoAssemblies.CompileLibrary(GrpcToolsOutput.For("Profile"), generator: null);
        var app = TwoAssemblies.CreateApp(library, ("Program.cs", Program));
        var driver = FieldMaskHarness.CreateDriver().RunGenerators(app);

        var second = driver
            .RunGenerators(app.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App { internal sealed class Added { } }", GeneratorHarness.ParseOptions, "Added.cs")))
            .GetRunResult().Results.Single();

        Assert.All(
            second.TrackedSteps[TrackingNames.FieldMask.ReferencedMessages].SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Unchanged, output.Reason));
        var outputs = second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs).Select(output => output.Reason).ToArray();
        Assert.Equal(Enumerable.Repeat(IncrementalStepRunReason.Cached, 4), outputs);
    }
}
