using System.Collections.Immutable;

namespace RulesSdk.Semantics;

/// <summary>The document's genre and the cues that decided it ("title starts with 'Opinion:'", "4 question paragraphs").</summary>
public sealed record GenreAssessment(DocumentGenre Genre, ImmutableArray<string> Cues);
