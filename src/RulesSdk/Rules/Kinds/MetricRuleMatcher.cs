using System.Collections.Immutable;
using System.Globalization;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules.Kinds;

/// <summary>
/// A readability formula over the sentences of a scope compared with a threshold (Vale's
/// <c>metric</c>): reported once, on the scope's first line, when <c>score OP threshold</c> holds;
/// <c>{score}</c> holds the score with two decimals. The formula and the syllable counts follow the
/// document's language (French or English).
/// </summary>
public sealed class MetricRuleMatcher(MetricFormula english, MetricFormula french, string comparison, double threshold) : RuleMatcher
{
    public const string ScoreValue = "score";

    public override void Match(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        var sentences = syntax.GetSentences().Where(s => scope.Contains(s.Span));
        var isFrench = syntax.Language.StartsWith("fr", StringComparison.OrdinalIgnoreCase);
        var statistics = TextStatistics.Compute(sentences, syntax.Language);
        if (statistics.Words == 0)
        {
            return;
        }

        var score = (isFrench ? french : english).Evaluate(statistics);
        var holds = comparison switch
        {
            ">" => score > threshold,
            ">=" => score >= threshold,
            "<" => score < threshold,
            "<=" => score <= threshold,
            "==" => Math.Abs(score - threshold) < 1e-9,
            _ => Math.Abs(score - threshold) >= 1e-9,
        };
        if (!holds)
        {
            return;
        }

        var trimmed = ScopeText.Trim(syntax.Prose, scope);
        var lineEnd = syntax.Prose.IndexOf('\n', trimmed.Start, trimmed.Length);
        var span = lineEnd < 0 ? trimmed : TextSpan.FromBounds(trimmed.Start, lineEnd);
        var formatted = score.ToString("0.##", CultureInfo.InvariantCulture);
        results.Add(new RuleMatch(ScopeText.Trim(syntax.Prose, span), scope, values: ImmutableDictionary<string, string>.Empty.Add(ScoreValue, formatted)));
    }
}
