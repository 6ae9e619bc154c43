using System.Collections.Immutable;
using RulesSdk.Diagnostics;
using RulesSdk.Workspaces;

namespace RulesSdk.Cli.Formatting;

/// <summary>A diagnostic to print, with the document it is in and (when the format shows them) its fixes.</summary>
public sealed record ReportedDiagnostic(TextDocument Document, Diagnostic Diagnostic, ImmutableArray<ReportedFix> Fixes);
