using System.Collections.Immutable;
using RulesSdk.Text;

namespace RulesSdk.Cli.Formatting;

/// <summary>A fix offered for a reported diagnostic: its title, whether fix-all applies it, and its edits against the document's text.</summary>
public sealed record ReportedFix(string Title, bool IsSafe, ImmutableArray<TextChange> Changes);
