namespace RulesSdk.Dsl.Binding;

/// <summary>
/// How deep a rule's regex nests its groups. The binder refuses patterns deeper than
/// <see cref="MaxDepth"/> (DSL0040): the literal extractor and the regex generator's code walk
/// groups recursively, and thousands of nested groups are never a sensible rule.
/// </summary>
internal static class RegexNesting
{
    public const int MaxDepth = 100;

    /// <summary>The offset of the first '(' nested past <see cref="MaxDepth"/>, if any (escapes and character classes skipped).</summary>
    public static int? TooDeepAt(string pattern)
    {
        var depth = 0;
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[' when !inClass:
                    inClass = true;
                    break;
                case ']' when inClass:
                    inClass = false;
                    break;
                case '(' when !inClass:
                    if (++depth > MaxDepth)
                    {
                        return i;
                    }

                    break;
                case ')' when !inClass:
                    depth--;
                    break;
            }
        }

        return null;
    }
}
