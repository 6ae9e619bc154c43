using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using RulesSdk.Text;

namespace RulesSdk.Analyzers;

/// <summary>
/// Literals at least one of which must occur (ignoring case, and accents when asked) in a text
/// for an action to have a chance of reporting. The driver skips documents and blocks that
/// contain none of them, so most text costs one vectorised scan however many rules there are.
/// </summary>
public sealed class TextPrefilter
{
    private const int ChunkLength = 4096;

    private readonly SearchValues<string> _values;
    private readonly int _longest;

    private TextPrefilter(ImmutableArray<string> literals, bool ignoreAccents)
    {
        Literals = literals;
        IgnoreAccents = ignoreAccents;
        var keys = literals.Select(SearchKey).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        _values = SearchValues.Create(keys, StringComparison.OrdinalIgnoreCase);
        _longest = keys.Max(l => l.Length);
    }

    /// <summary>
    /// What is searched for a literal: the literal, or for one with non-ASCII letters ("regardé") its
    /// longest ASCII run ("regard"). A text holding the literal holds the run, so nothing is hidden,
    /// and a set of ASCII keys is searched vectorised where a single "é" would make the whole set
    /// take the much slower general path.
    /// </summary>
    internal static string SearchKey(string literal)
    {
        if (Ascii.IsValid(literal))
        {
            return literal;
        }

        int bestStart = 0, bestLength = 0;
        for (var i = 0; i < literal.Length;)
        {
            if (!char.IsAscii(literal[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < literal.Length && char.IsAscii(literal[i]))
            {
                i++;
            }

            if (i - start > bestLength)
            {
                (bestStart, bestLength) = (start, i - start);
            }
        }

        return bestLength >= 2 ? literal.Substring(bestStart, bestLength) : literal;
    }

    public ImmutableArray<string> Literals { get; }

    /// <summary>True when literals and text are compared after <see cref="TextFolding"/> (é = e, ’ = ').</summary>
    public bool IgnoreAccents { get; }

    /// <summary>A prefilter over <paramref name="literals"/>; null when there is none (every text may match).</summary>
    public static TextPrefilter? Create(IEnumerable<string> literals, bool ignoreAccents = false)
    {
        ArgumentNullException.ThrowIfNull(literals);
        var distinct = literals
            .Where(l => !string.IsNullOrEmpty(l))
            .Select(l => ignoreAccents ? TextFolding.Fold(l) : l)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToImmutableArray();
        return distinct.IsEmpty ? null : new TextPrefilter(distinct, ignoreAccents);
    }

    public bool MightMatch(ReadOnlySpan<char> text) => IndexOfAny(text) >= 0;

    /// <summary>
    /// Where the first occurrence of a literal's search key starts in <paramref name="text"/>, or -1: no
    /// match of the action is possible in a part of the text that holds no occurrence in full.
    /// </summary>
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
        if (!IgnoreAccents)
        {
            return text.IndexOfAny(_values);
        }

        // Fold in chunks that overlap by the longest literal, so no allocation grows with the text
        // (folding maps one character to one, so positions are kept).
        var buffer = ArrayPool<char>.Shared.Rent(ChunkLength + _longest);
        try
        {
            for (var start = 0; start < text.Length; start += ChunkLength)
            {
                var length = Math.Min(ChunkLength + _longest - 1, text.Length - start);
                var chunk = buffer.AsSpan(0, length);
                for (var i = 0; i < length; i++)
                {
                    chunk[i] = TextFolding.Fold(text[start + i]);
                }

                var found = chunk.IndexOfAny(_values);
                if (found >= 0)
                {
                    return start + found;
                }
            }

            return -1;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    public override string ToString() => string.Join(" | ", Literals);
}
