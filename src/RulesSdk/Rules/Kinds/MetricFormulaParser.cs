using System.Globalization;

namespace RulesSdk.Rules.Kinds;

/// <summary>A recursive-descent parser of <see cref="MetricFormula"/> text into an evaluator.</summary>
internal sealed class MetricFormulaParser(string text)
{
    private int _position;

    public List<string> Variables { get; } = [];

    public bool AtEnd => _position >= text.Length;

    public void SkipSpaces()
    {
        while (_position < text.Length && char.IsWhiteSpace(text[_position]))
        {
            _position++;
        }
    }

    public FormatException Error(string expected) =>
        new($"formula '{text}': expected {expected} at offset {_position}{(AtEnd ? " (end of formula)" : $", found '{text[_position]}'")}");

    public Func<TextStatistics, double> Expression()
    {
        var left = Term();
        while (true)
        {
            SkipSpaces();
            if (Accept('+'))
            {
                var (l, r) = (left, Term());
                left = s => l(s) + r(s);
            }
            else if (Accept('-'))
            {
                var (l, r) = (left, Term());
                left = s => l(s) - r(s);
            }
            else
            {
                return left;
            }
        }
    }

    private Func<TextStatistics, double> Term()
    {
        var left = Factor();
        while (true)
        {
            SkipSpaces();
            if (Accept('*'))
            {
                var (l, r) = (left, Factor());
                left = s => l(s) * r(s);
            }
            else if (Accept('/'))
            {
                var (l, r) = (left, Factor());
                left = s => r(s) is var d && d == 0 ? 0 : l(s) / d;
            }
            else
            {
                return left;
            }
        }
    }

    private Func<TextStatistics, double> Factor()
    {
        SkipSpaces();
        if (Accept('-'))
        {
            var inner = Factor();
            return s => -inner(s);
        }

        if (Accept('('))
        {
            var inner = Expression();
            SkipSpaces();
            return Accept(')') ? inner : throw Error("')'");
        }

        var start = _position;
        if (!AtEnd && (char.IsDigit(text[_position]) || text[_position] == '.'))
        {
            while (!AtEnd && (char.IsDigit(text[_position]) || text[_position] == '.'))
            {
                _position++;
            }

            if (!double.TryParse(text.AsSpan(start, _position - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                _position = start;
                throw Error("a number");
            }

            return _ => number;
        }

        while (!AtEnd && (char.IsAsciiLetter(text[_position]) || text[_position] == '_'))
        {
            _position++;
        }

        var name = text[start.._position];
        if (name.Length == 0)
        {
            throw Error("a number, a variable, '(' or sqrt(…)");
        }

        if (name == "sqrt")
        {
            SkipSpaces();
            if (!Accept('('))
            {
                throw Error("'(' after sqrt");
            }

            var inner = Expression();
            SkipSpaces();
            return Accept(')') ? s => Math.Sqrt(Math.Max(0, inner(s))) : throw Error("')'");
        }

        if (!TextStatistics.VariableNames.Contains(name))
        {
            _position = start;
            throw Error($"a variable ({string.Join(", ", TextStatistics.VariableNames)})");
        }

        Variables.Add(name);
        return s => s.Get(name);
    }

    private bool Accept(char c)
    {
        if (!AtEnd && text[_position] == c)
        {
            _position++;
            return true;
        }

        return false;
    }
}
