namespace RulesSdk.Dsl.Binding;

public sealed record CaptureTemplateNode(string Name) : TemplateNode;
