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
        // Matching the document-wide prose string keeps positions without copying the scope.
        var match = FirstMatch(syntax.Prose, scope);
        while (match.Success)
        {
            RuleBudget.Check(match.Index);
            if (match.Length > 0)
            {
                var captures = ImmutableDictionary.CreateBuilder<string, TextSpan>();
                foreach (var name in _groupNames)
                {
                    var group = match.Groups[name];
                    if (group.Success)
                    {
                        captures[name] = new TextSpan(group.Index, group.Length);
                    }
                }

                results.Add(new RuleMatch(new TextSpan(match.Index, match.Length), scope, captures.ToImmutable()));
            }

            match = match.NextMatch();
        }
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
}
