using System.Collections.Generic;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;

namespace ProtoGuard.Rules.Lint;

/// <summary>Which packages import which (through any file), over the linted files and everything they import.</summary>
internal sealed class PackageGraph
{
    private readonly Dictionary<string, HashSet<string>> _edges = new(System.StringComparer.Ordinal);

    public static PackageGraph Build(LintScope scope)
    {
        var graph = new PackageGraph();
        var visited = new HashSet<FileDescriptor>();
        var pending = new Stack<FileDescriptor>(scope.Files);
        while (pending.Count > 0)
        {
            var file = pending.Pop();
            if (!visited.Add(file))
            {
                continue;
            }

            foreach (var dependency in file.DependencyFiles)
            {
                if (dependency is null)
                {
                    continue;
                }

                pending.Push(dependency);
                if (file.Package.Length > 0 && dependency.Package.Length > 0 && dependency.Package != file.Package)
                {
                    if (!graph._edges.TryGetValue(file.Package, out var targets))
                    {
                        graph._edges.Add(file.Package, targets = new HashSet<string>(System.StringComparer.Ordinal));
                    }

                    targets.Add(dependency.Package);
                }
            }
        }

        return graph;
    }

    /// <summary>A shortest chain of packages from <paramref name="from"/> to <paramref name="to"/> (both included), or null.</summary>
    public IReadOnlyList<string>? FindPath(string from, string to)
    {
        var previous = new Dictionary<string, string?>(System.StringComparer.Ordinal) { [from] = null };
        var queue = new Queue<string>();
        queue.Enqueue(from);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (current == to)
            {
                var path = new List<string>();
                for (var step = current; step is not null; step = previous[step])
                {
                    path.Add(step);
                }

                path.Reverse();
                return path;
            }

            if (!_edges.TryGetValue(current, out var targets))
            {
                continue;
            }

            foreach (var target in targets)
            {
                if (!previous.ContainsKey(target))
                {
                    previous.Add(target, current);
                    queue.Enqueue(target);
                }
            }
        }

        return null;
    }
}
