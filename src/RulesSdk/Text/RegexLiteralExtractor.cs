using System.Collections.Immutable;
using System.Text;

namespace RulesSdk.Text;

/// <summary>
/// Walks a .NET regex and returns a set of literals at least one of which every match contains:
/// a sequence contributes its strongest required run, an alternation the union of its branches,
/// a group what its content requires. Optional parts, classes and lookarounds require nothing.
/// Null when nothing can be proven, so a prefilter built from the set never hides a match.
/// </summary>
internal sealed class RegexLiteralExtractor
{
    private const int MaxLiterals = 200;

    // Groups nest by recursion here; deeper patterns give no literals (the DSL's binder refuses them, DSL0040, at the same depth).
    private const int MaxDepth = 100;
    private int _depth;
    private readonly string _pattern;
    private readonly bool _ignoreWhitespace;
    private int _position;

    private RegexLiteralExtractor(string pattern, bool ignoreWhitespace)
    {
        _pattern = pattern;
        _ignoreWhitespace = ignoreWhitespace;
    }

    /// <param name="ignoreWhitespace">The pattern is in x mode: unescaped white space is insignificant and # starts a comment.</param>
    public static ImmutableArray<string>? Extract(string pattern, bool ignoreWhitespace)
    {
        var extractor = new RegexLiteralExtractor(pattern, ignoreWhitespace);
        try
        {
            var result = extractor.Alternation();
            return extractor._position == pattern.Length && result is { Count: > 0 and <= MaxLiterals } ? [.. result] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private HashSet<string>? Alternation()
    {
        var union = Sequence();
        while (_position < _pattern.Length && _pattern[_position] == '|')
        {
            _position++;
            var branch = Sequence();
            if (union is null || branch is null)
            {
                union = null;
                SkipRestOfAlternation();
                return null;
            }

            union.UnionWith(branch);
        }

        return union;
    }

    private void SkipRestOfAlternation()
    {
        while (_position < _pattern.Length && _pattern[_position] == '|')
        {
            _position++;
            Sequence();
        }
    }

    private HashSet<string>? Sequence()
    {
        HashSet<string>? best = null;
        var run = new StringBuilder();

        void Flush()
        {
            if (run.Length >= 2)
            {
                best = Better(best, [run.ToString()]);
            }

            run.Clear();
        }

        while (_position < _pattern.Length && _pattern[_position] is not ('|' or ')'))
        {
            var c = _pattern[_position];
            switch (c)
            {
                case '(':
                    Flush();
                    var group = Group();
                    if (Quantifier().Min > 0)
                    {
                        best = Better(best, group);
                    }

                    continue;
                case '[':
                    Flush();
                    SkipClass();
                    Quantifier();
                    continue;
                case '.' or '^' or '$':
                    Flush();
                    _position++;
                    Quantifier();
                    continue;
                case '\\':
                    var literal = Escape();
                    if (literal is null)
                    {
                        Flush();
                        Quantifier();
                        continue;
                    }

                    if (char.IsWhiteSpace(literal.Value))
                    {
                        Flush();
                        Quantifier();
                        continue;
                    }

                    AppendLiteral(run, literal.Value, Flush);
                    continue;
                case '*' or '+' or '?' or '{':
                    throw new FormatException("quantifier without an element");
                case '#' when _ignoreWhitespace:
                    var newline = _pattern.IndexOf('\n', _position);
                    _position = newline < 0 ? _pattern.Length : newline + 1;
                    continue;
                case var space when _ignoreWhitespace && char.IsWhiteSpace(space):
                    // Insignificant in x mode: neither a literal nor a break in the run.
                    _position++;
                    continue;
                case var space when char.IsWhiteSpace(space):
                    // White space ends a run: the driver may test raw text where the prose has a
                    // masked character (code, markup) in its place.
                    _position++;
                    Flush();
                    Quantifier();
                    continue;
                default:
                    _position++;
                    AppendLiteral(run, c, Flush);
                    continue;
            }
        }

        Flush();
        return best;
    }

    private void AppendLiteral(StringBuilder run, char c, Action flush)
    {
        var (min, present) = Quantifier();
        if (!present)
        {
            // No quantifier: the character simply extends the run.
            run.Append(c);
            return;
        }

        if (min >= 1)
        {
            // "ab+" requires "ab"; what follows may repeat b, so the run ends here.
            run.Append(c);
        }

        flush();
    }

    private HashSet<string>? Group()
    {
        _position++; // (
        if (++_depth > MaxDepth)
        {
            throw new FormatException("groups nested too deep");
        }

        try
        {
            return GroupBody();
        }
        finally
        {
            _depth--;
        }
    }

    private HashSet<string>? GroupBody()
    {
        var lookaround = false;
        if (Peek('?'))
        {
            _position++;
            if (Peek(':') || Peek('>'))
            {
                _position++;
            }
            else if (Peek('=') || Peek('!'))
            {
                _position++;
                lookaround = true;
            }
            else if (Peek('<') && _position + 1 < _pattern.Length && _pattern[_position + 1] is '=' or '!')
            {
                _position += 2;
                lookaround = true;
            }
            else if (Peek('<') || Peek('\''))
            {
                var close = Peek('<') ? '>' : '\'';
                var end = _pattern.IndexOf(close, _position + 1);
                _position = end < 0 ? throw new FormatException("unterminated group name") : end + 1;
            }
            else
            {
                // Inline options: (?i) applies to what follows and matches nothing; (?i:...) is a group.
                // A change of x mode inside the pattern changes how the rest reads: give up.
                var optionsStart = _position;
                while (_position < _pattern.Length && (char.IsLetter(_pattern[_position]) || _pattern[_position] == '-'))
                {
                    _position++;
                }

                if (_pattern.AsSpan(optionsStart, _position - optionsStart).Contains('x') && !(optionsStart == 2 && _ignoreWhitespace))
                {
                    throw new FormatException("x mode changes inside the pattern");
                }

                if (Peek(')'))
                {
                    _position++;
                    return null;
                }

                if (!Peek(':'))
                {
                    throw new FormatException("unsupported group");
                }

                _position++;
            }
        }

        var inner = Alternation();
        if (!Peek(')'))
        {
            throw new FormatException("unterminated group");
        }

        _position++;
        return lookaround ? null : inner;
    }

    private char? Escape()
    {
        _position++; // backslash
        if (_position >= _pattern.Length)
        {
            throw new FormatException("trailing backslash");
        }

        var c = _pattern[_position++];
        switch (c)
        {
            case 'p' or 'P' when Peek('{'):
            case 'k' when Peek('<') || Peek('\''):
                var close = Peek('{') ? '}' : Peek('<') ? '>' : '\'';
                var end = _pattern.IndexOf(close, _position);
                _position = end < 0 ? _pattern.Length : end + 1;
                return null;
            case 'u':
                _position = Math.Min(_pattern.Length, _position + 4);
                return null;
            case 'x':
                _position = Math.Min(_pattern.Length, _position + 2);
                return null;
            case 'c':
                _position = Math.Min(_pattern.Length, _position + 1);
                return null;
            case 't':
                return '\t';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            default:
                // \b \B \A \z \Z \G, classes (\s \d \w), back-references and octal: not literals.
                return char.IsLetterOrDigit(c) ? null : c;
        }
    }

    private void SkipClass()
    {
        _position++; // [
        if (Peek('^'))
        {
            _position++;
        }

        if (Peek(']'))
        {
            _position++;
        }

        while (_position < _pattern.Length && _pattern[_position] != ']')
        {
            if (_pattern[_position] == '\\')
            {
                _position++;
            }
            else if (_pattern[_position] == '[' && _position + 1 < _pattern.Length && _pattern[_position + 1] == ':')
            {
                var end = _pattern.IndexOf(":]", _position + 2, StringComparison.Ordinal);
                _position = end < 0 ? _position : end + 1;
            }

            _position++;
        }

        if (_position >= _pattern.Length)
        {
            throw new FormatException("unterminated class");
        }

        _position++; // ]
    }

    /// <summary>Consumes a quantifier, if any, and returns its minimum (1 without one).</summary>
    private (int Min, bool Present) Quantifier()
    {
        if (_position >= _pattern.Length)
        {
            return (1, false);
        }

        int min;
        switch (_pattern[_position])
        {
            case '?' or '*':
                min = 0;
                _position++;
                break;
            case '+':
                min = 1;
                _position++;
                break;
            case '{':
                var end = _pattern.IndexOf('}', _position);
                var body = end < 0 ? null : _pattern[(_position + 1)..end];
                var first = body?.Split(',')[0];
                if (first is null || !int.TryParse(first, out min))
                {
                    // Not a quantifier: a literal brace.
                    return (1, false);
                }

                _position = end + 1;
                break;
            default:
                return (1, false);
        }

        // Lazy or possessive suffix.
        if (_position < _pattern.Length && _pattern[_position] is '?' or '+')
        {
            _position++;
        }

        return (min, true);
    }

    private bool Peek(char c) => _position < _pattern.Length && _pattern[_position] == c;

    private static HashSet<string>? Better(HashSet<string>? current, HashSet<string>? candidate)
    {
        if (candidate is null || candidate.Count == 0)
        {
            return current;
        }

        if (current is null)
        {
            return candidate;
        }

        // Fewer chances of a false "might match": the set whose least selective literal is the most
        // selective wins (length, with the frequent words of news prose counting as one); then the
        // set with fewer frequent words, the longer shortest literal, the fewer literals.
        return Rank(candidate).CompareTo(Rank(current)) > 0 ? candidate : current;
    }

    private static (int Selectivity, int Rare, int Shortest, int Fewer) Rank(HashSet<string> literals)
    {
        var selectivity = literals.Min(FrequentWords.Selectivity);
        var frequent = literals.Count(l => FrequentWords.Selectivity(l) == 1 && l.Length > 1);
        return (selectivity, -frequent, literals.Min(l => l.Length), -literals.Count);
    }
}
