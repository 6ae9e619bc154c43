namespace RulesSdk.Dsl.Binding;

/// <summary>A checked <c>where</c> condition: subject (voice, person, genre, block), value and negation.</summary>
public sealed record BoundPredicate(string Subject, string Value, bool Negated)
{
    public override string ToString() => $"{Subject} is {(Negated ? "not " : string.Empty)}{Value}";
}
