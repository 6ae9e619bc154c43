using RulesSdk.Text;

namespace RulesSdk.Semantics;

/// <summary>
/// A person name in the text (a capitalised sequence, possibly after a title or role), and how it
/// relates to the gazetteer: <see cref="Canonical"/> is the official spelling closest to it.
/// </summary>
public sealed record PersonEntity(TextSpan Span, string Name, TextSpan? RoleSpan, NameMatchKind Match, string? Canonical, int Distance)
{
    public bool IsNearMiss => Match == NameMatchKind.NearMiss;
}
