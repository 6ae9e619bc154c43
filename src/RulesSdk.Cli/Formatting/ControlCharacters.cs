using System.Globalization;
using System.Text;

namespace RulesSdk.Cli.Formatting;

/// <summary>
/// Escapes the characters that could forge or hide a line of text output: C0 and C1 controls and DEL
/// (a line break in a message would print a fake diagnostic line, ESC a terminal sequence), the Unicode
/// line and paragraph separators and the bidirectional overrides. <c>\n</c>, <c>\r</c>, <c>\t</c> and
/// <c>\e</c> are written so; the others as <c>\u00XX</c>. Backslashes themselves are printed as they are.
/// </summary>
public static class ControlCharacters
{
    public static string Escape(string text) => Escape(text, keepTabs: false);

    /// <summary>As <see cref="Escape(string)"/>, but tabs stay (a source line shown above its underline keeps its alignment).</summary>
    public static string EscapeKeepingTabs(string text) => Escape(text, keepTabs: true);

    private static string Escape(string text, bool keepTabs)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfUnsafe(text, keepTabs);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsUnsafe(c) || (keepTabs && c == '\t'))
            {
                builder.Append(c);
                continue;
            }

            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\u001B' => "\\e",
                _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }

        return builder.ToString();
    }

    private static int IndexOfUnsafe(string text, bool keepTabs)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i]) && !(keepTabs && text[i] == '\t'))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsUnsafe(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F' || c is '\u2028' or '\u2029' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';
}
