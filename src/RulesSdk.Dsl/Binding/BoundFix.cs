using System.Collections.Immutable;

namespace RulesSdk.Dsl.Binding;

public sealed record BoundFix(string Title, bool IsSafe, string? Capture, ImmutableArray<TemplateNode> Template, string? DeleteTarget, bool CapitalizeNext);
