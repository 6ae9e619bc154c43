using System.Collections.Immutable;
using RulesSdk.CodeFixes;
using RulesSdk.Workspaces;

namespace RulesSdk.Testing;

/// <summary>Everything a snapshot shows of one document: its diagnostics, their fixes and the fix-all result.</summary>
public sealed record DocumentRun(TextDocument Document, ImmutableArray<DiagnosticRun> Diagnostics, FixAllResult FixAll)
{
    public string FixedText => FixAll.FixedText.ToString();
}
