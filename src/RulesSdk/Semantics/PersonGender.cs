namespace RulesSdk.Semantics;

/// <summary>
/// The grammatical gender a text gives a person (il/elle, he/she, le/la ministre), as the gazetteer
/// records it for a listed figure or a role word shows it ("la présidente", "chairwoman").
/// </summary>
public enum PersonGender
{
    /// <summary>Not known: a repair must not guess a pronoun or an article.</summary>
    Unknown,

    /// <summary>Masculine: il, he, his, le ministre.</summary>
    Masculine,

    /// <summary>Feminine: elle, she, her, la ministre.</summary>
    Feminine,
}
