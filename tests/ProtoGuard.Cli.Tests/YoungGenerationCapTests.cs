namespace ProtoGuard.Cli.Tests;

/// <summary>
/// The cap <c>protoguard lint</c> checks after each file: a young collection once the budget is allocated, none
/// before (tests run one at a time, so no other test allocates meanwhile).
/// </summary>
public sealed class YoungGenerationCapTests
{
    private const long Budget = 8_000_000;

    [Fact]
    public void CollectsOnceTheBudgetIsAllocatedAndNotBefore()
    {
        var cap = new YoungGenerationCap(Budget);

        cap.Check();
        Assert.Equal(0, cap.Collections);

        var before = GC.CollectionCount(0);
        Allocate(2 * Budget);
        cap.Check();

        Assert.Equal(1, cap.Collections);
        Assert.True(GC.CollectionCount(0) > before);
        cap.Check();
        Assert.Equal(1, cap.Collections);
    }

    private static void Allocate(long bytes)
    {
        for (long allocated = 0; allocated < bytes; allocated += 64_000)
        {
            GC.KeepAlive(new byte[64_000]);
        }
    }
}
