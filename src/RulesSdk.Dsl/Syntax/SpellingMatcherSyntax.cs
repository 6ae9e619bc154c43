using System.Collections.Immutable;

namespace RulesSdk.Dsl.Syntax;

/// <summary>
/// <c>spelling [dictionary "en", "path"] [accept "word", /regex/, @list] [ignore "words.txt", …] [skip capitalized] [suggestions N] [split words]</c>.
/// With <c>split words</c> it reports words cut in two instead of misspelt words.
/// </summary>
public sealed record SpellingMatcherSyntax(
    ImmutableArray<PhraseItem> Dictionaries,
    ImmutableArray<SpellingAcceptSyntax> Accept,
    ImmutableArray<PhraseItem> IgnoreFiles,
    bool SkipCapitalized,
    int? Suggestions,
    bool SplitWords,
    SourcePosition Position) : MatcherSyntax(Position);
