namespace RulesSdk.Dsl.Binding;

public sealed record BoundOption(string Name, bool Negated, string Value);
