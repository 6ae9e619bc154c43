namespace RulesSdk.Dsl.Syntax;

/// <summary>A top-level statement of a rule file.</summary>
public abstract record PackItem(SourcePosition Position);
