using System.Globalization;

namespace RulesSdk.Dsl.Parsing;

/// <summary>
/// Finds invalid escapes in a rule file's "…" strings: an unknown escape (<c>\q</c>), a code point
/// beyond U+10FFFF (<c>\u{110000}</c>) or a surrogate (<c>\uD800</c>), which the lexer would
/// otherwise turn silently into U+FFFD. Raw strings ("""…"""), /regexes/ and # comments keep their
/// backslashes and are skipped.
/// </summary>
internal static class EscapeChecker
{
    public static void Check(string path, string text, string[] lines, List<DslDiagnostic> diagnostics)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '#')
            {
                i = LineEnd(text, i);
            }
            else if (c == '/')
            {
                i = SkipRegex(text, i + 1);
            }
            else if (string.CompareOrdinal(text, i, "\"\"\"", 0, 3) == 0)
            {
                var close = text.IndexOf("\"\"\"", i + 3, StringComparison.Ordinal);
                i = close < 0 ? text.Length : close + 3;
            }
            else if (c == '"')
            {
                i = CheckString(path, text, i + 1, lines, diagnostics);
            }
            else
            {
                i++;
            }
        }
    }

    private static int LineEnd(string text, int i)
    {
        var end = text.IndexOfAny(['\r', '\n'], i);
        return end < 0 ? text.Length : end;
    }

    private static int SkipRegex(string text, int i)
    {
        while (i < text.Length && text[i] is not ('/' or '\r' or '\n'))
        {
            i += text[i] == '\\' ? 2 : 1;
        }

        return i + 1;
    }

    private static int CheckString(string path, string text, int i, string[] lines, List<DslDiagnostic> diagnostics)
    {
        while (i < text.Length && text[i] is not ('"' or '\r' or '\n'))
        {
            if (text[i] != '\\')
            {
                i++;
                continue;
            }

            var start = i;
            var (length, problem) = Escape(text, i + 1);
            if (problem is not null)
            {
                Report(path, text, start, problem, lines, diagnostics);
            }

            i += 1 + length;
        }

        return i + 1;
    }

    /// <summary>The length of the escape after its backslash, and what is wrong with it, if anything.</summary>
    private static (int Length, string? Problem) Escape(string text, int i)
    {
        if (i >= text.Length || text[i] is '\r' or '\n')
        {
            return (0, "a backslash at the end of the line escapes nothing");
        }

        if (text[i] is '"' or '\\' or 'n' or 't' or 'r' or '0')
        {
            return (1, null);
        }

        if (text[i] != 'u')
        {
            return (1, $"unknown escape '\\{text[i]}' (use \\\" \\\\ \\n \\t \\r \\0 \\uXXXX or \\u{{X}})");
        }

        string hex;
        int length;
        if (i + 1 < text.Length && text[i + 1] == '{')
        {
            var close = text.IndexOf('}', i + 2);
            var end = LineEnd(text, i);
            if (close < 0 || close > end)
            {
                return (1, "unterminated \\u{…} escape");
            }

            hex = text[(i + 2)..close];
            length = close - i + 1;
            if (hex.Length is 0 or > 6 || !hex.All(char.IsAsciiHexDigit))
            {
                return (length, $"'\\u{{{Shorten(hex)}}}' is not 1 to 6 hexadecimal digits");
            }
        }
        else
        {
            length = 5;
            hex = i + 5 <= text.Length ? text[(i + 1)..(i + 5)] : text[(i + 1)..];
            if (hex.Length < 4 || !hex.All(char.IsAsciiHexDigit))
            {
                return (1, "'\\u' needs four hexadecimal digits, or \\u{X} with one to six");
            }
        }

        var value = int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        if (value > 0x10FFFF)
        {
            return (length, $"U+{value:X} is beyond the last Unicode code point, U+10FFFF");
        }

        return value is >= 0xD800 and <= 0xDFFF
            ? (length, $"U+{value:X4} is a surrogate, not a character (write the character, or \\u{{1F600}} for one beyond U+FFFF)")
            : (length, null);
    }

    private static string Shorten(string hex) => hex.Length > 12 ? hex[..12] + "…" : hex;

    private static void Report(string path, string text, int offset, string problem, string[] lines, List<DslDiagnostic> diagnostics)
    {
        var line = 1 + text.AsSpan(0, offset).Count('\n');
        var column = offset - (text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1) + 1;

        diagnostics.Add(new DslDiagnostic("DSL0043", "invalid escape: " + problem, path, line, column, line - 1 < lines.Length ? lines[line - 1].TrimEnd('\r') : null));
    }
}
