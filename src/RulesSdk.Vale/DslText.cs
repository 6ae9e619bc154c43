using System.Text;
using RulesSdk.Dsl;

namespace RulesSdk.Vale;

/// <summary>Writes DSL literals: quoted strings with escapes, and /regex/ literals with '/' and '@' escaped.</summary>
internal static class DslText
{
    public static string String(string value) => DslString.Quote(value);

    /// <summary>Marks a reference to a DSL list inside a pattern (a bare '@' would be escaped).</summary>
    public const char ListReference = '\uE000';

    /// <summary>A /regex/ literal: '/' escaped, '@' before a name escaped (it would splice a list), line breaks as \n.</summary>
    public static string Regex(string pattern, string flags)
    {
        var builder = new StringBuilder(pattern.Length + 4).Append('/');
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                // An escaped line break is the same character as \n or \r; a raw one would end the literal.
                var next = pattern[i + 1];
                builder.Append(c).Append(next == '\n' ? 'n' : next == '\r' ? 'r' : next);
                i++;
            }
            else if (c == '/')
            {
                builder.Append("\\/");
            }
            else if (c == ListReference)
            {
                builder.Append('@');
            }
            else if (c == '@' && i + 1 < pattern.Length && (char.IsLetter(pattern[i + 1]) || pattern[i + 1] == '_'))
            {
                builder.Append("\\@");
            }
            else if (c is '\n' or '\r')
            {
                builder.Append(c == '\n' ? "\\n" : "\\r");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('/').Append(flags).ToString();
    }

    /// <summary>Text for a # comment: every control or line-separator character becomes a space, so the comment cannot end early.</summary>
    public static string Comment(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        }

        return builder.ToString();
    }

    /// <summary>A YAML value as a diagnostic shows it: line breaks and tabs escaped, at most 60 characters.</summary>
    public static string Shown(string value)
    {
        var escaped = value.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
        return escaped.Length <= 60 ? escaped : escaped[..57] + "...";
    }

    /// <summary>A Vale message as a DSL template: %s → the given captures in order, braces doubled.</summary>
    public static string Message(string message, IReadOnlyList<string> arguments)
    {
        var builder = new StringBuilder();
        var next = 0;
        for (var i = 0; i < message.Length; i++)
        {
            var c = message[i];
            if (c == '%' && i + 1 < message.Length && message[i + 1] == 's')
            {
                builder.Append('{').Append(next < arguments.Count ? arguments[next] : "match").Append('}');
                next++;
                i++;
            }
            else if (c == '%' && IndexedPlaceholder(message, i) is var (index, length) && length > 0)
            {
                // %[2]s: Vale's explicit argument index (1-based), as in Go's fmt.
                builder.Append('{').Append(index >= 1 && index <= arguments.Count ? arguments[index - 1] : "match").Append('}');
                i += length - 1;
            }
            else if (c == '%' && i + 1 < message.Length && message[i + 1] == '%')
            {
                builder.Append('%');
                i++;
            }
            else
            {
                builder.Append(c is '{' ? "{{" : c is '}' ? "}}" : c.ToString());
            }
        }

        return builder.ToString();
    }

    /// <summary>The index and length of a "%[N]s" placeholder at <paramref name="start"/>, or length 0.</summary>
    private static (int Index, int Length) IndexedPlaceholder(string message, int start)
    {
        if (start + 4 >= message.Length || message[start + 1] != '[')
        {
            return (0, 0);
        }

        var close = message.IndexOf(']', start + 2);
        if (close < 0 || close + 1 >= message.Length || message[close + 1] != 's'
            || !int.TryParse(message.AsSpan(start + 2, close - start - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
        {
            return (0, 0);
        }

        return (index, close + 2 - start);
    }

    /// <summary>"HeadingAcronyms" → "heading-acronyms", "AMPM" → "ampm", "E-Prime" → "e-prime".</summary>
    public static string KebabName(string name)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                AppendDash(builder);
                continue;
            }

            var boundary = i > 0 && char.IsUpper(c) &&
                (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (boundary)
            {
                AppendDash(builder);
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        var result = builder.ToString().Trim('-');
        return result.Length == 0 ? "rule" : !char.IsAsciiLetterLower(result[0]) ? "rule-" + result : result;

        static void AppendDash(StringBuilder builder)
        {
            if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
    }
}
