using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

// The generators' pipelines carry reference types, and pairs of a reference type with another or with a collected array
// (Combine), never a bool, an enum, an EquatableArray<T> or a tuple of three: Roslyn's pipeline classes
// (NodeStateTable<T>, TransformNode<TIn, TOut>, CombineNode<TLeft, TRight>, ...) share one compiled copy across reference
// types, which the SDK's own generators already use, but are JIT-compiled again, in every build, for each other shape.
// Hence switches in records like these.
namespace ProtoGuard.Generators.Common;

/// <summary>Whether the compilation can compile the generated code: C# 8 or later (<c>#nullable enable</c>, nullable annotations).</summary>
internal sealed record LanguageSupport(bool SupportsGeneratedCode)
{
    public static LanguageSupport Of(Compilation compilation)
        => new(compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp8 });
}

/// <summary>Whether a generator's shared runtime file is needed: some file it generates uses the runtime.</summary>
internal sealed record RuntimeDemand(bool IsNeeded);
