using RulesSdk.Semantics;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules;

/// <summary>
/// Applies a rule's <c>where</c> clause: document and block conditions hold for the scope, and the
/// clause conditions (voice, person) must hold together for one clause of it. The model is only
/// built when a rule with a <c>where</c> clause runs.
/// </summary>
public static class SemanticFilter
{
    /// <summary>
    /// False when the scope cannot pass: the predicates want a first-person clause (or one in another person
    /// than the third) and no sentence of the scope has a word that could make one. Generated analyzers ask it before their pattern runs, since
    /// the answer is one cached word scan per sentence shared by every rule, and most news sentences
    /// have no first person.
    /// </summary>
    public static bool MightAccept(DocumentSyntax syntax, TextSpan scope, SemanticPredicate[] predicates)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(predicates);
        foreach (var predicate in predicates)
        {
            if (predicate.RequiresFirstPerson)
            {
                return DocumentSemantics.For(syntax).MayHaveFirstPersonClause(scope);
            }
        }

        // The same for a person other than the third: a wider scan (second person, impersonal words).
        foreach (var predicate in predicates)
        {
            if (predicate.RequiresNonThirdPerson)
            {
                return DocumentSemantics.For(syntax).MayHaveNonThirdPersonClause(scope);
            }
        }

        return true;
    }

    /// <summary>True when the scope passes every predicate (for sentence, paragraph, block, line and document scopes).</summary>
    public static bool Accepts(DocumentSyntax syntax, TextSpan scope, SemanticPredicate[] predicates)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(predicates);
        if (predicates.Length == 0)
        {
            return true;
        }

        // The cheap person-word tests before document-wide conditions such as the genre.
        if (!MightAccept(syntax, scope, predicates))
        {
            return false;
        }

        var semantics = DocumentSemantics.For(syntax);
        foreach (var predicate in predicates)
        {
            if (!predicate.IsClauseLevel && !predicate.IsLearned && !predicate.Accepts(semantics, scope.Start))
            {
                return false;
            }
        }

        if (predicates.Any(p => p.IsClauseLevel) && !semantics.GetClauses(scope).Any(c => AcceptsClause(c, predicates)))
        {
            return false;
        }

        return AcceptsLearned(semantics, scope.Start, predicates);
    }

    /// <summary>The spans of the sentence's clauses that pass every predicate (clause scope).</summary>
    public static List<TextSpan> Clauses(SentenceSyntax sentence, SemanticPredicate[] predicates)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(predicates);
        var spans = new List<TextSpan>();
        if (!MightAccept(sentence.Block.Document, sentence.Span, predicates))
        {
            return spans;
        }

        var semantics = DocumentSemantics.For(sentence.Block.Document);
        foreach (var predicate in predicates)
        {
            if (!predicate.IsClauseLevel && !predicate.IsLearned && !predicate.Accepts(semantics, sentence.Span.Start))
            {
                return spans;
            }
        }

        foreach (var clause in semantics.GetClauses(sentence))
        {
            if (AcceptsClause(clause, predicates))
            {
                spans.Add(clause.Span);
            }
        }

        if (spans.Count > 0 && !AcceptsLearned(semantics, sentence.Span.Start, predicates))
        {
            spans.Clear();
        }

        return spans;
    }

    // The learned model is asked last, for scopes every other condition let through: scoring a sentence
    // reads all its words, where the other conditions are answered from cached readings.
    private static bool AcceptsLearned(DocumentSemantics semantics, int position, SemanticPredicate[] predicates)
    {
        foreach (var predicate in predicates)
        {
            if (predicate.IsLearned && !predicate.Accepts(semantics, position))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AcceptsClause(ClauseSemantics clause, SemanticPredicate[] predicates)
    {
        foreach (var predicate in predicates)
        {
            if (predicate.IsClauseLevel && !predicate.Accepts(clause))
            {
                return false;
            }
        }

        return true;
    }
}
