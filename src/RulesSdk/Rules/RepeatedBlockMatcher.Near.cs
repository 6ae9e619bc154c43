using System.Text.RegularExpressions;
using RulesSdk.Semantics;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules;

/// <summary>Near copies of the headline: the headline with small changes, compared on its content words.</summary>
public sealed partial class RepeatedBlockMatcher
{
    // A first name and a middle name at most: more added words are more than a name, whatever the model says.
    private const int MaxNameWords = 2;

    // The lead is the first body block, or the block that opens the article with a dateline under a standfirst.
    private const int LeadBlocks = 3;

    /// <summary>
    /// The near copy right under (or above) the headline when one of the two is decorated and the other is plain
    /// ("**…**", a closing full stop, a label): the decorated one is the copy, as for an exact copy; or, both alike, the
    /// one right under an assistant's preface.
    /// </summary>
    private static BlockSyntax? NearCopyUnderTitle(DocumentSyntax syntax)
    {
        if (TitleAndNext(syntax) is not ({ } title, { } next) || SameHeadline(title, next)
            || !NearBlock(syntax, title, next).IsCertainBlockCopy)
        {
            return null;
        }

        var (titleDecorated, nextDecorated) = (IsDecorated(title), IsDecorated(next));
        return titleDecorated != nextDecorated ? (titleDecorated ? title : next) : IsUnderPreface(title) ? title : null;
    }

    /// <summary>
    /// The headline sits under an assistant's preface ("Here is the rewritten article:"): the block right under the preface
    /// is the assistant's own copy of the headline, put above the article it rewrote.
    /// </summary>
    private static bool IsUnderPreface(BlockSyntax title) => title.Index > 0;

    /// <summary>
    /// Near copies less certain than <c>near</c>'s: the block right under the headline when neither of the two is the
    /// decorated one (the lower one is the copy), and paragraphs of their own a little further from the headline.
    /// </summary>
    private void MatchReworded(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        var semantics = DocumentSemantics.For(syntax);
        if (semantics.Title is not { } title)
        {
            return;
        }

        var body = syntax.Blocks.Skip(title.Index + 1).Where(b => IsBody(semantics, b)).ToList();
        for (var i = 0; i < body.Count; i++)
        {
            if (SameHeadline(title, body[i]))
            {
                continue;
            }

            var copy = NearBlock(syntax, title, body[i]);
            if (i == 0)
            {
                // Neither of the two is decorated: the headline is the document's first block, so the block under it,
                // which says it again and adds at most a word, is the copy (the paraphraser writes its copy after what it copies).
                var undecided = copy.IsCertainBlockCopy && IsDecorated(title) == IsDecorated(body[i]) && !IsUnderPreface(title);
                if (undecided || (copy.IsPossibleBlockCopy && !copy.IsCertainBlockCopy && IsHeadlineLength(title, body[i])))
                {
                    results.Add(new RuleMatch(body[i].Span, scope));
                }
            }
            else if (copy.IsPossibleBlockCopy && !copy.IsCertainBlockCopy && IsHeadlineLength(title, body[i]))
            {
                results.Add(new RuleMatch(body[i].Span, scope));
            }
        }
    }

    /// <summary>A block no longer than twice the headline: a lead paragraph that says more is no copy of it.</summary>
    private static bool IsHeadlineLength(BlockSyntax title, BlockSyntax block) => block.Span.Length <= 2 * title.Span.Length;

    /// <summary>
    /// First sentences of the lead that say the headline again and nothing more ("Mintimer Shaimiyev has been awarded
    /// the Order… ." under "Mintimer Shaimiyev awarded Order…", « 3 juillet 2012. - Syrie : HRW dénonce des actes de
    /// torture. L'ONG… »): the sentence and the spaces after it, so that deleting it keeps the dateline and the rest.
    /// </summary>
    private static IEnumerable<TextSpan> LeadSentenceCopies(DocumentSyntax syntax, BlockSyntax title, List<BlockSyntax> body)
    {
        for (var i = 0; i < Math.Min(LeadBlocks, body.Count); i++)
        {
            var block = body[i];
            var sentences = block.Sentences;
            if (sentences.Length < 2 || (i > 0 && !OpensWithDateline(syntax, block, sentences[0])))
            {
                continue;
            }

            var first = sentences[0];
            if (!first.IsInQuote && NearSentence(syntax, title, first.Span).IsSentenceCopy)
            {
                yield return TextSpan.FromBounds(first.Span.Start, sentences[1].Span.Start);
            }
        }
    }

