namespace RulesSdk.Text;

/// <summary>Thrown when bytes cannot be decoded into a text document without losing data.</summary>
public sealed class InvalidTextException : Exception
{
    public InvalidTextException(TextDecodingErrorKind kind, long byteOffset, string message)
        : base(message)
    {
        Kind = kind;
        ByteOffset = byteOffset;
    }

    public TextDecodingErrorKind Kind { get; }

    /// <summary>Offset of the first offending byte in the input.</summary>
    public long ByteOffset { get; }
}
