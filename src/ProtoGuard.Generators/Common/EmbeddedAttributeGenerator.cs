using Microsoft.CodeAnalysis;

namespace ProtoGuard.Generators.Common;

/// <summary>
/// Adds <c>Microsoft.CodeAnalysis.EmbeddedAttribute</c> (see <see cref="EmbeddedAttributeSource"/>) to every compilation,
/// once for all ProtoGuard generators: post-initialization output, which costs no pipeline work.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class EmbeddedAttributeGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
        => context.RegisterPostInitializationOutput(static output => output.AddSource(EmbeddedAttributeSource.HintName, EmbeddedAttributeSource.Text));
}
