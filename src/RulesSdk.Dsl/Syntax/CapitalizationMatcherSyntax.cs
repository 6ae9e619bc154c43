using System.Collections.Immutable;

namespace RulesSdk.Dsl.Syntax;

/// <summary><c>capitalization sentence|title|lower|upper [except @list] [indicators "…"…] [threshold 0.8]</c>.</summary>
public sealed record CapitalizationMatcherSyntax(string Style, PhraseItem? Except, ImmutableArray<string> Indicators, string? Threshold, SourcePosition Position) : MatcherSyntax(Position);
