namespace RulesSdk.Dsl.Binding;

public sealed record BoundRepetitionMatcher(BoundRegexMatcher Token, bool AlphanumericOnly) : BoundMatcher(["word"], []);
