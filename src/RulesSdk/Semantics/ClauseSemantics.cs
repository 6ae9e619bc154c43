using System.Collections.Immutable;
using RulesSdk.Text;

namespace RulesSdk.Semantics;

/// <summary>
/// A clause of a sentence (split at ; : and before que/that, and at coordinated clauses with a
/// subject of their own): who speaks it, in which person, the words that carry that person and,
/// for the narrator in the first person, its stance.
/// </summary>
public sealed record ClauseSemantics(TextSpan Span, Attribution Attribution, GrammaticalPerson Person, ImmutableArray<TextSpan> PersonWords)
{
    public bool IsNarrator => Attribution.IsNarrator;

    public bool IsFirstPerson => Person is GrammaticalPerson.FirstSingular or GrammaticalPerson.FirstPlural;

    /// <summary>For a narrator clause in the first person, which kind of leak it is; <see cref="NarratorStance.None"/> otherwise.</summary>
    public NarratorStance Stance { get; init; }
}
