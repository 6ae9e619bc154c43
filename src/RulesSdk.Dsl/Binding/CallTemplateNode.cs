namespace RulesSdk.Dsl.Binding;

/// <summary>A function call in a template: <c>{third_person(verb)}</c>, or with a second argument, <c>{office_holder(role, speaker)}</c>.</summary>
public sealed record CallTemplateNode(string Function, TemplateNode Argument, TemplateNode? Second = null) : TemplateNode;
