using System.Collections.Immutable;
using RulesSdk.Diagnostics;
using RulesSdk.Workspaces;

namespace RulesSdk.Analyzers;

/// <summary>The diagnostics of one document, sorted by position then id.</summary>
public sealed record DocumentAnalysisResult(TextDocument Document, ImmutableArray<Diagnostic> Diagnostics, int SuppressedCount);
