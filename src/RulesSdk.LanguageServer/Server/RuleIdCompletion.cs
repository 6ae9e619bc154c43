using System.Text.RegularExpressions;
using RulesSdk.Text;

namespace RulesSdk.LanguageServer.Server;

/// <summary>
/// Where rule ids can be completed: after <c>&lt;!-- docrules-disable…</c> / <c>docrules-enable</c>
/// in a prose document, and as a key of the <c>rules</c> object of a <c>.docrules.json</c>
/// (inside its quotes). Gives the span of the partial id the completion replaces.
/// </summary>
internal static partial class RuleIdCompletion
{
    public static string[] TriggerCharacters { get; } = [" ", ",", "\""];

    /// <summary>The partial id under the cursor in a suppression comment, or null when the cursor is not in one.</summary>
    public static TextSpan? InSuppressionComment(SourceText text, int offset)
    {
        var line = text.Lines.GetLineFromPosition(offset);
        var before = text.ToString(TextSpan.FromBounds(line.Start, offset));
        var match = SuppressionPrefix().Match(before);
        return match.Success ? new TextSpan(offset - match.Groups["partial"].Length, match.Groups["partial"].Length) : null;
    }

    /// <summary>The partial id under the cursor when it is in a key's quotes directly inside <c>"rules": { … }</c>, else null.</summary>
    public static TextSpan? InConfigurationRules(SourceText text, int offset)
    {
        var before = text.ToString(TextSpan.FromBounds(0, offset));
        var key = KeyPrefix().Match(before);
        if (!key.Success)
        {
            return null;
        }

        // Walk back from the key's quote to the brace that opens its object, skipping nested ones and strings.
        var depth = 0;
        var inString = false;
        for (var i = key.Index; i >= 0; i--)
        {
            var c = before[i];
            if (c == '"' && !IsEscaped(before, i))
            {
                inString = !inString;
                continue;
            }

            if (inString)
            {
                continue;
            }

            if (c is '}' or ']')
            {
                depth++;
            }
            else if (c is '{' or '[')
            {
                if (depth-- > 0)
                {
                    continue;
                }

                return c == '{' && RulesKey().IsMatch(before[..i])
                    ? new TextSpan(offset - key.Groups["partial"].Length, key.Groups["partial"].Length)
                    : null;
            }
        }

        return null;
    }

    private static bool IsEscaped(string text, int quote)
    {
        var backslashes = 0;
        for (var i = quote - 1; i >= 0 && text[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    [GeneratedRegex(@"<!--\s*docrules-(?:disable|enable)(?:-next-line|-line|-file)?(?:\s+[A-Za-z0-9]+\s*,?)*\s+(?<partial>[A-Za-z0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex SuppressionPrefix();

    // An opening quote in key position ("{" or "," before it, comments aside), then the partial id.
    [GeneratedRegex(@"[{,](?:\s|/\*.*?\*/|//[^\n]*\n)*""(?<partial>[A-Za-z0-9]*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex KeyPrefix();

    [GeneratedRegex(@"""rules""\s*:\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RulesKey();
}
