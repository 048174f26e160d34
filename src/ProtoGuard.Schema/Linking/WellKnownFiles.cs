using System.Collections.Generic;
using System.IO;
using System.Reflection;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Linking;

/// <summary>
/// The well-known .proto files (google/protobuf/*.proto and google/protobuf/compiler/plugin.proto, as shipped with
/// protoc 35.1 in Grpc.Tools 2.85.0), embedded so that imports of them resolve with no configuration.
/// </summary>
public static class WellKnownFiles
{
    private const string ResourcePrefix = "ProtoGuard.Schema.WellKnown.";

    private static readonly Dictionary<string, string> ResourceNames = CreateResourceNames();

    /// <summary>The import paths of the embedded files, e.g. <c>google/protobuf/timestamp.proto</c>.</summary>
    public static IEnumerable<string> ImportPaths => ResourceNames.Keys;

    /// <summary>The embedded text for <paramref name="importPath"/>, or null when it is not a well-known file.</summary>
    public static SourceText? Find(string importPath)
    {
        if (!ResourceNames.TryGetValue(importPath, out var resource))
        {
            return null;
        }

        using var stream = typeof(WellKnownFiles).Assembly.GetManifestResourceStream(resource);
        if (stream == null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return SourceText.From(reader.ReadToEnd(), importPath);
    }

    private static Dictionary<string, string> CreateResourceNames()
    {
        var names = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var resource in typeof(WellKnownFiles).Assembly.GetManifestResourceNames())
        {
            if (resource.StartsWith(ResourcePrefix, System.StringComparison.Ordinal))
            {
                names[resource.Substring(ResourcePrefix.Length)] = resource;
            }
        }

        return names;
    }
}
