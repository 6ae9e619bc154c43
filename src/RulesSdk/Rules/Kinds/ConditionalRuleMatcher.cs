using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules.Kinds;

/// <summary>
/// "X requires Y" (Vale's <c>conditional</c>): each match of <c>first</c> needs a match of
/// <c>second</c> in the same scope that defines the same term — an acronym used needs its
/// definition, "Ministry of Health (MoH)". The term is the group named <c>term</c>, else group 1,
/// else the whole match, for both patterns. With <c>definedBefore</c>, the definition must come
/// first. Terms in <c>exceptions</c> never need one. Reports the term, captured as <c>{term}</c>.
/// </summary>
public sealed class ConditionalRuleMatcher : RuleMatcher
{
    public const string TermCapture = "term";

    private readonly Regex _first;
    private readonly Regex _second;
    private readonly FrozenSet<string> _exceptions;
    private readonly bool _definedBefore;

    public ConditionalRuleMatcher(Regex first, Regex second, IEnumerable<string> exceptions, bool definedBefore)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(exceptions);
        _first = first;
        _second = second;
        // Terms are case-sensitive, as acronyms are.
        _exceptions = exceptions.ToFrozenSet(StringComparer.Ordinal);
        _definedBefore = definedBefore;
    }

    public override void Match(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        var prose = syntax.Prose;

        // Each defined term with the position of its first definition.
        var defined = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var match = _second.Match(prose, scope.Start, scope.Length); match.Success; match = match.NextMatch())
        {
            var term = Term(match);
            if (term.Success)
            {
                defined.TryAdd(term.Value, match.Index);
            }
        }

        for (var match = _first.Match(prose, scope.Start, scope.Length); match.Success; match = match.NextMatch())
        {
            var term = Term(match);
            if (!term.Success || term.Length == 0 || _exceptions.Contains(term.Value))
            {
                continue;
            }

            if (defined.TryGetValue(term.Value, out var at) && (!_definedBefore || at <= term.Index))
            {
                continue;
            }

            var span = new TextSpan(term.Index, term.Length);
            results.Add(new RuleMatch(span, scope, ImmutableDictionary<string, TextSpan>.Empty.Add(TermCapture, span)));
        }
    }

    private static Group Term(Match match)
    {
        var named = match.Groups[TermCapture];
        if (named.Success)
        {
            return named;
        }

        return match.Groups.Count > 1 && match.Groups[1].Success ? match.Groups[1] : match;
    }
}
