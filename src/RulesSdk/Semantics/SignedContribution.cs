using System.Text.RegularExpressions;
using RulesSdk.Syntax;

namespace RulesSdk.Semantics;

/// <summary>
/// A column or guest contribution set inside a page: a paragraph, then its author's signature as the next paragraph,
/// a short line that names the author and says the text is theirs ("— Yelena Sokolova, chair of the organising
/// committee, in a column for the Forum's website", "Anna Kovalenko is the energy columnist of this publication. The
/// views expressed are her own.", « Jean Dupont, maire de Colmar, dans une tribune au Monde »). The signed paragraph is
/// its author's voice, so its first person is no persona leak. Only the paragraph right above the signature is
/// signed: a page that holds a longer column says so in its genre.
/// </summary>
internal static partial class SignedContribution
{
    // A signature is one short line.
    private const int LongestSignature = 260;

    /// <summary>
    /// Whether <paramref name="block"/> is signed: the next paragraph is its author's signature, or its own last line
    /// is ("…\n— Paul Verdier, économiste, tribune"), or it opens with a column's label and closes with the author's
    /// name after a dash ("Tribune — … — Marc Duval, délégué CFDT"), or it sits right under a column's label that carries
    /// the byline ("Point de vue — par Claire Daunois, économiste").
    /// </summary>
    public static bool IsSigned(BlockSyntax block)
    {
        if (block.Kind != BlockKind.Paragraph)
        {
            return false;
        }

        var blocks = block.Document.Blocks;
        if (block.Index + 1 < blocks.Length && blocks[block.Index + 1].Kind == BlockKind.Paragraph && IsSignature(blocks[block.Index + 1].Prose))
        {
            return true;
        }

        var prose = block.Prose.TrimEnd();
        var lastLine = prose.LastIndexOf('\n');
        if (lastLine > 0 && IsSignature(prose[(lastLine + 1)..]))
        {
            return true;
        }

        // The signature is read from the block's last characters only.
        if (GenreClassifier.OpinionLabel().IsMatch(prose) && DashedName().IsMatch(prose[Math.Max(0, prose.Length - LongestSignature)..]))
        {
            return true;
        }

        // Under a column's label that carries its byline ("Point de vue — par Claire Daunois, économiste", "Opinion | By
        // Anna Kovalenko", "Comment | Ivan Sergeyev, retired deputy prosecutor", « Tribune de Marc Duval, linguiste »):
        // the label line is the signature, set above the text instead of below it.
        if (block.Index > 0
            && blocks[block.Index - 1].Kind is BlockKind.Paragraph or BlockKind.Heading
            && blocks[block.Index - 1].Prose.Trim() is { Length: <= LongestSignature } label
            && !label.Contains('\n')
            && ((GenreClassifier.OpinionLabel().IsMatch(label) && (LabelByline().IsMatch(label) || LabelNameAndRole().IsMatch(label)))
                || GenreClassifier.SignedColumnLabel().IsMatch(label)))
        {
            return true;
        }

        // Between a column's title ("Tribune — « Nous ne pourrons pas dire que nous ne savions pas »") and the author's
        // note ("Nadim Houry est directeur adjoint de la division Moyen-Orient de Human Rights Watch.").
        return block.Index > 0 && block.Index + 1 < blocks.Length
            && blocks[block.Index - 1].Kind is BlockKind.Paragraph or BlockKind.Heading
            && blocks[block.Index - 1].Prose.Length <= LongestSignature
            && GenreClassifier.OpinionLabel().IsMatch(blocks[block.Index - 1].Prose)
            && blocks[block.Index + 1].Prose.Trim().Length <= LongestSignature
            && GenreClassifier.AuthorNote().IsMatch(blocks[block.Index + 1].Prose.Trim());
    }

    /// <summary>Whether <paramref name="prose"/> is only a signature: a name, then who they are and that the text is their column.</summary>
    public static bool IsSignature(ReadOnlySpan<char> prose)
    {
        var line = prose.Trim();
        return line.Length is > 0 and <= LongestSignature && !line.Contains('\n') && Signature().IsMatch(line);
    }

    // A dash, then the author's name and, after a comma, who they are, up to the end: "— Marc Duval, délégué CFDT".
    [GeneratedRegex(@"[—–]\s*\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,3}(?:\s*,[^—–\n]{1,160})?\s*\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DashedName();

    // A byline inside a column's label: "par"/"by", then a name of two to four capitalised words, then at most who they are.
    [GeneratedRegex(@"(?<![\p{L}])(?:[Pp]ar|[Bb]y)\s+\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,3}(?:\s*,[^\n]{1,160})?\s*\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LabelByline();

    // After the label's separator, a name of two to four capitalised words and, after a comma, who they are: "Comment |
    // Ivan Sergeyev, retired deputy prosecutor". Without "by", the role is what tells a name from a title in capitals.
    [GeneratedRegex(@"[:|–—-]\s*\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,3}\s*,[^\n,.]{1,160}\s*\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LabelNameAndRole();

    // An optional dash, a name of two to four capitalised words, then (after a comma or "is"/« est ») a cue that the text
    // is the author's own: a column, an op-ed, a guest essay, a letter, "the views expressed", a tribune, a chronicle.
    [GeneratedRegex(@"\A(?:[—–-]\s*)?\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,3}(?:\s*,|\s+(?:is|was|est))\s[^\n]{0,220}?(?<![\p{L}])(?i:columns?|columnist|op-ed|opinion\s+piece|guest\s+(?:post|essay|column)|letter\s+to\s+the\s+editor|contributing\s+(?:writer|editor)|the\s+views\s+expressed|tribune|chronique|chroniqueur|chroniqueuse|éditorialiste|billet|les\s+opinions\s+exprimées|n[’']engagent\s+que)(?![\p{L}])[^\n]{0,220}\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Signature();
}
