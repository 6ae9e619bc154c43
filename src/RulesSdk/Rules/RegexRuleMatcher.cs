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

    public Regex Pattern { get; } = pattern;

    public override void Match(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        // Without named groups a match is only where it is: no Match object is needed to read it.
        if (_groupNames.Length == 0)
        {
            MatchBounds(syntax.Prose, scope, results);
            return;
        }

        // Matching the document-wide prose string keeps positions without copying the scope.
        var match = FirstMatch(syntax.Prose, scope);
        while (match.Success)
        {
            RuleBudget.Check(match.Index);
            if (match.Length > 0)
            {
                results.Add(new RuleMatch(new TextSpan(match.Index, match.Length), scope, Captures(match)));
            }

            match = match.NextMatch();
        }
    }

    /// <summary>
    /// The matches of a pattern without named groups, read from the scope's span. Regex.Match(string,
    /// start, length) scans that same slice (its edges are the input's edges for anchors, boundaries and
    /// lookarounds) and NextMatch steps past an empty match as the enumerator does, so the matches are
    /// the same ones, in the same order.
    /// </summary>
    private void MatchBounds(string prose, TextSpan scope, List<RuleMatch> results)
    {
        var text = prose.AsSpan(scope.Start, scope.Length);
        var matches = Pattern.EnumerateMatches(text);
        if (!FirstMove(ref matches, text))
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
        }
        while (matches.MoveNext());
    }

    private ImmutableDictionary<string, TextSpan> Captures(System.Text.RegularExpressions.Match match)
    {
        // Most matches of a pattern with optional groups carry none of them: no builder for those.
        ImmutableDictionary<string, TextSpan>.Builder? captures = null;
        foreach (var name in _groupNames)
        {
            var group = match.Groups[name];
            if (group.Success)
            {
                captures ??= ImmutableDictionary.CreateBuilder<string, TextSpan>();
                captures[name] = new TextSpan(group.Index, group.Length);
            }
        }

        return captures?.ToImmutable() ?? ImmutableDictionary<string, TextSpan>.Empty;
    }

    /// <summary>
    /// The first match, retried once when the very first use of the pattern times out: a generated
    /// regex is JIT-compiled inside its first match, and on a loaded machine that compilation alone
    /// can exceed the timeout. A pattern that is really too slow times out again and is reported.
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
        catch (RegexMatchTimeoutException)
        {
            match = Pattern.Match(prose, scope.Start, scope.Length);
        }

        _warm = true;
        return match;
    }

    /// <summary>The enumerator's first step, with the same single retry as <see cref="FirstMatch"/>.</summary>
    private bool FirstMove(ref Regex.ValueMatchEnumerator matches, ReadOnlySpan<char> text)
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
        catch (RegexMatchTimeoutException)
        {
            matches = Pattern.EnumerateMatches(text);
            found = matches.MoveNext();
        }

        _warm = true;
        return found;
    }
}
