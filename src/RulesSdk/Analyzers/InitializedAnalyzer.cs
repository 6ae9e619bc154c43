using System.Collections.Immutable;
using RulesSdk.Diagnostics;

namespace RulesSdk.Analyzers;

/// <summary>An analyzer as the driver holds it once initialized: its actions, and what it declared (read once).</summary>
internal readonly record struct InitializedAnalyzer(
    DocumentAnalyzer Analyzer,
    AnalyzerActions Actions,
    ImmutableArray<DiagnosticDescriptor> Supported,
    ImmutableArray<string> Languages);
