using System.Collections.Immutable;
using RulesSdk.Diagnostics;
using RulesSdk.Text;

namespace RulesSdk.CodeFixes;

/// <summary>A fix fix-all applied: the diagnostic, the fix's title, its changes and the pass it ran in.</summary>
public sealed record AppliedFix(Diagnostic Diagnostic, string Title, ImmutableArray<TextChange> Changes, int Pass);
