using RulesSdk.Semantics;

namespace RulesSdk.Rules;

/// <summary>
/// One condition of a rule's <c>where</c> clause over the semantic model ("voice is narrator",
/// "person is first", "stance is opinion", "genre is not op-ed", "block is meta"). Generated analyzers build them with
/// the factories and pass them to <see cref="SemanticFilter"/>.
/// </summary>
public sealed class SemanticPredicate
{
    private readonly Func<ClauseSemantics, bool>? _clause;
    private readonly Func<DocumentGenre, bool>? _genre;
    private readonly StructuralRole _role;
    private readonly LeakKind _leak;

    private SemanticPredicate(SemanticPredicateKind kind, bool negated, Func<ClauseSemantics, bool>? clause, Func<DocumentGenre, bool>? genre, StructuralRole role, bool requiresFirstPerson = false, LeakKind leak = LeakKind.None, bool requiresNonThirdPerson = false)
    {
        RequiresNonThirdPerson = requiresNonThirdPerson;
        _leak = leak;
        Kind = kind;
        Negated = negated;
        _clause = clause;
        _genre = genre;
        _role = role;
        RequiresFirstPerson = requiresFirstPerson;
    }

    public SemanticPredicateKind Kind { get; }

    public bool Negated { get; }

    /// <summary>
    /// Whether a clause passes only in the first person ("person is first", "person is first-singular",
    /// "stance is opinion": only the narrator's first-person clauses have a stance).
    /// </summary>
    public bool RequiresFirstPerson { get; }

    /// <summary>Whether a clause passes only in another person than the third ("person is not third", "person is second", "person is impersonal").</summary>
    public bool RequiresNonThirdPerson { get; }

    public bool IsClauseLevel => Kind is SemanticPredicateKind.Voice or SemanticPredicateKind.Person or SemanticPredicateKind.Stance or SemanticPredicateKind.Source;

    /// <summary>Whether the predicate asks the learned sentence model (<see cref="LeakModel"/>), the costliest question: asked last.</summary>
    public bool IsLearned => Kind == SemanticPredicateKind.Leak;

    public static SemanticPredicate Voice(VoiceKind voice, bool negated = false) =>
        new(SemanticPredicateKind.Voice, negated, c => c.Attribution.Voice == voice, null, StructuralRole.None);

    /// <summary>
    /// How the clause reaches its speaker ("source is closing-incise": unquoted words closed by "…, a déclaré X";
    /// "source is narration": the narrator's own).
    /// </summary>
    public static SemanticPredicate Source(AttributionSource source, bool negated = false) =>
        new(SemanticPredicateKind.Source, negated, c => c.Attribution.Source == source, null, StructuralRole.None);

    /// <summary><paramref name="person"/> null means first person, singular or plural.</summary>
    public static SemanticPredicate Person(GrammaticalPerson? person, bool negated = false) =>
        new(SemanticPredicateKind.Person, negated, person is { } p ? c => c.Person == p : c => c.IsFirstPerson, null, StructuralRole.None,
            requiresFirstPerson: !negated && (person is null or GrammaticalPerson.FirstSingular or GrammaticalPerson.FirstPlural),
            requiresNonThirdPerson: negated ? person == GrammaticalPerson.Third : person is GrammaticalPerson.Second or GrammaticalPerson.Impersonal);

    /// <summary>The kind of a narrator's first-person clause; every other clause has <see cref="NarratorStance.None"/>.</summary>
    public static SemanticPredicate Stance(NarratorStance stance, bool negated = false) =>
        new(SemanticPredicateKind.Stance, negated, c => c.Stance == stance, null, StructuralRole.None,
            requiresFirstPerson: !negated && stance != NarratorStance.None);

    public static SemanticPredicate Genre(DocumentGenre genre, bool negated = false) =>
        new(SemanticPredicateKind.Genre, negated, null, g => g == genre, StructuralRole.None);

    public static SemanticPredicate Block(StructuralRole role, bool negated = false) =>
        new(SemanticPredicateKind.Block, negated, null, null, role);

    /// <summary>
    /// What the learned sentence model (<see cref="LeakModel"/>) predicts for the sentence at the scope's start:
    /// "leak is opinion" holds when the model's most probable leak kind is an opinion and its probability
    /// reaches the threshold the trainer chose for precision.
    /// </summary>
    public static SemanticPredicate Leak(LeakKind leak, bool negated = false) =>
        new(SemanticPredicateKind.Leak, negated, null, null, StructuralRole.None, leak: leak);

    public bool Accepts(ClauseSemantics clause) => _clause!(clause) != Negated;

    public bool Accepts(DocumentSemantics semantics, int position)
    {
        if (Kind == SemanticPredicateKind.Genre)
        {
            return _genre!(semantics.Genre) != Negated;
        }

        var block = semantics.Syntax.FindBlock(position);
        if (Kind == SemanticPredicateKind.Leak)
        {
            var sentence = block is null ? null : DocumentSemantics.SentenceAt(block, position);
            return (sentence is not null && semantics.LeakOf(sentence).Kind == _leak) != Negated;
        }

        // "block is meta" and "block is spoken" need that block only, not the roles of the whole document;
        // "block is addressed" a count of the document's second-person sentences, made once.
        var holds = block is not null && _role switch
        {
            StructuralRole.Meta => semantics.IsMetaBlock(block),
            StructuralRole.Spoken => semantics.IsSpokenBlock(block),
            StructuralRole.Addressed => semantics.AddressesItsReader,
            _ => (semantics.PlacementOf(block) & _role) != 0,
        };
        return holds != Negated;
    }
}
