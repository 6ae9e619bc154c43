using System.Collections.Immutable;
using System.Text;

namespace RulesSdk.Dsl.Binding;

/// <summary>
/// Conservative literal extraction for prefilters: a literal is only returned when every match of
/// the pattern must contain it (ignoring case), so skipping text without it never loses a match.
/// </summary>
internal static class RegexLiterals
{
    /// <summary>The longest run of 3+ ASCII letters in a phrase (accents and apostrophes break runs), or null.</summary>
    public static string? LongestPlainRun(string phrase)
    {
        string? best = null;
        var current = new StringBuilder();
        foreach (var c in phrase + " ")
        {
            if (char.IsAsciiLetter(c))
            {
                current.Append(c);
                continue;
            }

            if (current.Length >= 3 && (best is null || current.Length > best.Length))
            {
                best = current.ToString();
            }

            current.Clear();
        }

        return best;
    }

    /// <summary>
    /// Literal runs at the top level of a regex (outside groups, classes and alternations, not
    /// quantified); the longest one is required. Empty when none can be proven required.
    /// </summary>
    public static ImmutableArray<string> Required(string pattern)
    {
        // Inline x mode ("(?x)", "(?ix:") makes '#' start a comment and spaces insignificant: nothing is provable.
        if (System.Text.RegularExpressions.Regex.IsMatch(pattern, @"\(\?[imnsx]*(?:-[imnsx]*)?x", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            return [];
        }

        var depth = 0;
        var inClass = false;
        var runs = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                Flush();
                i = SkipEscape(pattern, i + 1);
                continue;
            }

            if (inClass)
            {
                if (c == ']')
                {
                    inClass = false;
                }

                continue;
            }

            switch (c)
            {
                case '[':
                    Flush();
                    inClass = true;
                    continue;
                case '(':
                    Flush();
                    depth++;
                    continue;
                case ')':
                    depth--;
                    continue;
                case '|' when depth == 0:
                    return [];
                case '?' or '*' or '{':
                    // The quantified letter is optional: drop it from the run.
                    if (current.Length > 0)
                    {
                        current.Length--;
                    }

                    Flush();
                    continue;
                case '+':
                    Flush();
                    continue;
            }

            if (depth == 0 && char.IsAsciiLetter(c))
            {
                current.Append(c);
            }
            else
            {
                Flush();
            }
        }

        Flush();
        var longest = runs.Where(r => r.Length >= 3).OrderByDescending(r => r.Length).FirstOrDefault();
        return longest is null ? [] : [longest];

        static int SkipEscape(string pattern, int i)
        {
            // Returns the index of the escape's last character: \p{Name}, \k<name>, \uXXXX, \xXX, \cX.
            if (i >= pattern.Length)
            {
                return i;
            }

            var next = i + 1 < pattern.Length ? pattern[i + 1] : '\0';
            var close = (pattern[i], next) switch
            {
                ('p' or 'P', '{') => '}',
                ('k', '<') => '>',
                ('k', '\'') => '\'',
                _ => '\0',
            };
            if (close != '\0')
            {
                var end = pattern.IndexOf(close, i + 2);
                return end < 0 ? pattern.Length : end;
            }

            return pattern[i] switch
            {
                'u' => Math.Min(pattern.Length, i + 4),
                'x' => Math.Min(pattern.Length, i + 2),
                'c' => Math.Min(pattern.Length, i + 1),
                _ => i,
            };
        }

        void Flush()
        {
            if (current.Length > 0)
            {
                runs.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
