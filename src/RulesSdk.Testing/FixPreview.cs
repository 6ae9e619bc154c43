using System.Collections.Immutable;
using RulesSdk.Text;

namespace RulesSdk.Testing;

/// <summary>A fix offered for a diagnostic, with its changes against the analysed text.</summary>
public sealed record FixPreview(string Title, bool IsSafe, ImmutableArray<TextChange> Changes);
