namespace ProtoGuard.Rules.Breaking;

/// <summary>Base of the FILE_SAME_&lt;OPTION&gt; rules: a file option keeps its value (unset = descriptor.proto's default).</summary>
public abstract class FileOptionRule : BreakingRule
{
    protected abstract string OptionName { get; }

    public override void Check(BreakingContext context)
    {
        foreach (var (oldFile, newFile) in context.FilePairs)
        {
            var oldValue = oldFile.GetOption(OptionName);
            var newValue = newFile.GetOption(OptionName);
            if (oldValue != newValue)
            {
                context.Report(newFile, Locations.FileOption(newFile, OptionName), new object?[] { oldValue, newValue });
            }
        }
    }
}
