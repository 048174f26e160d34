using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Shared;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.CSharp;

/// <summary>The well-known symbols are resolved once per compilation and shared by every analyzer, code fix and generator.</summary>
public sealed class GrpcSymbolsTests
{
    /// <summary>A compilation with Grpc.Core.Api, Grpc.Net.Client and Google.Protobuf, or only the BCL.</summary>
    private static async Task<CSharpCompilation> CompileAsync(bool withGrpc, string source = "class C { }")
    {
        var references = withGrpc
            ? await GrpcTestSources.ReferenceAssemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None)
            : await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        return CSharpCompilation.Create("Test", new[] { CSharpSyntaxTree.ParseText(source) }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    [Fact]
    public async Task One_instance_per_compilation()
    {
        var compilation = await CompileAsync(withGrpc: true);
        var other = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class C { }"));

        var symbols = GrpcSymbols.TryCreate(compilation);

        Assert.NotNull(symbols);
        Assert.Same(symbols, GrpcSymbols.TryCreate(compilation));
        Assert.NotSame(symbols, GrpcSymbols.TryCreate(other));
    }

    [Fact]
    public async Task Types_resolve_on_use_and_absent_ones_are_null()
    {
        var compilation = await CompileAsync(withGrpc: true);
        var symbols = GrpcSymbols.TryCreate(compilation)!;

        Assert.Same(compilation.GetTypeByMetadataName("Grpc.Core.ServerCallContext"), symbols.ServerCallContext);
        Assert.Same(symbols.ServerCallContext, symbols.ServerCallContext);
        Assert.Null(symbols.MvcControllerBase);
        Assert.Equal(SpecialType.System_DateTime, symbols.DateTime.SpecialType);
    }

    [Fact]
    public async Task For_gives_the_same_holder_with_or_without_gRPC()
    {
        var withGrpc = await CompileAsync(withGrpc: true);
        var withoutGrpc = await CompileAsync(withGrpc: false);

        Assert.Same(GrpcSymbols.TryCreate(withGrpc), GrpcSymbols.For(withGrpc));
        Assert.Same(GrpcSymbols.For(withoutGrpc), GrpcSymbols.For(withoutGrpc));
        Assert.Null(GrpcSymbols.For(withoutGrpc).CallOptions);
        Assert.Same(withGrpc.GetTypeByMetadataName("Google.Protobuf.Collections.RepeatedField`1"), GrpcSymbols.For(withGrpc).RepeatedFieldOfT);
    }

    [Fact]
    public async Task IsMessageClass_is_a_class_implementing_IMessage_of_itself()
    {
        var compilation = await CompileAsync(withGrpc: true, """
            using Google.Protobuf;
            using Google.Protobuf.Reflection;
            public sealed class Good : IMessage<Good>
            {
                public MessageDescriptor Descriptor => null!;
                public void MergeFrom(Good message) { }
                public void MergeFrom(CodedInputStream input) { }
                public void WriteTo(CodedOutputStream output) { }
                public int CalculateSize() => 0;
                public Good Clone() => this;
                public bool Equals(Good? other) => ReferenceEquals(this, other);
            }
            public sealed class Other : IMessage<Good>
            {
                public MessageDescriptor Descriptor => null!;
                public void MergeFrom(Good message) { }
                public void MergeFrom(CodedInputStream input) { }
                public void WriteTo(CodedOutputStream output) { }
                public int CalculateSize() => 0;
                public Good Clone() => null!;
                public bool Equals(Good? other) => false;
            }
            """);
        var symbols = GrpcSymbols.For(compilation);

        Assert.True(symbols.IsMessageClass(compilation.GetTypeByMetadataName("Good")!));
        Assert.False(symbols.IsMessageClass(compilation.GetTypeByMetadataName("Other")!));
        Assert.True(symbols.IsMessage(compilation.GetTypeByMetadataName("Other")));
    }

    [Fact]
    public async Task No_symbols_without_Grpc_Core()
    {
        Assert.Null(GrpcSymbols.TryCreate(await CompileAsync(withGrpc: false, "namespace Grpc.Core { public struct CallOptions { } }")));
    }
}
