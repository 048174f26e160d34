using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ProtoGuard.Shared;

/// <summary>
/// The named arguments of <c>[ProtoGuard.InMemoryService(…)]</c>, read one way for the generator (which generates
/// nothing when they are invalid) and for PG4024 (which says why); unset values keep their defaults.
/// </summary>
internal sealed class InMemoryServiceOptions
{
    private InMemoryServiceOptions(int defaultPageSize, int maxPageSize, int watchBufferCapacity, bool sequentialIds)
    {
        DefaultPageSize = defaultPageSize;
        MaxPageSize = maxPageSize;
        WatchBufferCapacity = watchBufferCapacity;
        SequentialIds = sequentialIds;
    }

    /// <summary>The page size of a List request that asks for none (default 50).</summary>
    public int DefaultPageSize { get; }

    /// <summary>The largest page a List request gets (default 1000).</summary>
    public int MaxPageSize { get; }

    /// <summary>How many events a watcher may fall behind before its stream fails (default 1024).</summary>
    public int WatchBufferCapacity { get; }

    /// <summary><c>IdFormat = InMemoryIdFormat.Sequential</c> (the default is GUIDs).</summary>
    public bool SequentialIds { get; }

    /// <summary>What is wrong with the values, or null when they are valid.</summary>
    public string? Problem
        => DefaultPageSize < 1 ? $"DefaultPageSize ({DefaultPageSize}) must be at least 1"
            : MaxPageSize < DefaultPageSize ? $"MaxPageSize ({MaxPageSize}) must be at least DefaultPageSize ({DefaultPageSize})"
            : WatchBufferCapacity < 1 ? $"WatchBufferCapacity ({WatchBufferCapacity}) must be at least 1"
            : null;

    /// <summary>The options of the attributes (the named arguments of all of them, in order).</summary>
    public static InMemoryServiceOptions Read(IEnumerable<AttributeData> attributes)
    {
        var defaultPageSize = 50;
        var maxPageSize = 1000;
        var watchBufferCapacity = 1024;
        var sequentialIds = false;
        foreach (var attribute in attributes)
        {
            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Value.Value is not int value)
                {
                    continue;
                }

                switch (argument.Key)
                {
                    case "DefaultPageSize":
                        defaultPageSize = value;
                        break;
                    case "MaxPageSize":
                        maxPageSize = value;
                        break;
                    case "WatchBufferCapacity":
                        watchBufferCapacity = value;
                        break;
                    case "IdFormat":
                        sequentialIds = value == 1;
                        break;
                }
            }
        }

        return new InMemoryServiceOptions(defaultPageSize, maxPageSize, watchBufferCapacity, sequentialIds);
    }
}
