using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using RulesSdk.Analyzers;

namespace RulesSdk.Rules;

/// <summary>
/// Copies of a rule's regex whose match timeout grows with the text one scan covers. A timeout bounds
/// one call, and one call scans from where the last match ended to the next match: over a paragraph of
/// 1 MB without a match, a pattern that does linear work with lookarounds at every comma or full stop
/// can pass 1 s without backtracking at all. A scan over a longer scope that times out is run again with
/// a copy allowed the regex's own timeout per <see cref="RuleBudget.CharactersPerBudget"/> characters
/// (10 s for 1 MB with the packs' 1 s); a runaway pattern still stops there. A copy is made for each
/// multiple of the timeout a timeout asked for, at most one per 100,000 characters of the longest scope.
/// </summary>
internal sealed class LongScopeRegex(Regex pattern)
{
    // Copies by multiple of the timeout; built only once a scan times out on a long scope.
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

    /// <summary>The multiple of the timeout a scan of <paramref name="length"/> characters gets: one per started 100,000 characters.</summary>
    internal static int Multiple(int length) =>
        length <= RuleBudget.CharactersPerBudget ? 1 : (int)((length + (long)RuleBudget.CharactersPerBudget - 1) / RuleBudget.CharactersPerBudget);

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
