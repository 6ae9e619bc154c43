namespace RulesSdk.Dsl.Binding;

public sealed record BoundOccurrenceMatcher(BoundMatcher Counted, int? Min, int? Max)
    : BoundMatcher(["count"], Min is null ? Counted.PrefilterLiterals : []);
