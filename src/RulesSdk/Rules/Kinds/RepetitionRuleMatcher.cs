using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules.Kinds;

/// <summary>
/// The same token twice in a row, "the the" (Vale's <c>repetition</c>): two consecutive matches of
/// the token pattern, equal ignoring case, with only white space between them — not code: words on
/// either side of `code` are not adjacent. With <c>alphanumericOnly</c>, tokens holding anything but
/// letters and digits ("//") never count. The report covers both; <c>{word}</c> captures the repeated one.
/// </summary>
public sealed class RepetitionRuleMatcher(Regex token, bool alphanumericOnly = false) : RuleMatcher
{
    public const string WordCapture = "word";

    public override void Match(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        var prose = syntax.Prose;
        Match? previous = null;
        for (var match = token.Match(prose, scope.Start, scope.Length); match.Success; match = match.NextMatch())
        {
            if (match.Length == 0 || (alphanumericOnly && !IsAlphanumeric(match.ValueSpan)))
            {
                previous = null;
                continue;
            }

            if (previous is not null &&
                prose.AsSpan(previous.Index + previous.Length, match.Index - previous.Index - previous.Length).IsWhiteSpace() &&
                !HasCode(syntax, TextSpan.FromBounds(previous.Index + previous.Length, match.Index)) &&
                previous.ValueSpan.Equals(match.ValueSpan, StringComparison.OrdinalIgnoreCase))
            {
                var span = TextSpan.FromBounds(previous.Index, match.Index + match.Length);
                results.Add(new RuleMatch(span, scope, ImmutableDictionary<string, TextSpan>.Empty.Add(WordCapture, new TextSpan(match.Index, match.Length))));
                previous = null;
                continue;
            }

            previous = match;
        }
    }

    private static bool IsAlphanumeric(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasCode(DocumentSyntax syntax, TextSpan gap)
    {
        foreach (var code in syntax.CodeSpans)
        {
            if (code.Start < gap.End && gap.Start < code.End)
            {
                return true;
            }
        }

        return false;
    }
}
