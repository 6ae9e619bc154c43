using System.Text;
using System.Text.RegularExpressions;
using RulesSdk.Semantics;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules;

/// <summary>
/// A block that repeats an earlier block, compared on its words only: case, accents, markup
/// (**, *, #), quotation marks, punctuation (a trailing full stop) and a "Titre :" / "Title:" /
/// "Headline:" label ("Titre proposé :", "Suggested headline:") do not count. With <c>firstOnly</c>, only
/// the first body block repeating the headline, where the headline is the first block that is not an
/// assistant preface (the semantic model's title); a kicker before a colon ("Égypte : …", "Mali: …") may
/// be missing from one of the pair. The decorated one of the pair ("**Title**" over "Title") is the copy.
/// With <see cref="RepeatedBlockPosition.Last"/>, the last body block that is neither trailing metadata nor
/// a note on the text, when it repeats the headline the same way (a copy pasted at the end).
/// With <c>near</c>, the first, inside, last and opening positions also take a near copy: the headline with small
/// changes (<see cref="RepeatedBlockNearCopy"/>), certain enough to delete whatever their place; <see cref="RepeatedBlockPosition.Reworded"/>
/// reports the less certain ones, the block under the headline when neither of the two is decorated among them.
/// </summary>
public sealed partial class RepeatedBlockMatcher(RepeatedBlockPosition position, bool near = false) : RuleMatcher
{
    public RepeatedBlockMatcher(bool firstOnly)
        : this(firstOnly ? RepeatedBlockPosition.First : RepeatedBlockPosition.Any)
    {
    }

    public override void Match(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(results);
        var blocks = syntax.Blocks;
        if (position == RepeatedBlockPosition.Last)
        {
            if (TitleAndLast(syntax) is ({ } headline, { } last)
                && (SameHeadline(headline, last) || (near && NearBlock(syntax, headline, last).IsCertainBlockCopy)))
            {
                results.Add(new RuleMatch(last.Span, scope));
            }

            return;
        }

        if (position == RepeatedBlockPosition.First)
        {
            if (blocks.Length < 2)
            {
                return;
            }

            // Cheap case first: the plain copy right under the first block needs no model.
            var (title, copy) = Normalize(blocks[0]) == Normalize(blocks[1]) ? (blocks[0], blocks[1]) : TitleAndNext(syntax);
            if (title is not null && copy is not null && SameHeadline(title, copy))
            {
                // The copy is the decorated one ("**Title**", "Titre : « Title. »"); when the headline itself
                // carries the decoration and the block under it is plain, the headline is the copy. Under an assistant's
                // preface, the block right under it is the assistant's copy and the one below it the article's headline.
                var decoratedHeadline = IsDecorated(title) && !IsDecorated(copy);
                var prefacedHeadline = IsDecorated(title) == IsDecorated(copy) && IsUnderPreface(title);
                results.Add(new RuleMatch((decoratedHeadline || prefacedHeadline ? title : copy).Span, scope));
            }
            else if (near && NearCopyUnderTitle(syntax) is { } nearCopy)
            {
                results.Add(new RuleMatch(nearCopy.Span, scope));
            }

            return;
        }

        if (position == RepeatedBlockPosition.Reworded)
        {
            MatchReworded(syntax, scope, results);
            return;
        }

        if (position is RepeatedBlockPosition.Inside or RepeatedBlockPosition.Opening)
        {
            MatchInBody(syntax, scope, results);
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            var key = Normalize(block);
            if (key.Length >= 20 && !seen.Add(key))
            {
                results.Add(new RuleMatch(block.Span, scope));
            }
        }
    }

    private void MatchInBody(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        var semantics = DocumentSemantics.For(syntax);
        if (semantics.Title is not { } title)
        {
            return;
        }

        var body = syntax.Blocks.Skip(title.Index + 1).Where(b => IsBody(semantics, b)).ToList();
        if (position == RepeatedBlockPosition.Inside)
        {
            // The first and the last body blocks are repeated block first / last's.
            for (var i = 1; i < body.Count - 1; i++)
            {
                if (SameHeadline(title, body[i]) || (near && NearBlock(syntax, title, body[i]).IsCertainBlockCopy))
                {
                    results.Add(new RuleMatch(body[i].Span, scope));
                }
            }

            return;
        }

        var headline = Normalize(title);
        if (WordCount(headline) < 4)
        {
            return;
        }

        foreach (var block in body)
        {
            var prose = block.Prose;
            var end = GluedHeadlineEnd(headline, prose);
            if (end > 0)
            {
                results.Add(new RuleMatch(new TextSpan(block.Span.Start, end), scope));
            }

            // A copy pasted between two sentences of the paragraph ("…since the pandemic. Title - Source "Putin earns…").
            foreach (var start in SentenceStartsAfterTheFirst(prose, headline[0]))
            {
                var length = GluedHeadlineEnd(headline, prose[start..]);
                if (length > 0)
                {
                    results.Add(new RuleMatch(new TextSpan(block.Span.Start + start, length), scope));
                }
            }
        }

        if (near)
        {
            foreach (var sentence in LeadSentenceCopies(syntax, title, body))
            {
                if (!results.Any(m => m.Span.OverlapsWith(sentence)))
                {
                    results.Add(new RuleMatch(sentence, scope));
                }
            }
        }
    }

