namespace RulesSdk.Semantics;

/// <summary>
/// Where a surname ends a full name in a document: the first such place (-1 for none) and whether there
/// is more than one, which is all <see cref="EntityRecognizer"/> needs to ask "elsewhere than here?".
/// </summary>
internal readonly record struct FullNameEndings(int First, bool Many);
