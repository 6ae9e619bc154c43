using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace RulesSdk.Cli.Formatting;

/// <summary>
/// A unified diff (<c>--- a/path</c>, <c>+++ b/path</c>, <c>@@</c> hunks with three lines of context),
/// computed with DiffPlex on lines that keep their line breaks, so a CRLF file diffs as CRLF and a
/// missing final newline is marked as <c>diff</c> marks it. Lines end at <c>\n</c> only, as <c>patch</c>
/// and <c>git apply</c> read them: a CR-only file is one line ending without a newline.
/// </summary>
public static class UnifiedDiff
{
    public const int ContextLines = 3;

    private const string NoNewLineMarker = "\\ No newline at end of file";

    /// <summary>The diff of <paramref name="oldText"/> to <paramref name="newText"/>; empty when they are equal.</summary>
    public static string Create(string path, string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        if (string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var diff = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, LineFeedChunker.Instance);
        var builder = new StringBuilder();
        builder.Append("--- a/").Append(path).Append('\n');
        builder.Append("+++ b/").Append(path).Append('\n');
        foreach (var hunk in GroupHunks(diff.DiffBlocks))
        {
            WriteHunk(builder, diff, hunk);
        }

        return builder.ToString();
    }

    private static List<List<DiffBlock>> GroupHunks(IList<DiffBlock> blocks)
    {
        var hunks = new List<List<DiffBlock>>();
        foreach (var block in blocks)
        {
            if (hunks.Count > 0)
            {
                var previous = hunks[^1][^1];
                var gap = block.DeleteStartA - (previous.DeleteStartA + previous.DeleteCountA);
                if (gap <= 2 * ContextLines)
                {
                    hunks[^1].Add(block);
                    continue;
                }
            }

            hunks.Add([block]);
        }

        return hunks;
    }

    private static void WriteHunk(StringBuilder builder, DiffResult diff, List<DiffBlock> hunk)
    {
        var oldLines = diff.PiecesOld;
        var newLines = diff.PiecesNew;
        var first = hunk[0];
        var last = hunk[^1];
        var oldStart = Math.Max(0, first.DeleteStartA - ContextLines);
        var oldEnd = Math.Min(oldLines.Count, last.DeleteStartA + last.DeleteCountA + ContextLines);
        var newStart = first.InsertStartB - (first.DeleteStartA - oldStart);
        var newEnd = last.InsertStartB + last.InsertCountB + (oldEnd - (last.DeleteStartA + last.DeleteCountA));
        builder.Append("@@ -").Append(Range(oldStart, oldEnd - oldStart))
            .Append(" +").Append(Range(newStart, newEnd - newStart)).Append(" @@\n");

        var position = oldStart;
        foreach (var block in hunk)
        {
            for (; position < block.DeleteStartA; position++)
            {
                AppendLine(builder, ' ', oldLines[position]);
            }

            for (var i = 0; i < block.DeleteCountA; i++)
            {
                AppendLine(builder, '-', oldLines[block.DeleteStartA + i]);
            }

            for (var i = 0; i < block.InsertCountB; i++)
            {
                AppendLine(builder, '+', newLines[block.InsertStartB + i]);
            }

            position = block.DeleteStartA + block.DeleteCountA;
        }

        for (; position < oldEnd; position++)
        {
            AppendLine(builder, ' ', oldLines[position]);
        }
    }

    /// <summary>"start,count" with a 1-based start; an empty range names the line before it, as diff does.</summary>
    private static string Range(int start, int count) => count == 0 ? $"{start},0" : $"{start + 1},{count}";

    private static void AppendLine(StringBuilder builder, char marker, string line)
    {
        builder.Append(marker).Append(line);
        if (!line.EndsWith('\n'))
        {
            builder.Append('\n').Append(NoNewLineMarker).Append('\n');
        }
    }
}
