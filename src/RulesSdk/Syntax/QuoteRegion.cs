using RulesSdk.Text;

namespace RulesSdk.Syntax;

/// <summary>
/// A quotation, marks included. <see cref="IsClosed"/> is false when the closing mark is missing
/// and the region runs to the end of its block (multi-paragraph quotes open every paragraph).
/// </summary>
public readonly record struct QuoteRegion(TextSpan Span, char OpeningMark, int Depth, bool IsClosed);
