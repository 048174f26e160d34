using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Spectre.Console;

namespace ProtoGuard.Cli;

/// <summary>
/// Counts the work of a run by phase (files read and parsed, linked, linted) and, when standard error is a terminal
/// and the run is still going after a second, shows it there (Spectre.Console: one line per phase with a bar, the
/// count and the rate), cleared when the run ends. Silent in CI, with <c>TERM=dumb</c> and when redirected: the counting
/// costs one interlocked increment per file and nothing is drawn.
/// </summary>
internal sealed class ProgressReporter : IDisposable
{
    /// <summary>How long a run goes on before its progress is shown: 1 s, or <c>PROTOGUARD_PROGRESS_DELAY_MS</c>.</summary>
    public static TimeSpan Delay { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("PROTOGUARD_PROGRESS_DELAY_MS"), NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            ? TimeSpan.FromMilliseconds(milliseconds)
            : TimeSpan.FromSeconds(1);

    private readonly List<ProgressPhase> _phases = [];
    private readonly ManualResetEventSlim _finished = new(false);
    private readonly Thread? _display;

    private ProgressReporter(bool show)
    {
        if (show)
        {
            _display = new Thread(Display) { IsBackground = true, Name = "protoguard progress" };
            _display.Start();
        }
    }

    /// <summary>A reporter that draws on <paramref name="error"/> only when it is the terminal (see <see cref="Terminal.ShowProgress"/>).</summary>
    public static ProgressReporter Start(TextWriter error) =>
        new(Terminal.ShowProgress(Terminal.IsConsoleError(error), Environment.GetEnvironmentVariable));

    /// <summary>True when this reporter may draw (it still waits for <see cref="Delay"/> before it does).</summary>
    public bool IsVisible => _display is not null;

    /// <summary>Starts a phase of <paramref name="total"/> items (0 for one step of unknown length, such as linking).</summary>
    public ProgressPhase Phase(string name, int total, string unit = "files")
    {
        var phase = new ProgressPhase(name, total, unit);
        lock (_phases)
        {
            _phases.Add(phase);
        }

        return phase;
    }

    public void Dispose()
    {
        _finished.Set();
        _display?.Join();
        _finished.Dispose();
        if (Environment.GetEnvironmentVariable("PROTOGUARD_TIMINGS") == "1")
        {
            // For benchmarks: where the time and the memory went, one line per phase, then the process's totals.
            foreach (var phase in Snapshot())
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"protoguard: {phase.Describe()}; managed heap {phase.HeapBytesAtCompletion / 1_000_000:N0} MB at its end"));
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"protoguard: peak working set {Environment.WorkingSet / 1_000_000:N0} MB now, {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1_000_000:N0} MB peak; allocated {GC.GetTotalAllocatedBytes() / 1_000_000:N0} MB; GC pauses {GC.GetTotalPauseDuration().TotalSeconds:0.00} s; gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        }
    }

    private ProgressPhase[] Snapshot()
    {
        lock (_phases)
        {
            return [.. _phases];
        }
    }

    private void Display()
    {
        if (_finished.Wait(Delay))
        {
            return;
        }

        SpectreView.Run(Snapshot, _finished);
    }

    /// <summary>Apart so that Spectre.Console is loaded only by a run that shows progress.</summary>
    private static class SpectreView
    {
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void Run(Func<ProgressPhase[]> snapshot, ManualResetEventSlim finished)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(Console.Error),
                Ansi = AnsiSupport.Detect,
                ColorSystem = ColorSystemSupport.Detect,
                Interactive = InteractionSupport.Yes,
            });
            console.Progress()
                .AutoClear(true)
                .AutoRefresh(false)
                .HideCompleted(false)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new SpinnerColumn())
                .Start(context =>
                {
                    var tasks = new Dictionary<ProgressPhase, ProgressTask>();
                    do
                    {
                        Update(context, tasks, snapshot());
                        context.Refresh();
                    }
                    while (!finished.Wait(TimeSpan.FromMilliseconds(100)));

                    // The last frame shows every phase as it finished; Spectre clears it as the display ends.
                    Update(context, tasks, snapshot());
                    context.Refresh();
                });
        }

        private static void Update(ProgressContext context, Dictionary<ProgressPhase, ProgressTask> tasks, ProgressPhase[] phases)
        {
            foreach (var phase in phases)
            {
                if (!tasks.TryGetValue(phase, out var task))
                {
                    task = context.AddTask(phase.Name, autoStart: true, maxValue: Math.Max(1, phase.Total));
                    task.IsIndeterminate = phase.Total == 0;
                    tasks.Add(phase, task);
                }

                task.Description = Markup.Escape(phase.Describe());
                task.Value = phase.Total == 0 ? (phase.IsComplete ? 1 : 0) : phase.Done;
                if (phase.IsComplete && task.IsIndeterminate)
                {
                    task.IsIndeterminate = false;
                }
            }
        }
    }
}

/// <summary>One phase of a run: how many items of how many are done, since when.</summary>
internal sealed class ProgressPhase
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _done;
    private long _completedTicks = -1;

    public ProgressPhase(string name, int total, string unit)
    {
        Name = name;
        Total = total;
        Unit = unit;
    }

    public string Name { get; }

    public int Total { get; }

    public string Unit { get; }

    public int Done => Volatile.Read(ref _done);

    public bool IsComplete => Interlocked.Read(ref _completedTicks) >= 0;

    /// <summary>One more item done; safe from any thread.</summary>
    public void Advance() => Interlocked.Increment(ref _done);

    /// <summary>The managed heap's size (live objects and garbage not yet collected) when the phase completed.</summary>
    public long HeapBytesAtCompletion { get; private set; }

    public void Complete()
    {
        if (Interlocked.CompareExchange(ref _completedTicks, _clock.Elapsed.Ticks, -1) == -1)
        {
            HeapBytesAtCompletion = GC.GetTotalMemory(forceFullCollection: false);
        }
    }

    /// <summary><c>parse  3,120/7,234 files  2,450 files/s</c>; <c>link  done in 1.2 s</c> for a phase without a count.</summary>
    public string Describe()
    {
        var ticks = Interlocked.Read(ref _completedTicks);
        var elapsed = ticks >= 0 ? TimeSpan.FromTicks(ticks) : _clock.Elapsed;
        if (Total == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Name,-6} {(ticks >= 0 ? "done in" : "running")} {elapsed.TotalSeconds:0.0} s");
        }

        var rate = elapsed.TotalSeconds > 0 ? Done / elapsed.TotalSeconds : 0;
        return string.Create(CultureInfo.InvariantCulture, $"{Name,-6} {Done:N0}/{Total:N0} {Unit}  {rate:N0} {Unit}/s");
    }
}
