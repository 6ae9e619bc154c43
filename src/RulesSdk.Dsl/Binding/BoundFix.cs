using System.Collections.Immutable;
using RulesSdk.Diagnostics;
using RulesSdk.Dsl.Syntax;

namespace RulesSdk.Dsl.Binding;

public sealed record BoundFix(string Title, bool IsSafe, string? Capture, ImmutableArray<TemplateNode> Template, string? DeleteTarget, bool CapitalizeNext);
