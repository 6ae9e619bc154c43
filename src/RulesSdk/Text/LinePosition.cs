namespace RulesSdk.Text;

/// <summary>A zero-based line and character; printed one-based, as compilers print positions.</summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    public int CompareTo(LinePosition other)
    {
        var byLine = Line.CompareTo(other.Line);
        return byLine != 0 ? byLine : Character.CompareTo(other.Character);
    }

    public override string ToString() => $"({Line + 1},{Character + 1})";
}
