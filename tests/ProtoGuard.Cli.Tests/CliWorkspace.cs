namespace ProtoGuard.Cli.Tests;

/// <summary>A fresh temporary directory made the current directory for one test, and <c>protoguard</c> run in-process in it.</summary>
public abstract class CliWorkspace : IDisposable
{
    private readonly string _previousDirectory = Directory.GetCurrentDirectory();

    protected CliWorkspace()
    {
        Root = Directory.CreateTempSubdirectory("protoguard-cli-").FullName;
        Directory.SetCurrentDirectory(Root);
    }

    protected string Root { get; }

    public void Dispose()
    {
        Directory.SetCurrentDirectory(_previousDirectory);
        Directory.Delete(Root, recursive: true);
        GC.SuppressFinalize(this);
    }

    protected static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = Program.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    protected void Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
