using System.Globalization;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace RulesSdk.Vale;

/// <summary>Vale's <c>sequence</c> check, as a DSL token sequence.</summary>
internal sealed partial class ValeRuleTranslator
{
    /// <summary>
    /// Each Vale token becomes one captured item <c>tN=…</c> (so <c>%[N]s</c> in the message is
    /// <c>{tN}</c>): a <c>pattern</c> a whole-token regex, a <c>tag</c> a closed word class
    /// (<see cref="PennTagMapping"/>), <c>negate</c> a <c>!</c>, and <c>skip: n</c> a
    /// <c>skip(0..n)</c> before the next token. A tag for an open class (noun, verb, adjective,
    /// adverb) needs a tagger: alone it makes the rule an error; beside a pattern the pattern is kept.
    /// </summary>
    private (string? Match, string[] Captures, string Scope) SequenceCheck(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, bool ignoreCase)
    {
        if (!fields.TryGetValue("tokens", out var tokensField) || tokensField.Value is not YamlSequenceNode tokens || tokens.Children.Count == 0)
        {
            Error(ValeDiagnosticIds.MissingField, "a sequence rule needs a list of 'tokens' (each with a 'pattern' or a 'tag')", fields.TryGetValue("tokens", out var t) ? t.Key : fields["extends"].Key);
            return (null, [], "sentence anywhere");
        }

        var items = new StringBuilder("tokens");
        var captures = new List<string>();
        foreach (var node in tokens.Children)
        {
            if (node is not YamlMappingNode token)
            {
                Error(ValeDiagnosticIds.MissingField, "a sequence token is a mapping (pattern:, tag:, negate:, skip:)", node);
                continue;
            }

            var item = SequenceItem(token, ignoreCase);
            if (item is null)
            {
                continue;
            }

            var name = "t" + (captures.Count + 1).ToString(CultureInfo.InvariantCulture);
            captures.Add(name);
            items.Append(' ').Append(name).Append('=').Append(TokenField(token, "negate") is "true" or "yes" ? "!" : string.Empty).Append(item);
            if (TokenField(token, "skip") is { } skip)
            {
                if (!int.TryParse(skip, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > 50)
                {
                    Error(ValeDiagnosticIds.UnsupportedField, $"skip '{DslText.Shown(skip)}': expected a whole number of tokens from 0 to 50", TokenNode(token, "skip")!);
                }
                else if (count > 0)
                {
                    items.Append(CultureInfo.InvariantCulture, $" skip(0..{count})");
                }
            }
        }

        return (items.ToString(), [.. captures], "sentence anywhere");
    }

    private string? SequenceItem(YamlMappingNode token, bool ignoreCase)
    {
        foreach (var (key, _) in token.Children)
        {
            if (Scalar(key) is { } name && name is not ("pattern" or "tag" or "negate" or "skip"))
            {
                Warning(ValeDiagnosticIds.UnsupportedField, $"sequence token field '{DslText.Shown(name)}' is not part of Vale's NLPToken: ignored", key);
            }
        }

        var pattern = TokenField(token, "pattern");
        var tag = TokenField(token, "tag");
        if (pattern is null && tag is null)
        {
            Error(ValeDiagnosticIds.MissingField, "a sequence token needs a 'pattern' or a 'tag'", token);
            return null;
        }

        string? tagItem = null;
        if (tag is not null)
        {
            var mapped = PennTagMapping.Map(tag, out var unmapped);
            if (mapped is not null)
            {
                tagItem = mapped.Count == 1 ? mapped[0] : "(" + string.Join(" | ", mapped) + ")";
            }
            else if (pattern is null)
            {
                Error(ValeDiagnosticIds.UnsupportedField, $"tag '{DslText.Shown(tag)}': {string.Join(", ", unmapped)} need a part-of-speech tagger, which RulesSdk does not have (closed classes map: DT, PDT, WDT, PRP, PRP$, WP, WP$, IN, CC, MD, CD, NNP, NNPS, TO, EX, WRB)", TokenNode(token, "tag")!);
                return null;
            }
        }

        if (pattern is null)
        {
            return tagItem;
        }

        if (tag is not null)
        {
            Warning(ValeDiagnosticIds.UnsupportedField, $"tag '{DslText.Shown(tag)}' beside pattern '{DslText.Shown(pattern)}': only the pattern is checked", TokenNode(token, "tag")!);
        }

        var node = TokenNode(token, "pattern")!;
        return Checked(ConvertRegex(pattern, node), ignoreCase ? "i" : string.Empty, node);
    }

    private static YamlNode? TokenNode(YamlMappingNode token, string name) =>
        token.Children.FirstOrDefault(c => Scalar(c.Key) == name).Value;

    private static string? TokenField(YamlMappingNode token, string name) =>
        TokenNode(token, name) is { } node ? Scalar(node) : null;
}
