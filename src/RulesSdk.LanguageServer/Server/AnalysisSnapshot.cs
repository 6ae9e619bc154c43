using System.Collections.Immutable;
using RulesSdk.Analyzers;
using RulesSdk.Diagnostics;
using RulesSdk.Workspaces;

namespace RulesSdk.LanguageServer.Server;

/// <summary>The diagnostics of one version of a document, with what produced them.</summary>
internal sealed record AnalysisSnapshot(
    string Key,
    int Version,
    TextDocument Document,
    ImmutableArray<Diagnostic> Diagnostics,
    PackSet Packs,
    AnalyzerDriver Driver);
