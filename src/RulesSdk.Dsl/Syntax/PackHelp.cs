namespace RulesSdk.Dsl.Syntax;

/// <summary>The pack's help link template; <c>{id}</c> is replaced by each rule's id.</summary>
public sealed record PackHelp(string Template, SourcePosition Position) : PackItem(Position);
