using System.Collections.Immutable;
using RulesSdk.Dsl.Syntax;

namespace RulesSdk.Dsl.Binding;

/// <summary>Binding of <c>where</c> clauses (the semantic model's conditions).</summary>
internal sealed partial class Binder
{
    private ImmutableArray<BoundPredicate> BindWhere(RuleDeclaration rule)
    {
        var clauses = rule.Clauses.OfType<WhereClause>().ToList();
        if (clauses.Count > 1)
        {
            Error("DSL0015", $"'where' is given twice in rule {rule.Id}; join conditions with 'and'", clauses[1].Position);
        }

        if (clauses.Count == 0)
        {
            return [];
        }

        var bound = ImmutableArray.CreateBuilder<BoundPredicate>();
        var seen = new Dictionary<string, SemanticPredicateSyntax>(StringComparer.Ordinal);
        foreach (var predicate in clauses[0].Predicates)
        {
            var values = SemanticVocabulary.Values[predicate.Subject];
            if (!values.ContainsKey(predicate.Value))
            {
                Error("DSL0030", $"'{predicate.Value}' is not a value of '{predicate.Subject}'; expected {string.Join(", ", values.Keys.Order(StringComparer.Ordinal))}", predicate.Position);
                continue;
            }

            // "person is first and person is third" can never hold; "is not" twice can, and is kept.
            if (!predicate.Negated && seen.TryGetValue(predicate.Subject, out var earlier) && !earlier.Negated)
            {
                Error("DSL0031", $"'{predicate.Subject}' is given two values ({earlier.Value}, {predicate.Value}); a {predicate.Subject} has one, so the rule could never match", predicate.Position);
                continue;
            }

            if (!predicate.Negated)
            {
                seen[predicate.Subject] = predicate;
            }

            bound.Add(new BoundPredicate(predicate.Subject, predicate.Value, predicate.Negated));
        }

        return bound.ToImmutable();
    }
}
