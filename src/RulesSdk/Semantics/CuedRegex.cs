using System.Text.RegularExpressions;
using RulesSdk.Analyzers;

namespace RulesSdk.Semantics;

/// <summary>
/// A pattern of the model with its cues (<see cref="RegexCues"/>): the literals one of which every
/// match contains, searched first in one vectorised scan, so that text without any of them never
/// reaches the pattern.
/// </summary>
internal sealed class CuedRegex(Regex pattern)
{
    private readonly TextPrefilter? _cues = RegexCues.Of(pattern);

    public Regex Pattern { get; } = pattern;

    /// <summary>Whether the pattern has cues at all (without them every text reaches it).</summary>
    public bool HasCues => _cues is not null;

    public bool IsMatch(string text) => MightMatch(text) && Pattern.IsMatch(text);

    /// <summary>False only when no match is possible in <paramref name="text"/>.</summary>
    public bool MightMatch(string text) => RegexCues.MightMatch(_cues, text);
}