    /// <summary>
    /// Where a sentence starting with <paramref name="first"/> (folded) may open inside the prose: after a full stop, a question or
    /// exclamation mark (a closing quotation mark may follow it) and white space. Only these positions are compared with the headline.
    /// </summary>
    private static List<int> SentenceStartsAfterTheFirst(ReadOnlySpan<char> prose, char first)
    {
        var starts = new List<int>();
        for (var i = 1; i < prose.Length; i++)
        {
            if (!char.IsWhiteSpace(prose[i - 1]) || char.IsWhiteSpace(prose[i]) || TextFolding.Fold(prose[i]) != first)
            {
                continue;
            }

            var k = i - 1;
            while (k > 0 && char.IsWhiteSpace(prose[k]))
            {
                k--;
            }

            while (k > 0 && prose[k] is '»' or '”' or '"' or '’' or ')')
            {
                k--;
            }

            if (prose[k] is '.' or '!' or '?' or '…')
            {
                starts.Add(i);
            }
        }

        return starts;
    }

    /// <summary>
    /// Where a copy of the headline (its normalised words) ends at the start of <paramref name="prose"/>, its closing
    /// full stop and the spaces after it included, when a sentence follows it (a capital letter or a digit: the
    /// paragraph's own start); 0 otherwise. A paragraph that goes on the headline's sentence ("Title: details…",
    /// "Title, said…") is not a glued copy.
    /// </summary>
    private static int GluedHeadlineEnd(string headline, ReadOnlySpan<char> prose)
    {
        var j = 0;
        var i = 0;
        for (; i < prose.Length && j < headline.Length; i++)
        {
            var c = TextFolding.Fold(prose[i]);
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            if (headline[j] == ' ')
            {
                // A word boundary of the headline must be one in the paragraph too.
                if (i == 0 || char.IsLetterOrDigit(TextFolding.Fold(prose[i - 1])))
                {
                    return 0;
                }

                j++;
            }

            if (headline[j] != c)
            {
                return 0;
            }

            j++;
        }

        if (j < headline.Length || (i < prose.Length && char.IsLetterOrDigit(TextFolding.Fold(prose[i]))))
        {
            return 0;
        }

        // The copy's own closing punctuation, then the spaces before the paragraph's first sentence.
        var end = i;
        while (i < prose.Length)
        {
            if (prose[i] is '.' or '!' or '?' or '»' or '”' or '"' or '*' or '_')
            {
                i++;
                continue;
            }

            // « Title. » : the space before a closing French quotation mark belongs to the copy.
            var k = i;
            while (k < prose.Length && prose[k] is ' ' or '\u00A0' or '\u202F')
            {
                k++;
            }

            // A straight quotation mark touching the next word opens the next sentence ("Title "Putin earns…").
            if (k == i || k >= prose.Length || prose[k] is not ('»' or '”' or '"')
                || (prose[k] == '"' && k + 1 < prose.Length && char.IsLetterOrDigit(prose[k + 1])))
            {
                break;
            }

            i = k + 1;
        }

        var spaces = i;
        while (i < prose.Length && char.IsWhiteSpace(prose[i]))
        {
            i++;
        }

        // The next sentence may open with a quotation mark ("Title - Source \"Putin earns…").
        var next = i < prose.Length - 1 && prose[i] is '"' or '“' or '«' ? i + 1 : i;
        while (next > i && next < prose.Length - 1 && prose[next] is ' ' or '\u00A0' or '\u202F')
        {
            next++;
        }

        if (i == spaces || next >= prose.Length || !(char.IsUpper(prose[next]) || char.IsDigit(prose[next])))
        {
            return 0;
        }

        // Without its own full stop, a copy followed by a weekday may be a sentence going on ("Storm hits the coast Tuesday.").
        return spaces == end && Weekday().IsMatch(prose[i..]) ? 0 : i;
    }

