using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RulesSdk.Analyzers;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules;

/// <summary>A regular expression run over the prose of a scope; named groups become captures.</summary>
public sealed class RegexRuleMatcher(Regex pattern) : RuleMatcher
{
    private readonly string[] _groupNames = [.. pattern.GetGroupNames().Where(n => !int.TryParse(n, out _))];

    // Set once the pattern has matched without timing out: its code is compiled by then.
    private volatile bool _warm;

    // Copies of the pattern with longer timeouts, for scans over scopes longer than 100,000 characters.
    private readonly LongScopeRegex _longScope = new(pattern);

    public Regex Pattern { get; } = pattern;

    public override void Match(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        // Where the next scan starts: a scan of a long scope that times out is run again from there.
        var resume = scope.Start;
        try
        {
            // Without named groups a match is only where it is: no Match object is needed to read it.
            if (_groupNames.Length == 0)
            {
                MatchBounds(syntax.Prose, scope, results, ref resume);
            }
            else
            {
                MatchGroups(syntax.Prose, scope, results, ref resume);
            }
        }
        catch (RegexMatchTimeoutException) when (_longScope.Covers(scope.End - resume))
        {
            // Linear work over a long scope can outlast a timeout meant for backtracking: the rest of the
            // scope gets a timeout scaled to its length, and a pattern that backtracks still stops there.
            MatchRest(syntax.Prose, scope, resume, _longScope.For(scope.End - resume), results);
        }
    }

    private void MatchGroups(string prose, TextSpan scope, List<RuleMatch> results, ref int resume)
    {
        // Matching the document-wide prose string keeps positions without copying the scope.
        var match = FirstMatch(prose, scope);
        while (match.Success)
        {
            RuleBudget.Check(match.Index);
            if (match.Length > 0)
            {
                results.Add(new RuleMatch(new TextSpan(match.Index, match.Length), scope, Captures(match, 0)));
            }

            resume = Next(match.Index, match.Length);
            match = match.NextMatch();
        }
    }

    /// <summary>
    /// The matches of a pattern without named groups, read from the scope's span. Regex.Match(string,
    /// start, length) scans that same slice (its edges are the input's edges for anchors, boundaries and
    /// lookarounds) and NextMatch steps past an empty match as the enumerator does, so the matches are
    /// the same ones, in the same order.
    /// </summary>
    private void MatchBounds(string prose, TextSpan scope, List<RuleMatch> results, ref int resume)
    {
        var text = prose.AsSpan(scope.Start, scope.Length);
        var matches = Pattern.EnumerateMatches(text);
        if (!FirstMove(ref matches, text, scope))
        {
            return;
        }

        do
        {
            var start = scope.Start + matches.Current.Index;
            RuleBudget.Check(start);
            if (matches.Current.Length > 0)
            {
                results.Add(new RuleMatch(new TextSpan(start, matches.Current.Length), scope));
            }

            resume = Next(start, matches.Current.Length);
        }
        while (matches.MoveNext());
    }

    /// <summary>
    /// The matches of <paramref name="regex"/> in <paramref name="scope"/> from <paramref name="resume"/> on: those
    /// the scan of the whole scope finds there, since a scan resumes where the last match ended (one past
    /// an empty match), with the scope's edges as the input's edges.
    /// </summary>
    internal void MatchRest(string prose, TextSpan scope, int resume, Regex regex, List<RuleMatch> results)
    {
        if (_groupNames.Length == 0)
        {
            foreach (var found in regex.EnumerateMatches(prose.AsSpan(scope.Start, scope.Length), resume - scope.Start))
            {
                var start = scope.Start + found.Index;
                RuleBudget.Check(start);
                if (found.Length > 0)
                {
                    results.Add(new RuleMatch(new TextSpan(start, found.Length), scope));
                }
            }

            return;
        }

        // Match(string, startat) reads the whole string: the scope alone is the input, so that its edges
        // stay the input's edges. One copy, on a path taken only after a timeout.
        var scopeText = prose.Substring(scope.Start, scope.Length);
        for (var match = regex.Match(scopeText, resume - scope.Start); match.Success; match = match.NextMatch())
        {
            RuleBudget.Check(scope.Start + match.Index);
            if (match.Length > 0)
            {
                results.Add(new RuleMatch(new TextSpan(scope.Start + match.Index, match.Length), scope, Captures(match, scope.Start)));
            }
        }
    }

    // The next scan starts where a match ended, or one past an empty match (as NextMatch does).
    private static int Next(int index, int length) => index + Math.Max(length, 1);

    private ImmutableDictionary<string, TextSpan> Captures(System.Text.RegularExpressions.Match match, int offset)
    {
        // Most matches of a pattern with optional groups carry none of them: no builder for those.
        ImmutableDictionary<string, TextSpan>.Builder? captures = null;
        foreach (var name in _groupNames)
        {
            var group = match.Groups[name];
            if (group.Success)
            {
                captures ??= ImmutableDictionary.CreateBuilder<string, TextSpan>();
                captures[name] = new TextSpan(offset + group.Index, group.Length);
            }
        }

        return captures?.ToImmutable() ?? ImmutableDictionary<string, TextSpan>.Empty;
    }

    /// <summary>
    /// The first match, retried once when the very first use of the pattern times out: a generated
    /// regex is JIT-compiled inside its first match, and on a loaded machine that compilation alone
    /// can exceed the timeout. A pattern that is really too slow times out again and is reported. On a
    /// long scope the timeout goes to the scaled retry instead (<see cref="Match(DocumentSyntax, TextSpan, List{RuleMatch})"/>).
    /// </summary>
    private System.Text.RegularExpressions.Match FirstMatch(string prose, TextSpan scope)
    {
        if (_warm)
        {
            return Pattern.Match(prose, scope.Start, scope.Length);
        }

        System.Text.RegularExpressions.Match match;
        try
        {
            match = Pattern.Match(prose, scope.Start, scope.Length);
        }
        catch (RegexMatchTimeoutException) when (!_longScope.Covers(scope.Length))
        {
            match = Pattern.Match(prose, scope.Start, scope.Length);
        }

        _warm = true;
        return match;
    }

    /// <summary>The enumerator's first step, with the same single retry as <see cref="FirstMatch"/>.</summary>
    private bool FirstMove(ref Regex.ValueMatchEnumerator matches, ReadOnlySpan<char> text, TextSpan scope)
    {
        if (_warm)
        {
            return matches.MoveNext();
        }

        bool found;
        try
        {
            found = matches.MoveNext();
        }
        catch (RegexMatchTimeoutException) when (!_longScope.Covers(scope.Length))
        {
            matches = Pattern.EnumerateMatches(text);
            found = matches.MoveNext();
        }

        _warm = true;
        return found;
    }
}
