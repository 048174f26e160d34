using System.Runtime.ExceptionServices;
using ProtoGuard.Schema;

namespace ProtoGuard.Cli;

/// <summary>
/// Reads and parses files on background threads, in the given order, while the caller links them: <see cref="Get"/>
/// returns a file already parsed, parses it on the calling thread when no worker has taken it yet, or waits for the
/// worker that has. The linker declares files on one thread in protoc's order; with this it declares each one as soon as
/// it is parsed instead of after the last, so the declaring thread and the parsing threads share the cores.
/// </summary>
internal sealed class ParseAhead
{
    private const int Waiting = 0;
    private const int Parsing = 1;
    private const int Parsed = 2;

    private readonly IReadOnlyList<ProtoFile> _files;
    private readonly Dictionary<string, int> _indexByPath;
    private readonly ParsedFile?[] _parsed;
    private readonly string?[] _problems;
    private readonly int[] _states;
    private readonly ProgressPhase _phase;
    private readonly object _gate = new();
    private readonly Thread[] _workers;
    private readonly bool _keepComments;
    private int _next;
    private Exception? _failure;

    private ParseAhead(IReadOnlyList<ProtoFile> files, ProgressReporter progress, int workers, bool keepComments)
    {
        _files = files;
        _keepComments = keepComments;
        _indexByPath = new Dictionary<string, int>(files.Count, StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            _indexByPath.TryAdd(files[i].DisplayPath, i);
        }

        _parsed = new ParsedFile?[files.Count];
        _problems = new string?[files.Count];
        _states = new int[files.Count];
        _phase = progress.Phase("parse", files.Count);
        _workers = new Thread[workers];
        for (var i = 0; i < workers; i++)
        {
            _workers[i] = new Thread(Work) { IsBackground = true, Name = "protoguard parse" };
            _workers[i].Start();
        }
    }

    /// <summary>
    /// Starts <paramref name="workers"/> threads parsing <paramref name="files"/> in order; without
    /// <paramref name="keepComments"/> the files are parsed without their comments (<see cref="ProtoParser.ParseWithoutComments"/>).
    /// </summary>
    public static ParseAhead Start(IReadOnlyList<ProtoFile> files, ProgressReporter progress, int workers, bool keepComments = true) =>
        new(files, progress, workers, keepComments);

    /// <summary>
    /// The parsed file named <paramref name="importPath"/> (a <see cref="ProtoFile.DisplayPath"/>); null when it is not one
    /// of the files or cannot be read (see <see cref="Finish"/>). Safe from any thread.
    /// </summary>
    public ParsedFile? Get(string importPath)
    {
        if (!_indexByPath.TryGetValue(importPath, out var index))
        {
            return null;
        }

        if (Interlocked.CompareExchange(ref _states[index], Parsing, Waiting) == Waiting)
        {
            Parse(index);
        }
        else if (Volatile.Read(ref _states[index]) != Parsed)
        {
            lock (_gate)
            {
                while (Volatile.Read(ref _states[index]) != Parsed)
                {
                    Monitor.Wait(_gate);
                }
            }
        }

        return _parsed[index];
    }

    /// <summary>
    /// Waits until every file is parsed; false after a one-line message naming the first file (in the given order) that
    /// cannot be read. An exception a parse threw (a bug: the parser reports problems as diagnostics) is thrown here.
    /// </summary>
    public bool Finish(TextWriter error)
    {
        foreach (var worker in _workers)
        {
            worker.Join();
        }

        _phase.Complete();
        if (_failure is not null)
        {
            ExceptionDispatchInfo.Capture(_failure).Throw();
        }

        if (_problems.FirstOrDefault(problem => problem is not null) is { } first)
        {
            error.WriteLine(first);
            return false;
        }

        return true;
    }

    private void Work()
    {
        while (true)
        {
            var index = Interlocked.Increment(ref _next) - 1;
            if (index >= _files.Count)
            {
                return;
            }

            if (Interlocked.CompareExchange(ref _states[index], Parsing, Waiting) == Waiting)
            {
                Parse(index);
            }
        }
    }

    private void Parse(int index)
    {
        try
        {
            _parsed[index] = ProtoSources.ReadAndParse(_files[index], _keepComments, out _problems[index]);
        }
        catch (Exception e)
        {
            // Not on a worker's stack, where it would end the process: Finish throws it on the caller's thread.
            Interlocked.CompareExchange(ref _failure, e, null);
        }
        finally
        {
            _phase.Advance();
            if (_phase.Done == _files.Count)
            {
                _phase.Complete();
            }

            lock (_gate)
            {
                Volatile.Write(ref _states[index], Parsed);
                Monitor.PulseAll(_gate);
            }
        }
    }
}
