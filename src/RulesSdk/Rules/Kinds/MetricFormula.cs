using System.Collections.Immutable;
using System.Globalization;

namespace RulesSdk.Rules.Kinds;

/// <summary>
/// An arithmetic formula over text statistics (Vale's <c>metric</c>): numbers, the variables of
/// <see cref="TextStatistics"/>, + - * /, parentheses, unary minus and <c>sqrt(x)</c>. Parsed once;
/// a parse error names the offset and what was expected. Division by zero gives 0 (an empty scope
/// has no readability to report).
/// </summary>
public sealed class MetricFormula
{
    private readonly Func<TextStatistics, double> _evaluate;

    private MetricFormula(string text, Func<TextStatistics, double> evaluate, ImmutableArray<string> variables)
    {
        Text = text;
        _evaluate = evaluate;
        Variables = variables;
    }

    public string Text { get; }

    public ImmutableArray<string> Variables { get; }

    public double Evaluate(TextStatistics statistics) => _evaluate(statistics);

    /// <summary>Parses <paramref name="text"/>; throws <see cref="FormatException"/> with the offset of the problem.</summary>
    public static MetricFormula Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new MetricFormulaParser(text);
        var evaluate = parser.Expression();
        parser.SkipSpaces();
        if (!parser.AtEnd)
        {
            throw parser.Error("an operator or the end of the formula");
        }

        return new MetricFormula(text, evaluate, [.. parser.Variables.Distinct()]);
    }

    public static bool TryParse(string text, out MetricFormula? formula, out string? error)
    {
        try
        {
            formula = Parse(text);
            error = null;
            return true;
        }
        catch (FormatException ex)
        {
            formula = null;
            error = ex.Message;
            return false;
        }
    }
}
