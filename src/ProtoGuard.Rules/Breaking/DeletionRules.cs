using System.Linq;
using ProtoGuard.Rules.Breaking.Model;

namespace ProtoGuard.Rules.Breaking;

/// <summary>When deleting a field or enum value is allowed.</summary>
public enum FieldDeletion
{
    /// <summary>Never (FILE, PACKAGE).</summary>
    Always,

    /// <summary>When the name is reserved (WIRE_JSON).</summary>
    UnlessNameReserved,

    /// <summary>When the number is reserved (WIRE_JSON, WIRE).</summary>
    UnlessNumberReserved,
}

/// <summary>Base of FIELD_NO_DELETE[_UNLESS_*]: fields of paired messages pair by number.</summary>
public abstract class FieldDeletionRule : BreakingRule
{
    protected abstract FieldDeletion Mode { get; }

    public override void Check(BreakingContext context)
    {
        foreach (var (oldMessage, newMessage) in context.MessagePairs)
        {
            foreach (var oldField in BreakingContext.FieldsByNumber(oldMessage))
            {
                if (BreakingContext.FieldByNumber(newMessage, oldField.Number) != null)
                {
                    continue;
                }

                var numberReserved = newMessage.ReservedRanges.Any(range => range.Start <= oldField.Number && oldField.Number <= range.End);
                var nameReserved = newMessage.ReservedNames.Contains(oldField.Name);
                if ((Mode == FieldDeletion.UnlessNumberReserved && numberReserved) || (Mode == FieldDeletion.UnlessNameReserved && nameReserved))
                {
                    continue;
                }

                var text = ReservedFix.Text(
                    newMessage.File,
                    Mode != FieldDeletion.UnlessNameReserved && !numberReserved ? oldField.Number : null,
                    Mode != FieldDeletion.UnlessNumberReserved && !nameReserved ? new[] { oldField.Name } : new string[0]);
                var fix = ReservedFix.Insert(newMessage.File, newMessage.Node, text, $"Reserve deleted field {oldField.Number} '{oldField.Name}'");
                context.Report(newMessage.File, Locations.Message(newMessage), new object?[] { oldField.Number, oldField.Name, newMessage.NestedName, text.Length > 0 ? text : ReservedFix.AlreadyReserved }, fix);
            }
        }
    }
}

/// <summary>Base of ENUM_VALUE_NO_DELETE[_UNLESS_*]: values of paired enums pair by number.</summary>
public abstract class EnumValueDeletionRule : BreakingRule
{
    protected abstract FieldDeletion Mode { get; }

    public override void Check(BreakingContext context)
    {
        foreach (var (oldEnum, newEnum) in context.EnumPairs)
        {
            foreach (var oldValues in BreakingContext.ValuesByNumber(oldEnum))
            {
                if (newEnum.Values.Any(value => value.Number == oldValues.Key))
                {
                    continue;
                }

                var names = oldValues.Select(value => value.Name).Distinct().OrderBy(name => name, System.StringComparer.Ordinal).ToArray();
                var numberReserved = newEnum.ReservedRanges.Any(range => range.Start <= oldValues.Key && oldValues.Key <= range.End);
                var namesReserved = names.All(name => newEnum.ReservedNames.Contains(name));
                if ((Mode == FieldDeletion.UnlessNumberReserved && numberReserved) || (Mode == FieldDeletion.UnlessNameReserved && namesReserved))
                {
                    continue;
                }

                var text = ReservedFix.Text(
                    newEnum.File,
                    Mode != FieldDeletion.UnlessNameReserved && !numberReserved ? oldValues.Key : null,
                    Mode != FieldDeletion.UnlessNumberReserved ? names.Where(name => !newEnum.ReservedNames.Contains(name)) : new string[0]);
                var fix = ReservedFix.Insert(newEnum.File, newEnum.Node, text, $"Reserve deleted enum value {oldValues.Key} {string.Join(", ", names)}");
                context.Report(newEnum.File, Locations.Enum(newEnum), new object?[] { oldValues.Key, string.Join(", ", names), newEnum.NestedName, text.Length > 0 ? text : ReservedFix.AlreadyReserved }, fix);
            }
        }
    }
}