    /// <summary>A dateline before the block's first sentence: « 6 novembre 2012. - », "MOSCOW, December 6 - ".</summary>
    private static bool OpensWithDateline(DocumentSyntax syntax, BlockSyntax block, SentenceSyntax first) =>
        first.Span.Start > block.Span.Start
        && LeadDateline().IsMatch(syntax.Prose.AsSpan(block.Span.Start, first.Span.Start - block.Span.Start));

    [GeneratedRegex(@"\d.*[-–—]\s*\z", RegexOptions.CultureInvariant | RegexOptions.Singleline, 1000)]
    private static partial Regex LeadDateline();

    /// <summary>The closest comparison of a block (a paragraph of its own) with the headline, with or without its kicker.</summary>
    private static RepeatedBlockNearCopy NearBlock(DocumentSyntax syntax, BlockSyntax title, BlockSyntax block) =>
        NearSentence(syntax, title, block.Span);

    private static RepeatedBlockNearCopy NearSentence(DocumentSyntax syntax, BlockSyntax title, TextSpan span)
    {
        var language = syntax.Language;
        var semantics = DocumentSemantics.For(syntax);
        var prose = syntax.Prose.AsSpan(span.Start, span.Length);

        // A label before the copy ("Headline: …") is no word of it.
        var label = Label().Match(TextFolding.Fold(prose));
        var start = label.Success ? label.Length : 0;
        var candidate = RepeatedBlockWords.Read(prose[start..], span.Start + start, language);
        var best = default(RepeatedBlockNearCopy);
        foreach (var headline in HeadlineWords(title, language))
        {
            var copy = RepeatedBlockNearCopy.Compare(headline, candidate);

            // Only a near copy that adds a word or two asks the semantic model for the names it holds: most blocks are far.
            if (copy.Added is > 0 and <= MaxNameWords && copy.Shared >= RepeatedBlockNearCopy.MinHeadlineWords)
            {
                var names = semantics.GetEntities(span);
                copy = RepeatedBlockNearCopy.Compare(headline, candidate, w => IsNameExpansion(syntax, names, headline, w));
            }

            if (copy.Jaccard > best.Jaccard)
            {
                best = copy;
            }
        }

        return best;
    }

    /// <summary>The headline's content words, whole and without its kicker ("France : …"), each once; a label is dropped.</summary>
    private static IEnumerable<HashSet<string>> HeadlineWords(BlockSyntax title, string language)
    {
        var prose = Label().Replace(TextFolding.Fold(title.Prose), string.Empty, 1);
        var whole = RepeatedBlockWords.Forms(RepeatedBlockWords.Read(prose, 0, language));
        if (whole.Count < RepeatedBlockNearCopy.MinHeadlineWords)
        {
            yield break;
        }

        yield return whole;
        var kicker = Kicker().Match(prose);
        if (kicker.Success)
        {
            var body = RepeatedBlockWords.Forms(RepeatedBlockWords.Read(prose.AsSpan(kicker.Length), 0, language));
            if (body.Count >= RepeatedBlockNearCopy.MinHeadlineWords)
            {
                yield return body;
            }
        }
    }

    /// <summary>
    /// A word the copy adds inside a person's name whose other words the headline gives ("Arnaud" in « Pour Arnaud
    /// Montebourg » under « pour Montebourg »): the full name is no new fact. A role before the name ("President of
    /// Ukraine") is not part of it.
    /// </summary>
    private static bool IsNameExpansion(DocumentSyntax syntax, IEnumerable<PersonEntity> names, HashSet<string> headline, RepeatedBlockWords.Word word)
    {
        foreach (var name in names)
        {
            var nameSpan = name.Span;
            if (!nameSpan.Contains(word.Span) || (name.RoleSpan is { } role && role.Contains(word.Span)))
            {
                continue;
            }

            var words = RepeatedBlockWords.Read(syntax.Prose.AsSpan(nameSpan.Start, nameSpan.Length), nameSpan.Start, syntax.Language);
            if (words.Any(w => w.Span != word.Span && headline.Contains(w.Form)))
            {
                return true;
            }
        }

        return false;
    }
}
