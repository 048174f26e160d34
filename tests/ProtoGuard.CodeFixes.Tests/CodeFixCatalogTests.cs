using System.Composition;
using System.Reflection;
using Microsoft.CodeAnalysis.CodeFixes;
using ProtoGuard.CodeFixes.CSharp;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.CodeFixes.Tests;

/// <summary>The code fixes and the catalog's <see cref="RuleDescriptor.HasCodeFix"/> agree.</summary>
public sealed class CodeFixCatalogTests
{
    /// <summary>The C# fixes: one provider per rule, named after its id. (.proto fixes all go through ProtoFindingCodeFix.)</summary>
    private static readonly IReadOnlyList<Type> ProviderTypes = typeof(PG3001AddDeadlineCodeFix).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type) && type.Namespace == typeof(PG3001AddDeadlineCodeFix).Namespace)
        .ToArray();

    [Fact]
    public void EveryFixedRule_IsMarkedInTheCatalogAsHavingAFix()
    {
        Assert.NotEmpty(ProviderTypes);
        foreach (var type in ProviderTypes)
        {
            var provider = (CodeFixProvider)Activator.CreateInstance(type)!;
            var id = Assert.Single(provider.FixableDiagnosticIds);
            Assert.StartsWith(id, type.Name, StringComparison.Ordinal);
            Assert.True(RuleCatalog.Find(id)?.HasCodeFix, $"{type.Name} fixes {id}, which the catalog does not mark as having a fix");
            Assert.NotNull(type.GetCustomAttribute<ExportCodeFixProviderAttribute>());
            Assert.NotNull(type.GetCustomAttribute<SharedAttribute>());
            Assert.NotNull(provider.GetFixAllProvider());
        }
    }

    [Fact]
    public void EveryCSharpRuleMarkedAsHavingAFix_HasACodeFixProvider()
    {
        var fixedIds = ProviderTypes
            .SelectMany(type => ((CodeFixProvider)Activator.CreateInstance(type)!).FixableDiagnosticIds)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var rule in RuleCatalog.All.Where(rule => rule.HasCodeFix && rule.Id.StartsWith("PG3", StringComparison.Ordinal)))
        {
            Assert.Contains(rule.Id, fixedIds);
        }
    }
}
