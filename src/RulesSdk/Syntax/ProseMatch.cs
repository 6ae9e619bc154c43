using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RulesSdk.Text;

namespace RulesSdk.Syntax;

/// <summary>
/// A regex match in a document's prose with its groups, every span a position in the document
/// (prose has the document's offsets), so a span goes straight into a diagnostic or a fix.
/// </summary>
public sealed class ProseMatch
{
    private readonly ImmutableArray<ProseGroup> _groups;

    internal ProseMatch(Match match, Regex regex)
    {
        Span = new TextSpan(match.Index, match.Length);
        Value = match.Value;
        var groups = ImmutableArray.CreateBuilder<ProseGroup>(match.Groups.Count);
        foreach (Group group in match.Groups)
        {
            groups.Add(new ProseGroup(group.Name, group.Success, group.Success ? new TextSpan(group.Index, group.Length) : new TextSpan(match.Index, 0), group.Success ? group.Value : string.Empty));
        }

        _groups = groups.MoveToImmutable();
        Pattern = regex;
    }

    /// <summary>The whole match.</summary>
    public TextSpan Span { get; }

    public string Value { get; }

    /// <summary>Every group, the whole match ("0") first, in the regex's group order.</summary>
    public ImmutableArray<ProseGroup> Groups => _groups;

    /// <summary>The regex that matched.</summary>
    public Regex Pattern { get; }

    /// <summary>The group of that name (or number); throws when the regex has no such group.</summary>
    public ProseGroup this[string name] =>
        TryGetGroup(name, out var group) ? group : throw new KeyNotFoundException($"The pattern has no group '{name}'.");

    public bool TryGetGroup(string name, out ProseGroup group)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var candidate in _groups)
        {
            if (candidate.Name == name)
            {
                group = candidate;
                return true;
            }
        }

        group = default;
        return false;
    }

    public override string ToString() => $"{Span}: {Value}";
}
