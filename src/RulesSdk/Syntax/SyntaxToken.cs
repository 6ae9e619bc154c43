using RulesSdk.Text;

namespace RulesSdk.Syntax;

/// <summary>
/// A word, number or punctuation mark of a sentence. It points into the document's prose instead
/// of holding a string of its own: a document has many tokens, and most are never looked at.
/// </summary>
public readonly struct SyntaxToken : IEquatable<SyntaxToken>
{
    private readonly string _source;
    private readonly int _sourceOffset;

    /// <param name="source">The text the token lies in.</param>
    /// <param name="sourceOffset">The document position of <paramref name="source"/>'s first character.</param>
    public SyntaxToken(TextSpan span, TokenKind kind, string source, int sourceOffset, bool isInQuote)
    {
        ArgumentNullException.ThrowIfNull(source);
        Span = span;
        Kind = kind;
        IsInQuote = isInQuote;
        _source = source;
        _sourceOffset = sourceOffset;
    }

    public TextSpan Span { get; }

    public TokenKind Kind { get; }

    public bool IsInQuote { get; }

    /// <summary>The token's characters, without allocating.</summary>
    public ReadOnlySpan<char> Chars => _source.AsSpan(Span.Start - _sourceOffset, Span.Length);

    /// <summary>The token's text as a new string; prefer <see cref="Chars"/> on hot paths.</summary>
    public string Text => Chars.ToString();

    /// <summary>True for a word starting with an upper-case letter ("Stoltenberg", "OTAN").</summary>
    public bool IsCapitalized => Kind == TokenKind.Word && Span.Length > 0 && char.IsUpper(Chars[0]);

    public bool Equals(SyntaxToken other) =>
        Span == other.Span && Kind == other.Kind && IsInQuote == other.IsInQuote && Chars.SequenceEqual(other.Chars);

    public override bool Equals(object? obj) => obj is SyntaxToken other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Span, Kind, IsInQuote);

    public static bool operator ==(SyntaxToken left, SyntaxToken right) => left.Equals(right);

    public static bool operator !=(SyntaxToken left, SyntaxToken right) => !left.Equals(right);

    public override string ToString() => Text;
}
