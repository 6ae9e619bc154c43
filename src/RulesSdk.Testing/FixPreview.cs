using System.Collections.Immutable;
using RulesSdk.Analyzers;
using RulesSdk.CodeFixes;
using RulesSdk.Diagnostics;
using RulesSdk.Dsl;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Testing;

/// <summary>A fix offered for a diagnostic, with its changes against the analysed text.</summary>
public sealed record FixPreview(string Title, bool IsSafe, ImmutableArray<TextChange> Changes);
