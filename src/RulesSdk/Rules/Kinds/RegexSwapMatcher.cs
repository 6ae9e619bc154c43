using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules.Kinds;

/// <summary>
/// A substitution list whose entries are regular expressions (Vale's <c>substitution</c>): one
/// alternation with a group <c>swapN</c> per entry tells which entry matched. A match that already
/// reads as its replacement (ignoring case) is not reported.
/// </summary>
public sealed class RegexSwapMatcher : RuleMatcher
{
    private readonly Regex _pattern;
    private readonly string[] _written;
    private readonly string[] _replacements;
    private readonly int[] _groupNumbers;

    /// <param name="pattern">An alternation with one group named <c>swap0</c>, <c>swap1</c>… per entry.</param>
    /// <param name="written">Each entry's pattern as written (for case adaptation).</param>
    /// <param name="replacements">Each entry's replacement, in the same order.</param>
    public RegexSwapMatcher(Regex pattern, string[] written, string[] replacements)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(written);
        ArgumentNullException.ThrowIfNull(replacements);
        _pattern = pattern;
        _written = written;
        _replacements = replacements;
        _groupNumbers = [.. Enumerable.Range(0, replacements.Length).Select(i => pattern.GroupNumberFromName(GroupName(i)))];
        if (_groupNumbers.Any(n => n < 0))
        {
            throw new ArgumentException("The pattern lacks a swapN group for every replacement.", nameof(pattern));
        }
    }

    public static string GroupName(int index) => "swap" + index.ToString(CultureInfo.InvariantCulture);

    public override void Match(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        var match = _pattern.Match(syntax.Prose, scope.Start, scope.Length);
        while (match.Success)
        {
            var entry = Array.FindIndex(_groupNumbers, n => match.Groups[n].Success);
            if (match.Length > 0 && entry >= 0 && !match.ValueSpan.Equals(_replacements[entry], StringComparison.OrdinalIgnoreCase))
            {
                var replacement = CaseAdapter.Adapt(match.ValueSpan, _written[entry], _replacements[entry]);
                results.Add(new RuleMatch(new TextSpan(match.Index, match.Length), scope, values: ImmutableDictionary<string, string>.Empty.Add(SwapRuleMatcher.ReplacementValue, replacement)));
            }

            match = match.NextMatch();
        }
    }
}
