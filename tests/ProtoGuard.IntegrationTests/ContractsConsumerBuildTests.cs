using System.Diagnostics;

namespace ProtoGuard.IntegrationTests;

/// <summary>
/// Issue 12, with the packed package: the usual "Contracts" layout. Contracts (a class library with users.proto, using
/// ProtoGuard, InternalsVisibleTo Service and Client), Service (serves it) and Client (calls it) are built with
/// -warnaserror; the Client gets the paging extensions for the referenced client and field mask helpers for a referenced
/// message that no update request carries, and runs against the Service on loopback.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class ContractsConsumerBuildTests : IClassFixture<ContractsConsumerBuildTests.Fixture>
{
    private readonly Fixture _fixture;

    public ContractsConsumerBuildTests(Fixture fixture)
    {
        this._fixture = fixture;
    }

    /// <summary>Builds Service and Client (each with Contracts) once for all tests of this class.</summary>
    public sealed class Fixture
    {
        public Fixture(PackedPackage package)
        {
            Directory = ConsumerBuild.CopyTemplate(package, "contracts", "ContractsConsumer");
            Service = ConsumerBuild.RunProject(package, Path.Combine(Directory, "Service", "Service.csproj"), "-warnaserror");
            Client = ConsumerBuild.RunProject(package, Path.Combine(Directory, "Client", "Client.csproj"), "-warnaserror");
        }

        public string Directory { get; }

        public ProcessRunner.Result Service { get; }

        public ProcessRunner.Result Client { get; }
    }

    [Fact]
    public void Service_and_Client_build_with_warnaserror_and_no_CS0436()
    {
        Assert.True(_fixture.Service.ExitCode == 0, _fixture.Service.ToString());
        Assert.True(_fixture.Client.ExitCode == 0, _fixture.Client.ToString());
        foreach (var build in new[] { _fixture.Service, _fixture.Client })
        {
            Assert.DoesNotContain("CS0436", build.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("CS0121", build.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("CS8785", build.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("AD0001", build.Output, StringComparison.Ordinal);
            Assert.Contains(" 0 Warning(s)", build.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Client_pages_and_applies_field_masks_against_the_Service_on_loopback()
    {
        Assert.True(_fixture.Service.ExitCode == 0 && _fixture.Client.ExitCode == 0, _fixture.Service + "\n" + _fixture.Client);
        var service = Path.Combine(_fixture.Directory, "Service", "bin", "Debug", "net10.0", "Service.dll");
        var client = Path.Combine(_fixture.Directory, "Client", "bin", "Debug", "net10.0", "Client.dll");

        using var server = new Process
        {
            StartInfo = new ProcessStartInfo("dotnet")
            {
                ArgumentList = { service, "--urls", "http://127.0.0.1:0" },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = Path.GetDirectoryName(service)!,
            },
        };
        server.Start();
        try
        {
            var address = ReadListeningAddress(server);
            var run = ProcessRunner.Run("dotnet", [client, address, "nope"], Path.GetDirectoryName(client)!, PackedPackage.CommandTimeout);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal(
                [
                    "paged: u1,u2,u3,u4,u5",
                    "pages: 3",
                    "profile: { \"bio\": \"new\", \"address\": { \"city\": \"Bergen\", \"street\": \"Main\" }, \"tags\": [ \"b\", \"c\" ] }",
                    "mask: \"bio,address,tags\"",
                    "invalid: Invalid field mask path 'nickname' for Contracts.V1.Profile; valid paths: bio, address, address.<path of Contracts.V1.Address>, age, tags. (Parameter 'mask')",
                    "updated: { \"id\": \"u3\", \"displayName\": \"Renamed\" }",
                    "rejected: InvalidArgument",
                ],
                run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
        }
    }

    /// <summary>The address the Service prints once Kestrel listens (port 0: the system picks a free one).</summary>
    private static string ReadListeningAddress(Process server)
    {
        var line = server.StandardOutput.ReadLineAsync();
        if (!line.Wait(PackedPackage.CommandTimeout) || line.Result is not string text || !text.StartsWith("listening on ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The Service did not start: " + line.Result + server.StandardError.ReadToEnd());
        }

        return text.Substring("listening on ".Length).Split(' ')[0];
    }
}
