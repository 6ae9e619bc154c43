namespace RulesSdk.Dsl.Binding;

/// <summary>A piece of a message or fix template: literal text, a capture, or a function call.</summary>
public abstract record TemplateNode;
