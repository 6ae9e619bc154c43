namespace RulesSdk.Rules.Kinds;

/// <summary>One entry of a swap list: the words to find and the words to suggest instead.</summary>
public readonly record struct SwapEntry(string From, string To);
