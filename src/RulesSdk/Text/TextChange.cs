namespace RulesSdk.Text;

/// <summary>Replaces <see cref="Span"/> with <see cref="NewText"/>; an empty span inserts, empty text deletes.</summary>
public readonly record struct TextChange(TextSpan Span, string NewText)
{
    public override string ToString() => $"{Span} => \"{NewText}\"";
}
