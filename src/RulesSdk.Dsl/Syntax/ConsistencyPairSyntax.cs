namespace RulesSdk.Dsl.Syntax;

/// <summary><c>"a" or "b"</c> / <c>/a/ or /b/</c>: two spellings, one of which a document keeps.</summary>
public sealed record ConsistencyPairSyntax(RegexMatcherSyntax First, RegexMatcherSyntax Second, SourcePosition Position);
