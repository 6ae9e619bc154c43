using DiffPlex;

namespace RulesSdk.Cli.Formatting;

/// <summary>
/// Lines as <c>diff</c>, <c>patch</c> and <c>git apply</c> see them: ended by <c>\n</c> only, each
/// keeping its line break (a CRLF line keeps <c>\r\n</c>). A lone <c>\r</c> (old Mac files) is part
/// of the line, so a CR-only file is one line, as those tools treat it.
/// </summary>
public sealed class LineFeedChunker : IChunker
{
    public static LineFeedChunker Instance { get; } = new();

    public IReadOnlyList<string> Chunk(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return lines;
    }
}