    private const int MaxPageTitleLength = 300;
    private static readonly System.Buffers.SearchValues<char> SuffixSeparators = System.Buffers.SearchValues.Create("|-–—");

    // Words separated by spaces, each without spaces itself: no way to split one word several ways, so no backtracking.
    [GeneratedRegex(@"\s[|\-–—]\s+\p{Lu}[\p{L}\p{Nd}.&’']*(?:\s+(?:of|de|du|des|the|and|et|la|le|\p{Lu}[\p{L}\p{Nd}.&’']*)){0,4}\s*\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SourceSuffix();

    [GeneratedRegex(@"\A(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Weekday();

    /// <summary>
    /// The two blocks hold the same words, or the same words once one of them drops its kicker: "Égypte : le
    /// parti exige les résultats" and "Le parti exige les résultats" (at least four words must remain).
    /// </summary>
    private static bool SameHeadline(BlockSyntax title, BlockSyntax copy)
    {
        var (headline, repeated) = (Normalize(title), Normalize(copy));
        if (headline.Length == 0)
        {
            return false;
        }

        if (headline == repeated)
        {
            return true;
        }

        var (headlineBody, repeatedBody) = (WithoutKicker(title), WithoutKicker(copy));
        return (headlineBody is not null && headlineBody == repeated && WordCount(repeated) >= 4)
            || (repeatedBody is not null && repeatedBody == headline && WordCount(headline) >= 4)
            || (WithoutSourceSuffix(copy) is { } copyBody && copyBody == headline && WordCount(headline) >= 4)
            || (WithoutSourceSuffix(title) is { } titleBody && titleBody == repeated && WordCount(repeated) >= 4)
            || (WordCount(headline) >= 4 && IsDatelineAround(headline, repeated))
            || IsTruncatedCopy(headline, repeated, copy);
    }

    /// <summary>
    /// The copy is the headline cut short and closed by an ellipsis, as a preview shows it: "Website was launched for
    /// foreigners who want to help Ukraine…" under the whole headline. At least four words must remain.
    /// </summary>
    private static bool IsTruncatedCopy(string headline, string repeated, BlockSyntax copy)
    {
        var written = copy.Prose.TrimEnd();
        return (written.EndsWith("…", StringComparison.Ordinal) || written.EndsWith("...", StringComparison.Ordinal))
            && repeated.Length < headline.Length
            && WordCount(repeated) >= 4
            && headline.StartsWith(repeated, StringComparison.Ordinal);
    }

    /// <summary>
    /// The copy is the headline with a dateline before or after it, as a wire copy carries one: "Title - Kyiv, 22 January
    /// 2022", "Title (11 November 2021)", "Paris, 2 juillet 2012 — Title" (normalised words: folded, no punctuation).
    /// </summary>
    private static bool IsDatelineAround(string headline, string repeated)
    {
        if (repeated.Length <= headline.Length + 1)
        {
            return false;
        }

        if (repeated.StartsWith(headline + " ", StringComparison.Ordinal))
        {
            return Dateline().IsMatch(repeated.AsSpan(headline.Length + 1));
        }

        return repeated.EndsWith(" " + headline, StringComparison.Ordinal)
            && Dateline().IsMatch(repeated.AsSpan(0, repeated.Length - headline.Length - 1));
    }

    // A place of up to three words and a date (day month year, month day year, or numeric), folded and without punctuation;
    // "… overnight on 22 January 2024" is a sentence going on with its date, not a dateline.
    [GeneratedRegex(@"\A(?:(?!(?:on|in|at|by|the|since|from|until|le|la|les|du|au|en|des|par|depuis|jusqu)\b)\p{L}+ ){0,3}?(?:(?:\d{1,2}(?:er)? )?(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)(?: \d{1,2})?(?: \d{4})?|\d{1,2} \d{1,2} \d{2,4}|\d{4} \d{1,2} \d{1,2})\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Dateline();

    /// <summary>
    /// The block's words before a site's name as a page title ends with it ("… program | President of Ukraine",
    /// "Fukushima fait muter les papillons - Wikinews"): a separator between spaces, then at most five words; null without one.
    /// </summary>
    private static string? WithoutSourceSuffix(BlockSyntax block)
    {
        // A page title is one short line with a separator in its last words: most blocks are read no further.
        var raw = block.Prose;
        if (raw.Length > MaxPageTitleLength || raw[Math.Max(0, raw.Length - 64)..].IndexOfAny(SuffixSeparators) < 0)
        {
            return null;
        }

        // A site's name: capitalised words and their connectors ("President of Ukraine", "BBC News", "Wikinews"), never a
        // clause going on after a dash ("… Russia - but only near the border.", "… | sauf en Bretagne").
        var text = raw.ToString();
        var suffix = SourceSuffix().Match(text);
        return suffix.Success ? Normalize(Label().Replace(TextFolding.Fold(text.AsSpan(0, suffix.Index)), string.Empty, 1)) : null;
    }


    /// <summary>The block's words after a kicker of one to three words and a colon, or null without one.</summary>
    private static string? WithoutKicker(BlockSyntax block)
    {
        var prose = Label().Replace(TextFolding.Fold(block.Prose), string.Empty, 1);
        var kicker = Kicker().Match(prose);
        return kicker.Success ? Normalize(prose[kicker.Length..]) : null;
    }

    private static int WordCount(string normalized) => normalized.Count(c => c == ' ') + 1;

    private static (BlockSyntax? Title, BlockSyntax? Copy) TitleAndNext(DocumentSyntax syntax)
    {
        var semantics = DocumentSemantics.For(syntax);
        if (semantics.Title is not { } title)
        {
            return (null, null);
        }

        var next = syntax.Blocks.Skip(title.Index + 1).FirstOrDefault(b => !semantics.IsMetaBlock(b));
        return (title, next);
    }

    /// <summary>
    /// The headline and the document's last body block: the last block below the first body block that is
    /// no note on the text (a sign-off) and holds no trailing metadata; none when the body has one block.
    /// </summary>
    private static (BlockSyntax? Title, BlockSyntax? Last) TitleAndLast(DocumentSyntax syntax)
    {
        if (syntax.Blocks.Length < 3)
        {
            return (null, null);
        }

        var semantics = DocumentSemantics.For(syntax);
        if (semantics.Title is not { } title)
        {
            return (null, null);
        }

        for (var i = syntax.Blocks.Length - 1; i > title.Index + 1; i--)
        {
            var block = syntax.Blocks[i];
            if (IsBody(semantics, block))
            {
                return (title, block);
            }
        }

        return (null, null);
    }

    /// <summary>The block's words, folded, without a title label: "**Titre : « Le Pont. »**" → "le pont".</summary>
    /// <summary>A block of the article's body: not a note on the text, not trailing publication metadata.</summary>
    private static bool IsBody(DocumentSemantics semantics, BlockSyntax block) =>
        !semantics.IsMetaBlock(block) && !semantics.TrailingMetadata.Any(m => m.OverlapsWith(block.Span));

    private static string Normalize(BlockSyntax block) => Normalize(Label().Replace(TextFolding.Fold(block.Prose), string.Empty, 1));

    private static string Normalize(string folded)
    {
        var builder = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    // "Titre :", "Titre proposé :", "Suggested headline:", "Headline (rewritten):", "Nouveau titre —".
    [GeneratedRegex(@"^[\s\p{P}\p{S}]*(?:\p{L}+\s+){0,2}(?:titre|title|headline|heading|titel|titulo|intitule)(?:\s+\p{L}+){0,2}\s*(?:\([^()\n]{0,40}\)\s*)?(?::|\s[—–]\s)\s*", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Label();

    // A kicker of one to three words before a colon at the headline's start: "égypte : ", "mali: ".
    [GeneratedRegex(@"^[\s\p{P}\p{S}]*\p{L}[\p{L}\-’']*(?:\s+\p{L}[\p{L}\-’']*){0,2}\s*:\s+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Kicker();

    /// <summary>
    /// Emphasis, quotation marks, a label or a closing full stop around the block's words, as written
    /// (a Markdown heading's "#" is structure, not decoration).
    /// </summary>
    private static bool IsDecorated(BlockSyntax block) =>
        Decoration().IsMatch(block.Text.Trim()) || Label().IsMatch(TextFolding.Fold(block.Prose))
        || (block.Document.Kind == DocumentKind.PlainText && HeadingMark().IsMatch(block.Text.TrimStart()));

    // In plain text a Markdown heading mark ("# Title") is markup the paraphraser added, as "**…**" is; in a Markdown
    // document it is how the headline is written, so it decorates nothing there.
    [GeneratedRegex(@"^#{1,6}\s+\S", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex HeadingMark();

    // A closing hashtag ("… #JO2012") is a post's label added to the copy.
    [GeneratedRegex(@"^(?:[*_>«“""]|(?:titre|title|headline)\s*:)|[*_»”""]$|(?<!\.)\.$|\s#\p{L}[\p{L}\p{Nd}_]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Decoration();
}
