using System.Collections.Immutable;

namespace RulesSdk.Dsl.Binding;

public sealed record BoundFix(string Title, bool IsSafe, string? Capture, ImmutableArray<TemplateNode> Template, string? DeleteTarget, bool CapitalizeNext)
{
    /// <summary>The title as a template: captures and functions make a title per match ("Use 'aren't'").</summary>
    public ImmutableArray<TemplateNode> TitleTemplate { get; init; } = [new LiteralTemplateNode(Title)];

    /// <summary>The fix gives the sentence's first person back to the speaker the text names (<c>restore third person</c>).</summary>
    public bool RestoresThirdPerson { get; init; }

    /// <summary>The fix computes its own edit (a deletion, a restoration) rather than filling a template.</summary>
    public bool IsAction => DeleteTarget is not null || RestoresThirdPerson;

    public bool HasConstantTitle => TitleTemplate.All(n => n is LiteralTemplateNode);

    public string ConstantTitle => string.Concat(TitleTemplate.OfType<LiteralTemplateNode>().Select(n => n.Text));
}
