using System;
using BenchmarkDotNet.Attributes;
using Google.Protobuf.WellKnownTypes;
using Myservice.V1;

namespace ProtoGuard.Benchmarks;

/// <summary>
/// An AIP-134 update of the guide's User with a 3-path mask: the generated ApplyFieldMask against Google.Protobuf's
/// reflection-based FieldMask.Merge (which builds a FieldMaskTree per call). The target is updated in place; applying
/// the same patch again is idempotent, so every invocation does the same work.
/// </summary>
[MemoryDiagnoser]
public class ApplyFieldMaskBenchmarks
{
    private static readonly FieldMask Mask = new() { Paths = { User.FieldPaths.Email, User.FieldPaths.DisplayName, User.FieldPaths.Role } };

    private readonly User _patch = new() { Email = "ada@example.com", DisplayName = "Ada Lovelace", Role = UserRole.Admin };

    private readonly User _target = new()
    {
        Id = "users/1",
        Email = "ada@old.example.com",
        DisplayName = "Ada",
        Role = UserRole.Member,
        CreatedAt = Timestamp.FromDateTime(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)),
        Metadata = { ["team"] = "analytical-engine" },
        Phone = "+44 20 0000 0000",
    };

    [Benchmark(Baseline = true)]
    public User FieldMaskMerge()
    {
        Mask.Merge(_patch, _target);
        return _target;
    }

    [Benchmark]
    public User GeneratedApplyFieldMask()
    {
        _target.ApplyFieldMask(_patch, Mask);
        return _target;
    }
}
