namespace RulesSdk.Text;

/// <summary>A range between two <see cref="LinePosition"/>s, end exclusive.</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End)
{
    public override string ToString() => $"({Start.Line + 1},{Start.Character + 1})-({End.Line + 1},{End.Character + 1})";
}
