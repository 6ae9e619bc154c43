using System.Buffers;
using System.Collections.Immutable;

namespace RulesSdk.Analyzers;

/// <summary>
/// Literals at least one of which must occur (ignoring case) in a text for an action to have a
/// chance of reporting. The driver skips documents and blocks that contain none of them, so most
/// text costs one vectorised scan however many rules there are.
/// </summary>
public sealed class TextPrefilter
{
    private readonly SearchValues<string> _values;

    private TextPrefilter(ImmutableArray<string> literals)
    {
        Literals = literals;
        _values = SearchValues.Create(literals.AsSpan(), StringComparison.OrdinalIgnoreCase);
    }

    public ImmutableArray<string> Literals { get; }

    /// <summary>A prefilter over <paramref name="literals"/>; null when there is none (every text may match).</summary>
    public static TextPrefilter? Create(IEnumerable<string> literals)
    {
        ArgumentNullException.ThrowIfNull(literals);
        var distinct = literals.Where(l => !string.IsNullOrEmpty(l)).Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray();
        return distinct.IsEmpty ? null : new TextPrefilter(distinct);
    }

    public bool MightMatch(ReadOnlySpan<char> text) => text.IndexOfAny(_values) >= 0;

    public override string ToString() => string.Join(" | ", Literals);
}
