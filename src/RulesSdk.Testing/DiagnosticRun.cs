using System.Collections.Immutable;
using RulesSdk.Diagnostics;

namespace RulesSdk.Testing;

/// <summary>A diagnostic and the fixes offered for it (safe fix first).</summary>
public sealed record DiagnosticRun(Diagnostic Diagnostic, ImmutableArray<FixPreview> Fixes);
