namespace RulesSdk.Semantics;

/// <summary>
/// The kind of persona leak the learned sentence model (<see cref="LeakModel"/>) predicts for a sentence:
/// the artifact families of the news packs that live in one sentence of the narrator's.
/// </summary>
public enum LeakKind
{
    /// <summary>No leak, or none the model is sure enough of.</summary>
    None,

    /// <summary>The narrator's own judgement ("opinion-paragraph").</summary>
    Opinion,

    /// <summary>A framing clause before the fact ("editorial-lead-in").</summary>
    LeadIn,

    /// <summary>The narrator at the scene ("narrator-witness").</summary>
    Witness,

    /// <summary>A named person's words written as the narrator's ("first-person-speaker").</summary>
    Speaker,

    /// <summary>The assistant speaking of the text or to its requester ("assistant-self-reference").</summary>
    Assistant,
}
