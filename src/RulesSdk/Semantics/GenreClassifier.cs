using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using RulesSdk.Analyzers;
using RulesSdk.Syntax;

namespace RulesSdk.Semantics;

/// <summary>
/// The genre from structure and cues: an interview layout; a speech's address ("Mesdames et
/// messieurs", "Ladies and gentlemen"); a press release's marks ("communiqué de presse", "For
/// immediate release", "About X", "Media contact"); an op-ed's label or byline ("Tribune", "Opinion:",
/// "By X") with the author in the first person, or the narrator in the first person in most
/// paragraphs. Otherwise a news report.
/// </summary>
internal static partial class GenreClassifier
{
    // The press-release pattern runs on every block; most blocks lack all of its literals.
    private static readonly Lazy<TextPrefilter?> PressReleaseCues = new(() => RegexCues.Of(PressRelease()));

    public static GenreAssessment Classify(DocumentSemantics semantics)
    {
        var syntax = semantics.Syntax;
        var cues = ImmutableArray.CreateBuilder<string>();
        var blocks = syntax.Blocks;

        // A report that embeds a short Q&A stays a report (its answers are exempt by their block).
        if (semantics.Interview is { } interview
            && interview.IsDominant(blocks.Count(b => b.Kind is not BlockKind.Heading && !semantics.IsMetaBlock(b))))
        {
            cues.Add(string.Create(CultureInfo.InvariantCulture, $"{interview.QuestionCount} question paragraph(s), questions and answers in {interview.RoleCount} blocks"));
            return new GenreAssessment(DocumentGenre.Interview, cues.ToImmutable());
        }

        var head = blocks.Take(4).ToList();
        var tail = blocks.Skip(Math.Max(0, blocks.Length - 4)).ToList();
        if (head.Concat(tail).FirstOrDefault(b => SpeechAddress().IsMatch(b.Prose)) is { } address)
        {
            cues.Add($"address to the audience in block {address.Index}");
            return new GenreAssessment(DocumentGenre.Speech, cues.ToImmutable());
        }

        if (blocks.FirstOrDefault(b => RegexCues.MightMatch(PressReleaseCues.Value, b.Prose) && PressRelease().IsMatch(b.Prose)) is { } release)
        {
            cues.Add($"press-release mark in block {release.Index}");
            return new GenreAssessment(DocumentGenre.PressRelease, cues.ToImmutable());
        }

        var bodyBlocks = blocks.Where(b => b.Kind is not BlockKind.Heading && !semantics.IsMetaBlock(b)).ToList();
        var body = bodyBlocks.Count;

        // A column is signed at the top ("Opinion:", "By X") or at the bottom, by the author's note
        // ("Helen Marsh is a retired teacher…", "L’auteur, X, est agriculteur…").
        var topLabel = head.FirstOrDefault(b => OpinionLabel().IsMatch(b.Prose) || Byline().IsMatch(b.Prose.Trim()) || SignedColumnLabel().IsMatch(b.Prose.Trim()));
        var authorNote = topLabel is null
            ? tail.LastOrDefault(b => b.Kind is not BlockKind.Heading && !semantics.IsMetaBlock(b) && b.Sentences.Length <= 2 && AuthorNote().IsMatch(b.Prose.Trim()))
            : null;
        var label = topLabel ?? authorNote;

        // Only a block with a first-person word can have the narrator in the first person, so their count
        // bounds the narrator's: it settles most reports without analysing a single clause.
        var candidates = bodyBlocks.Where(b => semantics.MayHaveFirstPersonClause(b.Span)).ToList();
        // A column's label that names its author ("Tribune de X, linguiste", "Opinion by X") signs the whole text:
        // one first-person paragraph is the author's, as under an author's note. A bare "By X" is any report's byline.
        var signedColumn = topLabel is not null && SignedColumnLabel().IsMatch(topLabel.Prose.Trim());
        var needed = Math.Min(label is null ? int.MaxValue : authorNote is null && !signedColumn ? 2 : 1, body >= 3 ? (body / 2) + 1 : int.MaxValue);
        if (candidates.Count < needed)
        {
            cues.Add(string.Create(CultureInfo.InvariantCulture, $"first-person words in {candidates.Count} of {body} paragraphs"));
            return new GenreAssessment(DocumentGenre.NewsReport, cues.ToImmutable());
        }

        var firstPerson = candidates.Count(semantics.HasNarratorInFirstPerson);

        // The author's note signs the paragraph right above it: a contribution of one first-person paragraph
        // ("Je suis moi-même l’un de ces locuteurs…" / "L’auteur, X, est professeur…") is its author's too.
        // Only a note that names its subject the author does ("Helen Marsh is a retired teacher…" may be a
        // person of the story).
        var signedAbove = authorNote is not null && authorNote.Index > 0 && NamedAuthor().IsMatch(authorNote.Prose)
            && semantics.HasNarratorInFirstPerson(blocks[authorNote.Index - 1]);
        if (label is not null && (firstPerson >= 2 || signedAbove || (signedColumn && firstPerson >= 1)))
        {
            cues.Add($"opinion label, byline or author's note in block {label.Index}");
            cues.Add(string.Create(CultureInfo.InvariantCulture, $"narrator in the first person in {firstPerson} of {body} paragraphs"));
            return new GenreAssessment(DocumentGenre.OpEd, cues.ToImmutable());
        }

        // A signed tribune without a label: the author speaks in most paragraphs. First person the stance
        // classifier gives to a named speaker ("X took the floor next. I want to be clear: …") is theirs, not the
        // author's: a report whose paraphrase lost several attributions stays a report.
        if (body >= 3 && firstPerson * 2 > body && candidates.Count(semantics.HasAuthorInFirstPerson) * 2 > body)
        {
            cues.Add(string.Create(CultureInfo.InvariantCulture, $"narrator in the first person in {firstPerson} of {body} paragraphs"));
            return new GenreAssessment(DocumentGenre.OpEd, cues.ToImmutable());
        }

        cues.Add(string.Create(CultureInfo.InvariantCulture, $"narrator in the first person in {firstPerson} of {body} paragraphs"));
        return new GenreAssessment(DocumentGenre.NewsReport, cues.ToImmutable());
    }

