using System.Buffers;
using System.Collections.Immutable;
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
        _values = SearchValues.Create(literals.AsSpan(), StringComparison.OrdinalIgnoreCase);
        _longest = literals.Max(l => l.Length);
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

    public bool MightMatch(ReadOnlySpan<char> text)
    {
        if (!IgnoreAccents)
        {
            return text.IndexOfAny(_values) >= 0;
        }

        // Fold in chunks that overlap by the longest literal, so no allocation grows with the text.
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

                if (chunk.IndexOfAny(_values) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    public override string ToString() => string.Join(" | ", Literals);
}
