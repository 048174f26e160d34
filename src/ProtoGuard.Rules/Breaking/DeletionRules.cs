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

/// <summary>
/// Base of PACKAGE_&lt;ELEMENT&gt;_NO_DELETE: an element may move between the files of its package but not disappear
/// from it. As buf, only packages that still declare at least one such element are checked.
/// </summary>
public abstract class PackageElementDeletionRule : BreakingRule
{
    public override void Check(BreakingContext context)
    {
        var newByPackage = context.New.Files.GroupBy(file => file.Package)
            .Select(group => (group.Key, Names: new System.Collections.Generic.HashSet<string>(group.SelectMany(Elements), System.StringComparer.Ordinal)))
            .Where(package => package.Names.Count > 0)
            .ToDictionary(package => package.Key, package => package.Names, System.StringComparer.Ordinal);
        foreach (var oldPackage in context.Old.Files.GroupBy(file => file.Package).OrderBy(group => group.Key, System.StringComparer.Ordinal))
        {
            if (!newByPackage.TryGetValue(oldPackage.Key, out var newNames))
            {
                continue;
            }

            foreach (var (oldFile, name) in oldPackage.SelectMany(file => Elements(file).Select(name => (file, name))).OrderBy(item => item.name, System.StringComparer.Ordinal))
            {
                if (newNames.Contains(name))
                {
                    continue;
                }

                if (context.FindNewFile(oldFile.Path) is { } newFile)
                {
                    ReportDeletion(context, newFile, new object?[] { name, oldPackage.Key });
                }
                else
                {
                    context.ReportWithoutLocation(oldFile.Path, new object?[] { name, oldPackage.Key });
                }
            }
        }
    }

    /// <summary>Reports the element (<c>arguments[0]</c>) missing from the package at the new file of its old file: where it was, when that is known.</summary>
    protected virtual void ReportDeletion(BreakingContext context, FileShape newFile, object?[] arguments)
        => context.Report(newFile, Locations.DeletedFrom(newFile, (string)arguments[0]!), arguments);

    /// <summary>The names of the file's elements of the rule's kind, as the rule's message shows them.</summary>
    protected abstract System.Collections.Generic.IEnumerable<string> Elements(FileShape file);
}
