using System.Diagnostics;

namespace RulesSdk.Analyzers;

/// <summary>
/// The time one analyzer may spend on one document (<see cref="AnalyzerDriverOptions.RuleTimeout"/>),
/// and where in the document it was last seen working. A regex timeout bounds one match only, so
/// a rule could run for minutes a match at a time; the driver checks the budget between blocks and
/// lines, and matchers between matches (<see cref="Check"/>), and reports an overrun as DR0002.
/// </summary>
/// <remarks>
/// Ambient per thread: an analyzer runs on one thread from start to end, and the matchers it calls
/// need no new parameter. Checking costs a timestamp read. The budget grows with the document
/// (<see cref="ScaledFor"/>): linear work on 1 MB is ten times the work on 100 KB, and a fixed budget
/// stopped rules on long documents that no pattern drove into backtracking.
/// </remarks>
internal sealed class RuleBudget
{
    [ThreadStatic]
    private static RuleBudget? t_current;

    // The budget of the last scope to end on this thread, reused by the next one: a scope starts for
    // every analyzer on every document, and none outlives its scope.
    [ThreadStatic]
    private static RuleBudget? t_spare;

    /// <summary>The length of text the configured budget is for; a longer document gets that budget per this many characters.</summary>
    public const int CharactersPerBudget = 100_000;

    private long _deadline;

    /// <summary>The time allowed; null tracks the position only.</summary>
    public TimeSpan? Budget { get; private set; }

    /// <summary>The document position the analyzer last reported working at.</summary>
    public int Position { get; private set; }

    /// <summary>
    /// Starts a budget on this thread (unlimited when <paramref name="budget"/> is null) for a document of
    /// <paramref name="documentLength"/> characters (<see cref="ScaledFor"/>); dispose the scope to end it.
    /// </summary>
    public static Scope Start(TimeSpan? budget, int documentLength = 0)
    {
        var previous = t_current;
        var current = t_spare ?? new RuleBudget();
        t_spare = null;
        budget = ScaledFor(budget, documentLength);
        current.Budget = budget;
        current.Position = 0;
        current._deadline = budget is { } value ? DeadlineOf(value) : long.MaxValue;
        t_current = current;
        return new Scope(previous, current);
    }

    /// <summary>
    /// The budget for a document of <paramref name="documentLength"/> characters: <paramref name="budget"/> per
    /// <see cref="CharactersPerBudget"/> characters, never less than <paramref name="budget"/> itself (a 1 MB
    /// document gets ten times the configured budget). Saturates at <see cref="TimeSpan.MaxValue"/>, which
    /// <see cref="DeadlineOf"/> reads as no deadline.
    /// </summary>
    internal static TimeSpan? ScaledFor(TimeSpan? budget, int documentLength)
    {
        if (budget is not { } value || documentLength <= CharactersPerBudget || value <= TimeSpan.Zero)
        {
            return budget;
        }

        var ticks = value.Ticks * ((double)documentLength / CharactersPerBudget);
        return ticks >= TimeSpan.MaxValue.Ticks ? TimeSpan.MaxValue : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>
    /// The timestamp past which <paramref name="budget"/> is spent. A budget beyond the timestamp's range
    /// saturates to "no deadline": adding it would wrap into the past and stop every rule at once.
    /// </summary>
    internal static long DeadlineOf(TimeSpan budget)
    {
        var now = Stopwatch.GetTimestamp();
        var ticks = budget.TotalSeconds * Stopwatch.Frequency;
        if (ticks >= long.MaxValue)
        {
            return long.MaxValue;
        }

        // A negative budget is spent already; clamped so that it cannot wrap either.
        var add = (long)Math.Max(ticks, -(double)now);
        return add > long.MaxValue - now ? long.MaxValue : now + add;
    }

    /// <summary>Records that the analyzer works at <paramref name="position"/>; throws once the budget is spent.</summary>
    /// <exception cref="RuleBudgetExceededException">The budget is spent.</exception>
    public static void Check(int position)
    {
        if (t_current is { } budget)
        {
            budget.Position = position;
            // Without a budget the deadline never comes: no timestamp to read.
            if (budget._deadline != long.MaxValue && Stopwatch.GetTimestamp() > budget._deadline)
            {
                throw new RuleBudgetExceededException(budget.Budget!.Value, position);
            }
        }
    }

    internal readonly struct Scope(RuleBudget? previous, RuleBudget current) : IDisposable
    {
        public RuleBudget Budget => current;

        public void Dispose()
        {
            t_current = previous;
            t_spare = current;
        }
    }
}
