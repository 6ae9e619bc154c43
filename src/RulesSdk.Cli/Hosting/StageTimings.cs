using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace RulesSdk.Cli.Hosting;

/// <summary>
/// <c>--timings</c>: the wall time of each stage of a run, printed on stderr at the end, so a slow run
/// can be placed (start-up, loading, packs, analysis, report) without a profiler. Costs nothing when off.
/// </summary>
public sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Elapsed, TimeSpan Jit, string? Detail)> _stages = [];
    private TimeSpan _jitAtStart = JitInfo.GetCompilationTime();
    private readonly Stopwatch _watch;
    private readonly TimeSpan _startup;

    private StageTimings(TimeSpan startup)
    {
        _startup = startup;
        _watch = Stopwatch.StartNew();
    }

    public static StageTimings? StartIf(bool enabled)
    {
        if (!enabled)
        {
            return null;
        }

        // From the process's start to the command: runtime start-up, assembly loading, argument parsing.
        using var process = Process.GetCurrentProcess();
        var startup = DateTime.Now - process.StartTime;
        return new StageTimings(startup < TimeSpan.Zero ? TimeSpan.Zero : startup);
    }

    /// <summary>Closes the current stage under <paramref name="stage"/> and starts the next one.</summary>
    public void Mark(string stage, string? detail = null)
    {
        var jit = JitInfo.GetCompilationTime();
        _stages.Add((stage, _watch.Elapsed, jit - _jitAtStart, detail));
        _jitAtStart = jit;
        _watch.Restart();
    }

    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var total = _startup + _stages.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Elapsed);
        writer.WriteLine("docrules timings (wall):");
        Write(writer, "start-up", _startup, null, "runtime, assemblies, arguments");
        foreach (var (stage, elapsed, jit, detail) in _stages)
        {
            Write(writer, stage, elapsed, jit, detail);
        }

        Write(writer, "total", total, null, null);

        // Where a short run's time hides: the JIT (our assemblies and the compiled packs are IL) and GC pauses.
        writer.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  jit {JitInfo.GetCompilationTime().TotalSeconds:0.000} s ({JitInfo.GetCompiledMethodCount():N0} methods, {JitInfo.GetCompiledILBytes():N0} IL bytes), " +
            $"gc pauses {GC.GetTotalPauseDuration().TotalSeconds:0.000} s ({GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} gen0/1/2), " +
            $"allocated {GC.GetTotalAllocatedBytes() / (1024 * 1024):N0} MB"));
    }

    private static void Write(TextWriter writer, string stage, TimeSpan elapsed, TimeSpan? jit, string? detail)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"  {stage,-14}{elapsed.TotalSeconds,8:0.000} s");
        if (jit is { } jitTime)
        {
            // JIT time on every thread during the stage (tier-1 recompilation runs in the background).
            line += string.Create(CultureInfo.InvariantCulture, $"  (jit {jitTime.TotalSeconds:0.000} s)");
        }

        writer.WriteLine(detail is null ? line : line + "  " + detail);
    }
}
