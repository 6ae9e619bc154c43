namespace RulesSdk.Semantics;

/// <summary>One language's patterns of the meta detector, each behind its own cues, by what they find.</summary>
internal sealed record MetaPatterns(
    CuedRegex Text,
    CuedRegex Label,
    CuedRegex Done,
    CuedRegex Rewrite,
    CuedRegex Reader,
    CuedRegex Courtesy,
    CuedRegex Assistant,
    CuedRegex Limits,
    CuedRegex Exchange,
    CuedRegex Note)
{
    public IEnumerable<CuedRegex> All => [Text, Label, Done, Rewrite, Reader, Courtesy, Assistant, Limits, Exchange, Note];
}
