namespace RulesSdk.Spelling;

/// <summary>The case pattern of a word, which decides the dictionary forms it may match.</summary>
internal enum WordCasing
{
    Lower,
    Capitalized,
    AllCaps,
    Mixed,
}