    [GeneratedRegex(@"^\s*(?:Mesdames(?:\s+et\s+|,\s*)Messieurs|Mes\s+chers\s+compatriotes|Chers\s+compatriotes|Ladies\s+and\s+gentlemen|My\s+fellow\s+(?:Americans|citizens)|Fellow\s+citizens|Thank\s+you(?:\s+(?:all|very\s+much))?\s*[.!]?\s*$|Je\s+vous\s+remercie\s*[.!]?\s*$|Vive\s+la\s+République)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SpeechAddress();

    // "Communiqué de presse" and "press release" mark a release as a line of their own ("COMMUNIQUÉ DE PRESSE",
    // "Press release – Paris, 3 May"); inside a sentence ("TVE a émis un communiqué de presse affirmant…") they
    // are news about a release.
    [GeneratedRegex(@"^[\s*#_>«“""]*(?:communiqué\s+de\s+presse|press\s+release)\b(?=[\s*_»”""]*(?:$|[:|–—,(\-]|\d))|\b(?:for\s+immediate\s+release|media\s+(?:contact|enquiries|inquiries)|contact\s+presse|^\s*(?:à\s+propos\s+de|about)\s+\p{Lu}[\p{L}&.\-]*(?:\s+\p{Lu}[\p{L}&.\-]*){0,4}\s*$|/PRNewswire/|Business\s+Wire|GLOBE\s+NEWSWIRE)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline, 1000)]
    private static partial Regex PressRelease();

    [GeneratedRegex(@"\A[\s*_]*(?:L[’']\s*(?:auteur|auteure|autrice)|The\s+(?:author|writer))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NamedAuthor();

    // A column's label opening a block: "Opinion:", "Tribune —", "Point de vue.", or the label alone ("TRIBUNE").
    [GeneratedRegex(@"^\s*(?:Opinion|Column|Op-ed|Commentary|Comment|Editorial|Viewpoint|Tribune|Point\s+de\s+vue|Chronique|Éditorial|Editorial|Billet)\s*(?:[:|–—.-]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    internal static partial Regex OpinionLabel();

    // A column's label followed by its author's name: "Tribune de Marc Duval, linguiste", "Chronique d’Anne Roy",
    // "Point de vue de …", "Opinion by Helen Marsh", "A column by …". The line is the label, nothing more.
    [GeneratedRegex(@"\A[*_#\s]*(?:(?:Tribune|Chronique|Billet|Point\s+de\s+vue|Éditorial|Editorial)\s+(?:de|d[’']|par)\s*|(?:(?:An?\s+)?(?:Opinion|Column|Op-ed|Commentary|Viewpoint|Guest\s+(?:essay|column))(?:\s+piece)?)\s+by\s+)\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,3}(?:\s*,\s*[^.\n]{0,100})?[*_\s]*\z", RegexOptions.CultureInvariant, 1000)]
    internal static partial Regex SignedColumnLabel();

    // The author's note that closes a column: who the signatory is, in one or two sentences.
    [GeneratedRegex(@"^(?:(?:The\s+(?:author|writer)|L[’']aut(?:eur|eure|rice)|Le\s+signataire|La\s+signataire)\b|\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'.-]+|de|du|van|von|le|la)){1,3}\s*,?\s+(?:is\s+(?:a|an|the)\s|was\s+(?:a|an|the)\s|writes\s|farms\s|teaches\s|chairs\s|est\s+\p{Ll}|était\s+\p{Ll}|préside\s|dirige\s|enseigne\s))[^\n]{0,300}$", RegexOptions.CultureInvariant, 1000)]
    internal static partial Regex AuthorNote();

    [GeneratedRegex(@"^(?:By|Par)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:,\s*[^.]{0,80})?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Byline();
}
