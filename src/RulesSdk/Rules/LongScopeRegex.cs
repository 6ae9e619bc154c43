using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using RulesSdk.Analyzers;

namespace RulesSdk.Rules;

/// <summary>
/// Copies of a rule's regex whose match timeout grows with the text one scan covers. A timeout bounds
/// one call, and one call scans from where the last match ended to the next match: over a paragraph of
/// 1 MB without a match, a pattern that does linear work with lookarounds at every comma or full stop
/// can pass 1 s without backtracking at all. A scan over a longer scope that times out is run again with
/// a copy allowed the regex's own timeout per <see cref="RuleBudget.CharactersPerBudget"/> characters,
/// rounded up to a power of two (at most a few copies per regex); a runaway pattern still stops there.
/// </summary>
internal sealed class LongScopeRegex(Regex pattern)
{
    // Copies by multiple of the timeout (2, 4, 8…); built only once a scan times out on a long scope.
    private readonly ConcurrentDictionary<int, Regex> _copies = new();

    /// <summary>True when a scan over <paramref name="length"/> characters may take longer than the regex's own timeout.</summary>
    public bool Covers(int length) => Multiple(length) > 1 && pattern.MatchTimeout != Regex.InfiniteMatchTimeout;

    /// <summary>The regex to scan <paramref name="length"/> characters with: the pattern itself, or a copy with a longer timeout.</summary>
    public Regex For(int length)
    {
        var multiple = Multiple(length);
        return multiple <= 1 || pattern.MatchTimeout == Regex.InfiniteMatchTimeout
            ? pattern
            : _copies.GetOrAdd(multiple, static (m, p) => Copy(p, Scaled(p.MatchTimeout, m)), pattern);
    }

    /// <summary>The timeout for a scan over <paramref name="length"/> characters with a regex whose own timeout is <paramref name="timeout"/>.</summary>
    internal static TimeSpan TimeoutFor(TimeSpan timeout, int length) => Scaled(timeout, Multiple(length));

    /// <summary>The multiple of the timeout a scan of <paramref name="length"/> characters gets: 1 up to the unit, then the next power of two.</summary>
    internal static int Multiple(int length)
    {
        if (length <= RuleBudget.CharactersPerBudget)
        {
            return 1;
        }

        var units = (length + (long)RuleBudget.CharactersPerBudget - 1) / RuleBudget.CharactersPerBudget;
        return (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)units);
    }

    private static TimeSpan Scaled(TimeSpan timeout, int multiple)
    {
        // Regex accepts timeouts up to about 24 days; a longer one would throw, and no scan needs it.
        var ticks = Math.Min((double)timeout.Ticks * multiple, TimeSpan.FromDays(24).Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }

    private static Regex Copy(Regex pattern, TimeSpan timeout)
    {
        // Compiled: the copy scans a long text, and the interpreter is several times slower than the
        // source-generated original. The non-backtracking engine has no compiled form to ask for.
        var options = pattern.Options;
        if ((options & RegexOptions.NonBacktracking) == 0)
        {
            options |= RegexOptions.Compiled;
        }

        return new Regex(pattern.ToString(), options, timeout);
    }
}
