using System.Collections.Generic;

namespace ProtoGuard.Generators.FieldMaskHelpers;

/// <summary>
/// Picks names for generated members that cannot clash with what a class already declares: a proto field named
/// <c>field_paths</c> becomes a property <c>FieldPaths</c>, so the nested class is named <c>FieldPaths_</c> instead.
/// </summary>
internal sealed class MemberNameAllocator
{
    private readonly HashSet<string> _taken;

    /// <param name="takenNames">Names already declared in the scope, including the enclosing type's own name (CS0542).</param>
    public MemberNameAllocator(IEnumerable<string> takenNames)
    {
        _taken = new HashSet<string>(takenNames, System.StringComparer.Ordinal);
    }

    /// <summary><paramref name="preferred"/>, or it with as many "_" appended as needed to be free; the result is then taken.</summary>
    public string Allocate(string preferred)
    {
        var name = preferred;
        while (!_taken.Add(name))
        {
            name += "_";
        }

        return name;
    }
}
