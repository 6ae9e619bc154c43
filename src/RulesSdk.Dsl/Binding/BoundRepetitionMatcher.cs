namespace RulesSdk.Dsl.Binding;

public sealed record BoundRepetitionMatcher(BoundRegexMatcher Token) : BoundMatcher(["word"], []);
