using System.Collections.Immutable;

namespace RulesSdk.Dsl.Syntax;

/// <summary>
/// <c>spelling [dictionary "en", "path"] [accept "word", /regex/, @list] [ignore "words.txt", …] [skip capitalized] [suggestions N]</c>.
/// </summary>
public sealed record SpellingMatcherSyntax(
    ImmutableArray<PhraseItem> Dictionaries,
    ImmutableArray<SpellingAcceptSyntax> Accept,
    ImmutableArray<PhraseItem> IgnoreFiles,
    bool SkipCapitalized,
    int? Suggestions,
    SourcePosition Position) : MatcherSyntax(Position);
