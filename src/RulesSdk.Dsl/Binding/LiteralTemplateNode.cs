namespace RulesSdk.Dsl.Binding;

public sealed record LiteralTemplateNode(string Text) : TemplateNode;
