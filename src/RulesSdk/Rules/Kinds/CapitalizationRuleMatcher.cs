using System.Collections.Frozen;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules.Kinds;

/// <summary>
/// Checks the capitalisation of a whole scope, typically a heading (Vale's <c>capitalization</c>).
/// Words are the scope's white-space separated pieces that hold a letter. A word conforms when it
/// follows the style, is an exception (a word or phrase written exactly as listed), or — after an
/// indicator such as ':' — starts with a capital. The scope is reported when the share of conforming
/// words is below <c>threshold</c> (1: every word must conform).
/// </summary>
public sealed class CapitalizationRuleMatcher : RuleMatcher
{
    private static readonly FrozenSet<string> TitleSmallWords = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on", "per", "to", "up", "via", "vs", "vs.", "from", "into", "with", "over"],
        StringComparer.Ordinal);

    private readonly CapitalizationStyle _style;
    private readonly string[][] _exceptions;
    private readonly string[] _indicators;
    private readonly double _threshold;

    public CapitalizationRuleMatcher(CapitalizationStyle style, IEnumerable<string> exceptions, IEnumerable<string> indicators, double threshold)
    {
        ArgumentNullException.ThrowIfNull(exceptions);
        ArgumentNullException.ThrowIfNull(indicators);
        _style = style;
        _exceptions = [.. exceptions.Select(e => e.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(e => e.Length > 0).OrderByDescending(e => e.Length)];
        _indicators = [.. indicators];
        _threshold = threshold;
    }

    public override void Match(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        var span = ScopeText.Trim(syntax.Prose, scope);
        var words = syntax.Prose.Substring(span.Start, span.Length).Split([' ', '\t', '\n', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        var counted = 0;
        var conforming = 0;
        var first = true;
        for (var i = 0; i < words.Length; i++)
        {
            if (!words[i].Any(char.IsLetter))
            {
                continue;
            }

            var exception = ExceptionLength(words, i);
            if (exception > 0)
            {
                counted += exception;
                conforming += exception;
                i += exception - 1;
                first = false;
                continue;
            }

            var afterIndicator = i > 0 && _indicators.Any(indicator => words[i - 1].EndsWith(indicator, StringComparison.Ordinal));
            counted++;
            conforming += Conforms(words[i], first, afterIndicator, i == words.Length - 1) ? 1 : 0;
            first = false;
        }

        if (counted > 0 && (double)conforming / counted < _threshold)
        {
            results.Add(new RuleMatch(span, scope));
        }
    }

    private int ExceptionLength(string[] words, int index)
    {
        foreach (var exception in _exceptions)
        {
            if (index + exception.Length > words.Length)
            {
                continue;
            }

            var all = true;
            for (var j = 0; j < exception.Length && all; j++)
            {
                all = Bare(words[index + j]).Equals(exception[j], StringComparison.Ordinal);
            }

            if (all)
            {
                return exception.Length;
            }
        }

        return 0;
    }

    private bool Conforms(string word, bool first, bool afterIndicator, bool last)
    {
        var bare = Bare(word);
        var letter = bare.FirstOrDefault(char.IsLetter);
        var capitalized = char.IsUpper(letter);
        var allCapitals = bare.Where(char.IsLetter).All(char.IsUpper);
        return _style switch
        {
            CapitalizationStyle.Sentence => first || afterIndicator ? capitalized : bare.Where(char.IsLetter).All(char.IsLower),
            CapitalizationStyle.Title => first || last || afterIndicator || !TitleSmallWords.Contains(bare.ToLowerInvariant())
                ? capitalized
                : !capitalized,
            CapitalizationStyle.Lower => bare.Where(char.IsLetter).All(char.IsLower),
            _ => allCapitals,
        };
    }

    private static string Bare(string word) => word.Trim('"', '\'', '“', '”', '‘', '’', '«', '»', '(', ')', '[', ']', ',', ';', ':', '.', '!', '?', '*', '_', '`');
}
