namespace RulesSdk.Dsl.Binding;

/// <summary>A piece of a message or fix template: literal text, a capture, or a function call.</summary>
public abstract record TemplateNode;

public sealed record LiteralTemplateNode(string Text) : TemplateNode;

public sealed record CaptureTemplateNode(string Name) : TemplateNode;

public sealed record CallTemplateNode(string Function, TemplateNode Argument) : TemplateNode;
