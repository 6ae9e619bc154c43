using RulesSdk.Text;

namespace RulesSdk.Diagnostics;

/// <summary>Where a diagnostic is: a document path, a character span and its line/column span.</summary>
public sealed record Location(string Path, TextSpan SourceSpan, LinePositionSpan LineSpan)
{
    public static Location None { get; } = new(string.Empty, default, default);

    public static Location Create(string path, SourceText text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        return new Location(path, span, text.Lines.GetLinePositionSpan(span));
    }

    public bool IsInSource => Path.Length > 0;

    /// <summary>"path(line,col)", one-based, as compilers print it.</summary>
    public override string ToString() => IsInSource ? $"{Path}{LineSpan.Start}" : "<no location>";
}
