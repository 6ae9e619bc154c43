namespace RulesSdk.Text;

/// <summary>One line of a <see cref="SourceText"/>, with and without its line break.</summary>
public readonly record struct TextLine(SourceText Text, int LineNumber, TextSpan Span, TextSpan SpanIncludingLineBreak)
{
    public int Start => Span.Start;

    public int End => Span.End;

    public override string ToString() => Text.ToString(Span);
}
