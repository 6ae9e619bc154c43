using System.Globalization;
using System.Text;
using DiffPlex;

namespace RulesSdk.Testing;

/// <summary>Unified diffs (as <c>diff -u</c> prints them) of two texts, line by line, computed with DiffPlex.</summary>
public static class TextDiff
{
    private const int Context = 3;

    /// <summary>
    /// The unified diff of <paramref name="expected"/> and <paramref name="actual"/>, with
    /// <c>--- expected</c> / <c>+++ actual</c> headers; empty when they are equal.
    /// Line endings are compared as written, so a CRLF/LF difference shows up.
    /// </summary>
    public static string Unified(string expected, string actual, string expectedName = "expected", string actualName = "actual")
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var diff = Differ.Instance.CreateLineDiffs(expected, actual, ignoreWhitespace: false, ignoreCase: false);
        var a = diff.PiecesOld;
        var b = diff.PiecesNew;
        var builder = new StringBuilder();
        builder.Append("--- ").Append(expectedName).Append('\n');
        builder.Append("+++ ").Append(actualName).Append('\n');
        if (diff.DiffBlocks.Count == 0)
        {
            // Same lines, different line breaks or a trailing newline.
            builder.Append("@@ texts differ only in line endings or a final line break @@\n");
            builder.Append(CultureInfo.InvariantCulture, $"  expected: {Visible(expected[^Math.Min(expected.Length, 20)..])}\n");
            builder.Append(CultureInfo.InvariantCulture, $"  actual:   {Visible(actual[^Math.Min(actual.Length, 20)..])}\n");
            return builder.ToString().TrimEnd('\n');
        }

        // Group blocks whose context overlaps into hunks.
        var blocks = diff.DiffBlocks;
        var index = 0;
        while (index < blocks.Count)
        {
            var first = index;
            var last = index;
            while (last + 1 < blocks.Count &&
                   blocks[last + 1].DeleteStartA - (blocks[last].DeleteStartA + blocks[last].DeleteCountA) <= 2 * Context)
            {
                last++;
            }

            var startA = Math.Max(0, blocks[first].DeleteStartA - Context);
            var startB = Math.Max(0, blocks[first].InsertStartB - Context);
            var endA = Math.Min(a.Count, blocks[last].DeleteStartA + blocks[last].DeleteCountA + Context);
            var endB = Math.Min(b.Count, blocks[last].InsertStartB + blocks[last].InsertCountB + Context);
            builder.Append(CultureInfo.InvariantCulture, $"@@ -{startA + 1},{endA - startA} +{startB + 1},{endB - startB} @@\n");
            var lineA = startA;
            for (var k = first; k <= last; k++)
            {
                var block = blocks[k];
                for (; lineA < block.DeleteStartA; lineA++)
                {
                    builder.Append(' ').Append(a[lineA]).Append('\n');
                }

                for (var d = 0; d < block.DeleteCountA; d++)
                {
                    builder.Append('-').Append(a[block.DeleteStartA + d]).Append('\n');
                }

                for (var n = 0; n < block.InsertCountB; n++)
                {
                    builder.Append('+').Append(b[block.InsertStartB + n]).Append('\n');
                }

                lineA = block.DeleteStartA + block.DeleteCountA;
            }

            for (; lineA < endA; lineA++)
            {
                builder.Append(' ').Append(a[lineA]).Append('\n');
            }

            index = last + 1;
        }

        return builder.ToString().TrimEnd('\n');
    }

    private static string Visible(string text) => DiagnosticResult.Quote(text);
}
