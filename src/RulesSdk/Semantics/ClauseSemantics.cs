using System.Collections.Immutable;
using RulesSdk.Text;

namespace RulesSdk.Semantics;

/// <summary>
/// A clause of a sentence (split at ; : and before que/that, and at coordinated clauses with a
/// subject of their own): who speaks it, in which person, and the words that carry that person.
/// </summary>
public sealed record ClauseSemantics(TextSpan Span, Attribution Attribution, GrammaticalPerson Person, ImmutableArray<TextSpan> PersonWords)
{
    public bool IsNarrator => Attribution.IsNarrator;

    public bool IsFirstPerson => Person is GrammaticalPerson.FirstSingular or GrammaticalPerson.FirstPlural;
}
