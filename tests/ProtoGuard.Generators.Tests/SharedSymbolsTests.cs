using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ProtoGuard.Generators.FieldMaskHelpers;
using ProtoGuard.Generators.Tests.Infrastructure;
using ProtoGuard.Shared;

namespace ProtoGuard.Generators.Tests;

/// <summary>
/// The generators read the gRPC and protobuf types through the holder the analyzers use (src/Shared/GrpcSymbols.cs,
/// compiled into both): one per compilation, each type looked up on first use; each generator asks only for what it needs.
/// </summary>
public sealed class SharedSymbolsTests
{
    private static CSharpCompilation Compile(params Type[] referencedTypes)
        => CSharpCompilation.Create(
            "SymbolsInput",
            new[] { CSharpSyntaxTree.ParseText("class C { }") },
            referencedTypes.Prepend(typeof(object)).Select(type => (MetadataReference)MetadataReference.CreateFromFile(type.Assembly.Location)).ToImmutableArray(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    [Fact]
    public void Paging_and_FieldMask_share_the_compilations_one_holder()
    {
        var compilation = GeneratorHarness.CreateCompilation(new[] { (Path: "C.cs", Text: "class C { }") });
        var symbols = GrpcSymbols.For(compilation);

        Assert.Same(symbols, GrpcSymbols.For(compilation));
        Assert.Same(symbols, GrpcSymbols.TryCreate(compilation));
        Assert.Same(symbols, FieldMaskExtractor.ProtobufSymbols(compilation));
        Assert.Same(compilation.GetTypeByMetadataName("Grpc.Core.CallInvoker"), PagedListShape.Resolve(compilation)!.CallInvoker);
        Assert.True(PagedListShape.HasAsyncEnumerable(compilation));
        Assert.NotSame(symbols, GrpcSymbols.For(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class D { }"))));
    }

    [Fact]
    public void FieldMask_helpers_need_Google_Protobuf_only_and_paging_needs_gRPC()
    {
        var protobufOnly = Compile(typeof(Google.Protobuf.IMessage));
        var neither = Compile();

        Assert.NotNull(FieldMaskExtractor.ProtobufSymbols(protobufOnly));
        Assert.Null(PagedListShape.Resolve(protobufOnly));
        Assert.Null(GrpcSymbols.TryCreate(protobufOnly));
        Assert.Null(FieldMaskExtractor.ProtobufSymbols(neither));
        Assert.Null(PagedListShape.Resolve(neither));
    }
}
