using System.Collections.Immutable;

namespace RulesSdk.Dsl.Syntax;

/// <summary><c>swap ENTRY, ENTRY…</c> or <c>swap from "file"</c>: words and their replacements.</summary>
public sealed record SwapMatcherSyntax(ImmutableArray<SwapEntrySyntax> Entries, string? FromFile, SourcePosition Position) : MatcherSyntax(Position);
