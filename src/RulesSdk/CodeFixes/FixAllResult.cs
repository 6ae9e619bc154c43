using System.Collections.Immutable;
using RulesSdk.Diagnostics;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.CodeFixes;

/// <summary>What fix-all did to one document.</summary>
public sealed record FixAllResult(
    TextDocument Document,
    SourceText FixedText,
    ImmutableArray<AppliedFix> Applied,
    ImmutableArray<SkippedFix> Skipped,
    ImmutableArray<Diagnostic> RemainingDiagnostics,
    int Passes,
    bool ReachedFixedPoint)
{
    public bool Changed => !Document.Text.ContentEquals(FixedText);
}
