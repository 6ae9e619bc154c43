using RulesSdk.Semantics;
using RulesSdk.Text;

namespace RulesSdk.Rules;

/// <summary>
/// The speaker the semantic model gives a first-person clause to: the subject of the reporting verb before
/// indirect speech ("Elle explique que j’ai mesuré…"), the name in a closing or middle attribution ("…, Volodymyr
/// Zelenskyy said"), the source after "according to". <see cref="Pronoun"/> is the subject pronoun of their gender
/// (null when nothing tells it), <see cref="Name"/> the person named there (null for a pronoun or a role alone).
/// </summary>
internal readonly record struct AttributedSpeaker(TextSpan Span, AttributionSource Source, TextSpan ClauseSpan, string? Pronoun, string? Name);
