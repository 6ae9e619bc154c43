using System.Collections.Immutable;
using RulesSdk.Analyzers;
using RulesSdk.CodeFixes;
using RulesSdk.Diagnostics;
using RulesSdk.Dsl;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Testing;

/// <summary>A diagnostic and the fixes offered for it (safe fix first).</summary>
public sealed record DiagnosticRun(Diagnostic Diagnostic, ImmutableArray<FixPreview> Fixes);
