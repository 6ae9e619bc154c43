namespace RulesSdk.Dsl.Binding;

public sealed record CallTemplateNode(string Function, TemplateNode Argument) : TemplateNode;
