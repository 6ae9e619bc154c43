using System.Collections.Immutable;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules;

/// <summary>The tokens being matched and the captures made so far (undone on backtracking).</summary>
public sealed class TokenMatchState(ImmutableArray<SyntaxToken> tokens)
{
    public ImmutableArray<SyntaxToken> Tokens { get; } = tokens;

    internal Dictionary<string, TextSpan> Captures { get; } = new(StringComparer.Ordinal);

    /// <summary>Bounds the work of one match attempt, so a pathological pattern cannot run away.</summary>
    internal int Budget { get; set; } = 100_000;
}
