namespace RulesSdk.Dsl.Syntax;

/// <summary>One <c>"from" => "to"</c> (or <c>/regex/ => "to"</c>) entry of a swap list.</summary>
public sealed record SwapEntrySyntax(string From, bool IsRegex, string Flags, string To, SourcePosition Position);
