namespace RulesSdk.Rules.Kinds;

/// <summary>The capitalisation a scope must follow.</summary>
public enum CapitalizationStyle
{
    /// <summary>First word capitalised, the rest lower case ("Find the thief").</summary>
    Sentence,

    /// <summary>Every word capitalised except short function words inside ("Find the Thief").</summary>
    Title,

    /// <summary>Every word in lower case.</summary>
    Lower,

    /// <summary>Every word in capitals.</summary>
    Upper,
}
