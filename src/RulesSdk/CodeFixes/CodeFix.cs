using RulesSdk.Diagnostics;

namespace RulesSdk.CodeFixes;

/// <summary>
/// A code action offered for a diagnostic. Only a diagnostic's safe fix is applied by fix-all;
/// suggestions are shown to people and applied only when they choose them.
/// </summary>
public sealed record CodeFix(CodeAction Action, Diagnostic Diagnostic, bool IsSafe);
