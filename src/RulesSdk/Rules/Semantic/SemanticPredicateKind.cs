namespace RulesSdk.Rules;

/// <summary>What a <see cref="SemanticPredicate"/> asks the semantic model.</summary>
public enum SemanticPredicateKind
{
    /// <summary>Who speaks the clause (clause level).</summary>
    Voice,

    /// <summary>The clause's grammatical person (clause level).</summary>
    Person,

    /// <summary>The kind of a narrator's first-person clause (clause level).</summary>
    Stance,

    /// <summary>The document's genre (document level).</summary>
    Genre,

    /// <summary>The structural role of the enclosing block (block level).</summary>
    Block,

    /// <summary>The learned sentence model's leak kind for the enclosing sentence (sentence level).</summary>
    Leak,

    /// <summary>How the text hands the clause to its speaker: quotation, closing incise, dialogue dash… (clause level).</summary>
    Source,
}
