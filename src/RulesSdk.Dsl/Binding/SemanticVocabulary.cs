using System.Collections.Immutable;

namespace RulesSdk.Dsl.Binding;

/// <summary>
/// The words of <c>where</c> clauses and semantic matchers, and the C# each value compiles to
/// (a fixed table: no DSL text reaches the generated code).
/// </summary>
internal static class SemanticVocabulary
{
    public static readonly ImmutableDictionary<string, ImmutableDictionary<string, string>> Values =
        new Dictionary<string, ImmutableDictionary<string, string>>
        {
            ["voice"] = Table(("narrator", "SemanticPredicate.Voice(VoiceKind.Narrator"), ("speaker", "SemanticPredicate.Voice(VoiceKind.Speaker")),
            ["person"] = Table(
                ("first", "SemanticPredicate.Person(null"),
                ("first-singular", "SemanticPredicate.Person(GrammaticalPerson.FirstSingular"),
                ("first-plural", "SemanticPredicate.Person(GrammaticalPerson.FirstPlural"),
                ("second", "SemanticPredicate.Person(GrammaticalPerson.Second"),
                ("third", "SemanticPredicate.Person(GrammaticalPerson.Third"),
                ("impersonal", "SemanticPredicate.Person(GrammaticalPerson.Impersonal")),
            ["stance"] = Table(
                ("opinion", "SemanticPredicate.Stance(NarratorStance.Opinion"),
                ("witness", "SemanticPredicate.Stance(NarratorStance.Witness"),
                ("speaker", "SemanticPredicate.Stance(NarratorStance.Speaker"),
                ("framing", "SemanticPredicate.Stance(NarratorStance.Framing"),
                ("assistant", "SemanticPredicate.Stance(NarratorStance.Assistant"),
                ("newsroom", "SemanticPredicate.Stance(NarratorStance.Newsroom"),
                ("account", "SemanticPredicate.Stance(NarratorStance.Account"),
                ("unmarked", "SemanticPredicate.Stance(NarratorStance.Unmarked"),
                ("none", "SemanticPredicate.Stance(NarratorStance.None")),
            ["genre"] = Table(
                ("report", "SemanticPredicate.Genre(DocumentGenre.NewsReport"),
                ("interview", "SemanticPredicate.Genre(DocumentGenre.Interview"),
                ("op-ed", "SemanticPredicate.Genre(DocumentGenre.OpEd"),
                ("speech", "SemanticPredicate.Genre(DocumentGenre.Speech"),
                ("press-release", "SemanticPredicate.Genre(DocumentGenre.PressRelease")),
            ["block"] = Table(
                ("meta", "SemanticPredicate.Block(StructuralRole.Meta"),
                ("title", "SemanticPredicate.Block(StructuralRole.Title"),
                ("before-title", "SemanticPredicate.Block(StructuralRole.BeforeTitle"),
                ("first", "SemanticPredicate.Block(StructuralRole.FirstParagraph"),
                ("last", "SemanticPredicate.Block(StructuralRole.LastParagraph"),
                ("after-content", "SemanticPredicate.Block(StructuralRole.AfterContent"),
                ("spoken", "SemanticPredicate.Block(StructuralRole.Spoken"),
                ("addressed", "SemanticPredicate.Block(StructuralRole.Addressed")),
            ["leak"] = Table(
                ("opinion", "SemanticPredicate.Leak(LeakKind.Opinion"),
                ("lead-in", "SemanticPredicate.Leak(LeakKind.LeadIn"),
                ("witness", "SemanticPredicate.Leak(LeakKind.Witness"),
                ("speaker", "SemanticPredicate.Leak(LeakKind.Speaker"),
                ("assistant", "SemanticPredicate.Leak(LeakKind.Assistant"),
                ("none", "SemanticPredicate.Leak(LeakKind.None")),
            ["source"] = Table(
                ("narration", "SemanticPredicate.Source(AttributionSource.Narration"),
                ("quotation", "SemanticPredicate.Source(AttributionSource.Quotation"),
                ("dialogue-dash", "SemanticPredicate.Source(AttributionSource.DialogueDash"),
                ("block-quote", "SemanticPredicate.Source(AttributionSource.BlockQuote"),
                ("closing-incise", "SemanticPredicate.Source(AttributionSource.ClosingIncise"),
                ("reported-speech", "SemanticPredicate.Source(AttributionSource.ReportedSpeech"),
                ("indirect-speech", "SemanticPredicate.Source(AttributionSource.IndirectSpeech"),
                ("introduced-statement", "SemanticPredicate.Source(AttributionSource.IntroducedStatement"),
                ("interview-answer", "SemanticPredicate.Source(AttributionSource.InterviewAnswer"),
                ("interview-question", "SemanticPredicate.Source(AttributionSource.InterviewQuestion"),
                ("embedded-post", "SemanticPredicate.Source(AttributionSource.EmbeddedPost"),
                ("signed-contribution", "SemanticPredicate.Source(AttributionSource.SignedContribution")),
        }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>The C# expression of a bound predicate.</summary>
    public static string Expression(BoundPredicate predicate) =>
        $"{Values[predicate.Subject][predicate.Value]}, negated: {(predicate.Negated ? "true" : "false")})";

    private static ImmutableDictionary<string, string> Table(params (string Value, string Expression)[] entries) =>
        entries.ToImmutableDictionary(e => e.Value, e => e.Expression, StringComparer.Ordinal);
}
