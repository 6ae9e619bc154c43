namespace RulesSdk.Cli.Jsonl;

/// <summary>
/// One input line of <c>--jsonl</c>: its UTF-8 bytes without the line break, or, when it was longer
/// than the limit, only its length (its bytes were skipped, never held).
/// </summary>
public readonly record struct JsonlLine(byte[]? Utf8, long Length)
{
    public bool IsTooLong => Utf8 is null;
}
