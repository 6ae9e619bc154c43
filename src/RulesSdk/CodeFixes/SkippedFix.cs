using RulesSdk.Diagnostics;

namespace RulesSdk.CodeFixes;

/// <summary>A safe fix fix-all could not apply, and why (a conflict that never resolved, a failing fixer).</summary>
public sealed record SkippedFix(Diagnostic Diagnostic, string Title, string Reason);
