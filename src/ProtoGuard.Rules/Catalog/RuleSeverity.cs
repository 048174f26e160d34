namespace ProtoGuard.Rules.Catalog;

/// <summary>Default severity of a rule; maps one-to-one onto Roslyn's DiagnosticSeverity and SARIF levels.</summary>
public enum RuleSeverity
{
    Hidden = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}
