namespace RulesSdk.Spelling;

/// <summary>
/// An affix condition (<c>.</c>, <c>[^aeiou]y</c>, <c>[^sxz]</c>): a sequence of single characters,
/// any-character dots and bracket sets, checked at the end of the stem for a suffix, at its start for
/// a prefix. Parsed by hand: five thousand regexes would cost a large share of the load time.
/// </summary>
internal sealed class AffixCondition
{
    public static readonly AffixCondition Any = new([]);

    private readonly Element[] _elements;

    private AffixCondition(Element[] elements) => _elements = elements;

    public int Length => _elements.Length;

    /// <summary>Null when <paramref name="text"/> is not a condition (an unclosed bracket).</summary>
    public static AffixCondition? Parse(string text)
    {
        if (text == ".")
        {
            return Any;
        }

        var elements = new List<Element>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '[')
            {
                var close = text.IndexOf(']', i + 1);
                if (close < 0)
                {
                    return null;
                }

                var negated = close > i + 1 && text[i + 1] == '^';
                var set = text[(i + (negated ? 2 : 1))..close];
                elements.Add(new Element(set, negated));
                i = close;
            }
            else if (text[i] == ']')
            {
                return null;
            }
            else
            {
                elements.Add(text[i] == '.' ? new Element(null, false) : new Element(text[i].ToString(), false));
            }
        }

        return new AffixCondition([.. elements]);
    }

    /// <summary>True when the condition holds at the end of <paramref name="stem"/>.</summary>
    public bool MatchesEnd(ReadOnlySpan<char> stem)
    {
        if (stem.Length < _elements.Length)
        {
            return false;
        }

        var offset = stem.Length - _elements.Length;
        for (var i = 0; i < _elements.Length; i++)
        {
            if (!_elements[i].Matches(stem[offset + i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the condition holds at the start of <paramref name="stem"/>.</summary>
    public bool MatchesStart(ReadOnlySpan<char> stem)
    {
        if (stem.Length < _elements.Length)
        {
            return false;
        }

        for (var i = 0; i < _elements.Length; i++)
        {
            if (!_elements[i].Matches(stem[i]))
            {
                return false;
            }
        }

        return true;
    }

    private readonly record struct Element(string? Set, bool Negated)
    {
        public bool Matches(char c) => Set is null || Set.Contains(c) != Negated;
    }
}
