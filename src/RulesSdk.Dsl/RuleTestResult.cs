namespace RulesSdk.Dsl;

/// <summary>The outcome of one example or clean case; <see cref="Failure"/> says what went wrong.</summary>
public sealed record RuleTestResult(string RuleId, RuleExample Example, bool Passed, string? Failure);
