using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>
/// PG1001: the zero value of every enum is <c>&lt;ENUM_NAME&gt;_UNSPECIFIED</c>, so an unset field can be told
/// apart from one set on purpose.
/// Options: <c>dotnet_diagnostic.PG1001.suffix</c> (default <c>_UNSPECIFIED</c>) and
/// <c>dotnet_diagnostic.PG1001.require_enum_prefix</c> (default true; false accepts any name ending in the suffix).
/// </summary>
public sealed class PG1001EnumZeroValueUnspecified : ProtoRule
{
    public const string DefaultSuffix = "_UNSPECIFIED";

    public override RuleDescriptor Descriptor => RuleCatalog.EnumZeroValueUnspecified;

    public override void Analyze(ProtoRuleContext context)
    {
        var suffix = context.Options.GetRuleOption(Descriptor.Id, "suffix") is { Length: > 0 } configured ? configured : DefaultSuffix;
        var requirePrefix = context.Options.GetRuleOption(Descriptor.Id, "require_enum_prefix", defaultValue: true);

        foreach (var enumNode in context.File.Root.AllEnums())
        {
            var zeroValues = enumNode.Values.Where(value => value.Number == 0).ToList();
            if (zeroValues.Count == 0)
            {
                continue;
            }

            var expected = ProtoNaming.ToUpperSnakeCase(enumNode.Name.Text) + suffix;
            bool IsAccepted(EnumValueNode value) =>
                requirePrefix ? value.Name.Text == expected : value.Name.Text.EndsWith(suffix, System.StringComparison.Ordinal);

            // With allow_alias several names may share 0: one of them being right is enough.
            if (zeroValues.Any(IsAccepted))
            {
                continue;
            }

            var offending = zeroValues[0];
            var nameTaken = enumNode.Values.Any(value => value.Name.Text == expected);
            var fix = nameTaken
                ? null
                : new ProtoFix($"Rename '{offending.Name.Text}' to '{expected}'", new[] { new TextEdit(offending.Name.Span, expected) });
            context.Report(offending.Name.Span, new object?[] { offending.Name.Text, expected }, fix);
        }
    }
}
