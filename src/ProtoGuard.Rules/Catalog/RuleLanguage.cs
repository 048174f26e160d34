namespace ProtoGuard.Rules.Catalog;

/// <summary>What a rule's findings are located in, and so which part of ProtoGuard reports them.</summary>
public enum RuleLanguage
{
    /// <summary>.proto files: parse and link problems, lint and breaking-change rules (ProtoGuard.Rules, the .proto analyzer, the CLI).</summary>
    Proto,

    /// <summary>C# code: the C# analyzers, including the generator-usage rules.</summary>
    CSharp,
}
