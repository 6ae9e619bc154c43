namespace RulesSdk.Rules;

/// <summary>
/// Closed word classes recognised from word lists, without a part-of-speech tagger. They follow
/// the Penn Treebank's tags where Vale's sequence rules use them (DT, PRP, IN, CC, MD).
/// </summary>
public enum TokenWordClass
{
    /// <summary>Articles, demonstratives, quantifiers (DT, PDT, WDT): the, this, every; le, cette, chaque.</summary>
    Determiner,

    /// <summary>Personal, possessive, reflexive and relative pronouns (PRP, PRP$, WP, WP$): I, my, who; je, moi, qui.</summary>
    Pronoun,

    /// <summary>Prepositions and subordinating conjunctions (IN): of, because, if; de, dans, lorsque.</summary>
    Preposition,

    /// <summary>Coordinating conjunctions (CC): and, but, or; et, mais, donc.</summary>
    Conjunction,

    /// <summary>Forms of be, have and do; of être and avoir.</summary>
    Auxiliary,

    /// <summary>Modal verbs (MD): can, must, would; forms of pouvoir, devoir, falloir.</summary>
    Modal,
}
