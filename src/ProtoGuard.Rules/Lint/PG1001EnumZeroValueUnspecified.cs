using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>
/// PG1001: the zero value of every enum is <c>&lt;ENUM_NAME&gt;_UNSPECIFIED</c>, so an unset field can be told
/// apart from one set on purpose.
/// Options: <see cref="RuleOptionCatalog.EnumZeroValueUnspecified"/>.
/// </summary>
public sealed class PG1001EnumZeroValueUnspecified : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.EnumZeroValueUnspecified;

    public override void Analyze(ProtoRuleContext context)
    {
        var suffix = RuleOptionCatalog.EnumZeroValueUnspecified.Suffix.Read(context.Options);
        var requirePrefix = RuleOptionCatalog.EnumZeroValueUnspecified.RequireEnumPrefix.Read(context.Options);

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
