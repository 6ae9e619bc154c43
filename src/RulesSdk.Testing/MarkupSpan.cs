using RulesSdk.Text;

namespace RulesSdk.Testing;

/// <summary>One marked span of test markup: <c>[|…|]</c> (no label), <c>{|PL0001:…|}</c> (an id) or <c>{|#0:…|}</c> (a location index).</summary>
public sealed record MarkupSpan(TextSpan Span, string? Id, int? LocationIndex)
{
    /// <summary>True for <c>[|…|]</c> and <c>{|ID:…|}</c>: the span expects a diagnostic.</summary>
    public bool ExpectsDiagnostic => LocationIndex is null;
}
