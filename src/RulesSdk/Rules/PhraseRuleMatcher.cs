using System.Collections.Immutable;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules;

/// <summary>
/// Phrases matched ignoring case and accents (and ’ versus '), on word boundaries. The longest
/// phrase wins at a position; matches do not overlap.
/// </summary>
public sealed class PhraseRuleMatcher : RuleMatcher
{
    private readonly ImmutableArray<string> _folded;

    public PhraseRuleMatcher(IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        _folded = [.. phrases.Where(p => p.Length > 0).Select(p => TextFolding.Fold(p)).Distinct().OrderByDescending(p => p.Length)];
    }

    public ImmutableArray<string> FoldedPhrases => _folded;

    public override void Match(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        var folded = TextFolding.Fold(syntax.Prose.AsSpan(scope.Start, scope.Length));
        var position = 0;
        while (position < folded.Length)
        {
            var best = -1;
            var bestLength = 0;
            foreach (var phrase in _folded)
            {
                var index = folded.AsSpan(position).IndexOf(phrase, StringComparison.Ordinal);
                while (index >= 0)
                {
                    var start = position + index;
                    if (IsWordBoundary(folded, start - 1, start) && IsWordBoundary(folded, start + phrase.Length - 1, start + phrase.Length))
                    {
                        if (best < 0 || start < best || (start == best && phrase.Length > bestLength))
                        {
                            best = start;
                            bestLength = phrase.Length;
                        }

                        break;
                    }

                    var next = folded.AsSpan(start + 1).IndexOf(phrase, StringComparison.Ordinal);
                    index = next < 0 ? -1 : start + 1 + next - position;
                }
            }

            if (best < 0)
            {
                return;
            }

            var span = new TextSpan(scope.Start + best, bestLength);
            results.Add(new RuleMatch(span, scope));
            position = best + bestLength;
        }
    }

    private static bool IsWordBoundary(string text, int before, int after)
    {
        // A boundary unless letters or digits sit on both sides.
        if (before < 0 || after >= text.Length)
        {
            return true;
        }

        return !(char.IsLetterOrDigit(text[before]) && char.IsLetterOrDigit(text[after]));
    }
}
