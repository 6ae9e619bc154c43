namespace RulesSdk.Semantics;

/// <summary>How a person name relates to the gazetteer of public figures.</summary>
public enum NameMatchKind
{
    /// <summary>Not a public figure the gazetteer knows.</summary>
    Unknown,

    /// <summary>An official spelling (any of the listed forms: "Zelensky", "Zelenskyy", "Zelenskyi").</summary>
    Official,

    /// <summary>One or two letters off an official spelling: a likely misspelling.</summary>
    NearMiss,
}
