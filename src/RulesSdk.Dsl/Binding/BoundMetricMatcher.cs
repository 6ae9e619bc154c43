namespace RulesSdk.Dsl.Binding;

/// <summary>A readability formula (a preset gives one per language) and its threshold.</summary>
public sealed record BoundMetricMatcher(string EnglishFormula, string FrenchFormula, string Comparison, double Threshold) : BoundMatcher(["score"], []);
