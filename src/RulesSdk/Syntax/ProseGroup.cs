using RulesSdk.Text;

namespace RulesSdk.Syntax;

/// <summary>One capture group of a <see cref="ProseMatch"/>, positioned in the document.</summary>
/// <param name="Name">The group's name (its number for unnamed groups).</param>
/// <param name="Success">False when the group took no part in the match; its span is then empty.</param>
/// <param name="Span">Where the group's text is in the document.</param>
/// <param name="Value">The captured prose.</param>
public readonly record struct ProseGroup(string Name, bool Success, TextSpan Span, string Value);
