namespace RulesSdk.Vale;

/// <summary>
/// How deep a YAML text nests its flow collections (<c>[</c>, <c>{</c>) and block indentation, read once without
/// parsing, so that a hostile file is refused before YamlDotNet's recursive loader overflows the stack. Quoted
/// scalars and comments are skipped; the estimate only needs to be high for real nesting, never exact.
/// </summary>
internal static class YamlNesting
{
    /// <summary>The line and column (1-based) where the nesting first passes <paramref name="limit"/>, or (0, 0).</summary>
    public static (int Line, int Column) DeepestPoint(string yaml, int limit)
    {
        var flow = 0;
        var line = 1;
        var column = 0;
        var lineStart = true;
        var indent = 0;
        char? quote = null;
        for (var i = 0; i < yaml.Length; i++)
        {
            var c = yaml[i];
            column++;
            if (c == '\n')
            {
                line++;
                column = 0;
                lineStart = true;
                indent = 0;
                continue;
            }

            if (quote is { } open)
            {
                // '' escapes a single quote; \" a double one.
                if (c == '\\' && open == '"')
                {
                    i++;
                    column++;
                }
                else if (c == open)
                {
                    quote = null;
                }

                continue;
            }

            if (lineStart && c == ' ')
            {
                // Block nesting: each level indents at least one more space (a list's "- " counts with it).
                if (++indent > limit * 2)
                {
                    return (line, column);
                }

                continue;
            }

            lineStart = false;
            switch (c)
            {
                case '#' when i == 0 || char.IsWhiteSpace(yaml[i - 1]):
                    while (i + 1 < yaml.Length && yaml[i + 1] != '\n')
                    {
                        i++;
                    }

                    break;
                case '"' or '\'' when StartsAScalar(yaml, i):
                    quote = c;
                    break;
                case '[' or '{':
                    if (++flow > limit)
                    {
                        return (line, column);
                    }

                    break;
                case ']' or '}':
                    flow = Math.Max(0, flow - 1);
                    break;
            }
        }

        return (0, 0);
    }

    // A quotation mark opens a quoted scalar only where a value starts ("key: 'x'", "- 'x'", "[ 'x'"): the apostrophe in
    // a plain scalar ("message: Don't use '%s'") opens nothing, so it cannot hide the brackets after it.
    private static bool StartsAScalar(string yaml, int index)
    {
        var k = index - 1;
        while (k >= 0 && yaml[k] is ' ' or '\t')
        {
            k--;
        }

        return k < 0 || yaml[k] is '\n' or ':' or '[' or '{' or ',' or '-' or '?';
    }
}
