using System.Collections.Immutable;

namespace RulesSdk.Dsl.Binding;

/// <summary>
/// A spelling check: dictionaries as bundled names or full .aff/.dic paths, the accepted words
/// (inline, from lists and from ignore files) and patterns. No prefilter: any word may be misspelled.
/// </summary>
public sealed record BoundSpellingMatcher(
    ImmutableArray<string> Dictionaries,
    ImmutableArray<string> AcceptedWords,
    ImmutableArray<BoundRegexMatcher> AcceptedPatterns,
    bool SkipCapitalized,
    int MaxSuggestions,
    bool SplitWords = false)
    : BoundMatcher(SplitWords ? ["word", "joined"] : ["word", "suggestion", "suggestions"], []);
