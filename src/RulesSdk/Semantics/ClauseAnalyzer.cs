using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Semantics;

/// <summary>
/// Splits a sentence into clauses and says, for each, who speaks and in which person. Clauses end
/// at ; and : and after que/qu’/that; quotations are clauses of their own. Best effort on any input:
/// unbalanced quotes, no end punctuation and all-caps text give fewer distinctions, never an error.
/// </summary>
internal static partial class ClauseAnalyzer
{
    public static ImmutableArray<ClauseSemantics> Analyze(SentenceSyntax sentence, Attribution? blockAttribution, string language)
    {
        var prose = sentence.Block.Document.Prose;
        var span = Trim(prose, sentence.Span);
        if (span.IsEmpty)
        {
            return [];
        }

        var pieces = Split(sentence, span, language);
        var patterns = AttributionPatterns.For(language);

        // A closing attribution ("…, a déclaré X.") hands everything before it to the speaker it names.
        TextSpan? incise = null;
        TextSpan? inciseSpeaker = null;
        var outsideQuotes = Unquoted(sentence, span);

        // One scan for a reporting verb decides whether the two costly attribution patterns can match at all.
        var mayReport = patterns.ReportingVerb.IsMatch(prose.AsSpan(span.Start, span.Length));
        if (blockAttribution is null && mayReport)
        {
            var tail = patterns.ClosingIncise.Match(prose, span.Start, span.Length);
            if (tail.Success && tail.Index > span.Start)
            {
                incise = new TextSpan(tail.Groups["incise"].Index, span.End - tail.Groups["incise"].Index);
                inciseSpeaker = tail.Groups["who"].Success && tail.Groups["who"].Length > 0 ? Trim(prose, new TextSpan(tail.Groups["who"].Index, tail.Groups["who"].Length)) : null;
            }
        }

        // An attribution between commas ("Pour moi, a insisté X, cette conférence…", "For me, X said once more, …")
        // hands the unquoted words on both sides to the speaker: direct speech that lost its quotation marks.
        var inciseEnd = -1;
        if (incise is null && blockAttribution is null && mayReport && outsideQuotes && !pieces.Exists(static p => p.Quoted))
        {
            // Only after a short head of one clause ("Pour moi", "I want to repeat once more"): an incise after a
            // lead-in and its fact ("Je me dois de signaler que la campagne est prolongée, a annoncé l’agence, …")
            // attributes the fact, not the lead-in.
            var middle = patterns.MidIncise.Match(prose, span.Start, Math.Min(span.Length, MaxHeadBeforeMidIncise + 200));
            if (middle.Success && middle.Index > span.Start && middle.Index - span.Start <= MaxHeadBeforeMidIncise
                && !pieces.Exists(p => p.Span.End < middle.Index && p.Span.End > span.Start && !prose.AsSpan(p.Span.End, middle.Index - p.Span.End).IsWhiteSpace()))
            {
                var group = middle.Groups["incise"];
                incise = new TextSpan(group.Index, group.Length);
                inciseEnd = middle.Index + middle.Length;
                inciseSpeaker = middle.Groups["who"].Success && middle.Groups["who"].Length > 0 ? Trim(prose, new TextSpan(middle.Groups["who"].Index, middle.Groups["who"].Length)) : null;
            }
        }

        if (incise is { } cut)
        {
            pieces = CutAt(prose, pieces, cut.Start);
            if (inciseEnd >= 0)
            {
                pieces = CutAt(prose, pieces, inciseEnd);
            }
        }

        // The narrator's comment on what the reader could expect, ahead of a reported fact ("Comme on
        // pouvait s’y attendre, …, a précisé X", "As one might expect, operators said …"), stays the
        // narrator's: the closing attribution names who said the fact, not who addresses the reader about
        // it. Only looked for when an attribution would otherwise take the head.
        var narratorHeadEnd = -1;
        if (incise is not null && pieces.Count > 0 && !pieces[0].Quoted && outsideQuotes)
        {
            var head = (language == DocumentLanguage.French ? FrenchNarratorHead() : EnglishNarratorHead()).Match(prose, pieces[0].Span.Start, pieces[0].Span.Length);
            if (head.Success)
            {
                narratorHeadEnd = head.Index + head.Length;
                if (narratorHeadEnd < pieces[0].Span.End)
                {
                    var first0 = pieces[0].Span;
                    pieces.RemoveAt(0);
                    var rest = new List<(TextSpan, bool)>(2);
                    AddTrimmed(prose, TextSpan.FromBounds(first0.Start, narratorHeadEnd), rest);
                    AddTrimmed(prose, TextSpan.FromBounds(narratorHeadEnd, first0.End), rest);
                    pieces.InsertRange(0, rest);
                }
            }
        }

        // A head before "according to X" / "selon X" ("Put simply, according to him, …", "Point capital, selon
        // lui, …") is the narrator's: only what follows is X's. The first clause only, its head ending in a comma.
        if (outsideQuotes && pieces.Count > 0 && !pieces[0].Quoted)
        {
            var firstPiece = pieces[0].Span;
            var according = patterns.According.Match(prose, firstPiece.Start, firstPiece.Length);
            if (according.Success && according.Index > firstPiece.Start && according.Index - firstPiece.Start <= MaxHeadBeforeAccording
                && prose.AsSpan(firstPiece.Start, according.Index - firstPiece.Start).TrimEnd().EndsWith(','))
            {
                pieces = CutAt(prose, pieces, according.Index);
            }
        }

        // Sized once the pieces are final: one clause each, handed over without a copy.
        var builder = ImmutableArray.CreateBuilder<ClauseSemantics>(pieces.Count);
        var previousWasReporting = false;
        var chainsOn = false;
        TextSpan? reportingSubject = null;
        bool? aboutTheText = null;
        var first = true;
        foreach (var (piece, quoted) in pieces)
        {
            // The narrator addressing the reader ahead of a reported fact ("Je dois vous dire que …, a
            // déclaré X", "I have to tell you that …, X said") keeps the narrator's voice: the closing
            // attribution names who said the fact, not who addresses the reader.
            var addressesReader = first && !quoted && (piece.End <= narratorHeadEnd || (language == DocumentLanguage.French ? FrenchReaderAddress() : EnglishReaderAddress()).IsMatch(prose.AsSpan(piece.Start, piece.Length)));
            first = false;
            Attribution attribution;
            if (blockAttribution is { } fixedAttribution)
            {
                attribution = fixedAttribution;
            }
            else if (quoted)
            {
                attribution = new Attribution(VoiceKind.Speaker, AttributionSource.Quotation, inciseSpeaker ?? NearbySpeaker(sentence, piece, patterns));
            }
            else if (incise is { } i && (piece.End <= i.Start || (inciseEnd >= 0 && piece.Start >= inciseEnd)) && outsideQuotes && !addressesReader)
            {
                attribution = new Attribution(VoiceKind.Speaker, AttributionSource.ClosingIncise, inciseSpeaker);
            }
            else if (patterns.According.Match(prose, piece.Start, piece.Length) is { Success: true } according)
            {
                attribution = new Attribution(VoiceKind.Speaker, AttributionSource.ReportedSpeech, Trim(prose, new TextSpan(according.Groups["who"].Index, according.Groups["who"].Length)));
            }
            else if (previousWasReporting || chainsOn)
            {
                attribution = new Attribution(VoiceKind.Speaker, AttributionSource.IndirectSpeech, reportingSubject);
            }
            else
            {
                attribution = Attribution.Narrator;
            }

            var (person, words) = PersonAnalyzer.Analyze(sentence, piece, language);
            var clause = new ClauseSemantics(piece, attribution, person, words);

            // Only the narrator's first person is classified (rare in news, so the patterns seldom run).
            if (clause.IsNarrator && clause.IsFirstPerson)
            {
                aboutTheText ??= StanceClassifier.IsAboutTheText(sentence, language);
                clause = clause with { Stance = StanceClassifier.Classify(sentence, piece, language, aboutTheText.Value) };
            }

            builder.Add(clause);

            // "X a affirmé que …": the next clause is X's, unless the narrator itself reports ("je tiens à dire que").
            previousWasReporting = false;
            if (!quoted && person is GrammaticalPerson.Third && mayReport && patterns.ComplementAtEnd.IsMatch(prose.AsSpan(piece.Start, piece.Length))
                && patterns.ReportingBeforeComplement.Match(prose, piece.Start, piece.Length) is { Success: true } reporting)
            {
                // The words reported next are the reporting verb's subject's: what stands before the verb ("Elle
                // explique que", "Le chercheur de l’université annonce que", "Gérald Karsenti a précisé que").
                previousWasReporting = true;
                var subject = Trim(prose, TextSpan.FromBounds(piece.Start, reporting.Index));
                reportingSubject = subject.IsEmpty ? null : subject;
            }

            // The reported words go on through the clauses chained to them by que/that ("X estime que les
            // témoignages concordent au point que je …", "X explains that, given the appeals that the group
            // prepares, I …"); a quotation, a semicolon or a colon ends them.
            chainsOn = !quoted && attribution.Source == AttributionSource.IndirectSpeech
                && patterns.ComplementAtEnd.IsMatch(prose.AsSpan(piece.Start, piece.Length));
        }

        return builder.MoveToImmutable();
    }

    // A head longer than this before an attribution in mid-sentence is a clause of its own, not the speaker's opening words.
    private const int MaxHeadBeforeMidIncise = 80;

    // A head longer than this before "according to" is a clause of its own, not a lead-in.
    private const int MaxHeadBeforeAccording = 60;

    private static List<(TextSpan Span, bool Quoted)> CutAt(string prose, List<(TextSpan Span, bool Quoted)> pieces, int position)
    {
        var result = new List<(TextSpan, bool)>(pieces.Count + 1);
        foreach (var (span, quoted) in pieces)
        {
            if (!quoted && span.Start < position && position < span.End)
            {
                AddTrimmed(prose, new TextSpan(span.Start, position - span.Start), result);
                AddTrimmed(prose, new TextSpan(position, span.End - position), result);
            }
            else
            {
                result.Add((span, quoted));
            }
        }

        return result;
    }

    private static bool Unquoted(SentenceSyntax sentence, TextSpan span) => !sentence.Block.IsInQuote(span);

    /// <summary>The speaker of a quotation without a closing attribution: "X a déclaré : « … »" before it.</summary>
    private static TextSpan? NearbySpeaker(SentenceSyntax sentence, TextSpan quote, AttributionPatterns patterns)
    {
        var prose = sentence.Block.Document.Prose;
        var before = new TextSpan(sentence.Span.Start, Math.Max(0, quote.Start - sentence.Span.Start));
        if (before.Length < 3)
        {
            return null;
        }

        // Only the last characters before the quotation, from a word's start: a sentence of thousands of
        // quotations would otherwise be read from its start once per quotation (quadratic).
        if (before.Length > MaxSpeakerLookBehind)
        {
            var from = before.End - MaxSpeakerLookBehind;
            while (from < before.End && !char.IsWhiteSpace(prose[from]))
            {
                from++;
            }

            before = TextSpan.FromBounds(from, before.End);
        }

        var name = LeadingName().Match(prose, before.Start, before.Length);
        return name.Success ? new TextSpan(name.Index, name.Length) : null;
    }

    // How far before a quotation its speaker's name is looked for.
    private const int MaxSpeakerLookBehind = 300;

    private static List<(TextSpan Span, bool Quoted)> Split(SentenceSyntax sentence, TextSpan span, string language)
    {
        var prose = sentence.Block.Document.Prose;
        var pieces = new List<(TextSpan, bool)>();
        var position = span.Start;
        // In a block of many quotations only the top-level ones from the first that reaches the sentence
        // are read, up to the first that starts after it; a block of a few is read whole.
        var quotes = sentence.Block.Quotes;
        var topLevel = TopLevelQuotes.For(sentence.Block);
        var count = topLevel?.Count ?? quotes.Length;
        for (var i = topLevel?.FirstEndingAfter(span.Start) ?? 0; i < count; i++)
        {
            var quote = topLevel is null ? quotes[i] : topLevel[i];
            if (topLevel is not null && quote.Span.Start >= span.End)
            {
                break;
            }

            if (quote.Span.End <= span.Start || quote.Span.Start >= span.End || quote.Depth > 0)
            {
                continue;
            }

            var start = Math.Max(quote.Span.Start, span.Start);
            if (start > position)
            {
                AddOutside(prose, new TextSpan(position, start - position), language, pieces);
            }

            var end = Math.Min(quote.Span.End, span.End);
            pieces.Add((new TextSpan(start, end - start), true));
            position = end;
        }

        if (position < span.End)
        {
            AddOutside(prose, new TextSpan(position, span.End - position), language, pieces);
        }

        return pieces;
    }

    private static void AddOutside(string prose, TextSpan span, string language, List<(TextSpan, bool)> pieces)
    {
        var boundary = language == DocumentLanguage.French ? FrenchBoundary() : EnglishBoundary();
        var start = span.Start;
        // The span scans the same characters a substring would (its edges are the input's edges), without
        // a copy of the piece or a Match object per boundary.
        foreach (var match in boundary.EnumerateMatches(prose.AsSpan(span.Start, span.Length)))
        {
            var end = span.Start + match.Index + match.Length;
            // A que/that opening the sentence ("Que faire ?") ends nothing.
            if (end > start && end < span.End && !prose.AsSpan(start, span.Start + match.Index - start).IsWhiteSpace())
            {
                AddTrimmed(prose, new TextSpan(start, end - start), pieces);
                start = end;
            }
        }

        AddTrimmed(prose, new TextSpan(start, span.End - start), pieces);
    }

    private static void AddTrimmed(string prose, TextSpan span, List<(TextSpan, bool)> pieces)
    {
        var trimmed = Trim(prose, span);
        if (!trimmed.IsEmpty)
        {
            pieces.Add((trimmed, false));
        }
    }

    public static TextSpan Trim(string prose, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && char.IsWhiteSpace(prose[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(prose[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end - start);
    }

    // Clause ends: after ; or : followed by a space, and after the complementizer que/qu’/that
    // ("que" as a whole word: "questions", "quelque" go on).
    [GeneratedRegex(@"[;:](?=\s)|\b(?:que(?:\s*,)?(?=\s)|qu[’'](?=\s*\p{L}))\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchBoundary();

    [GeneratedRegex(@"[;:](?=\s)|\bthat(?:\s*,)?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishBoundary();

    // A first-person clause that speaks to the reader ("vous"/"you") and introduces a complement.
    [GeneratedRegex(@"\A\s*(?:(?:je|j[’']|nous)\b[^.!?«»“”""]{0,60}?\bvous\b|il\s+faut\s+que\s+je\s+vous\b|(?:permettez|laissez)-(?:moi|nous)\b)[^.!?«»“”""]{0,60}?\b(?:que|qu[’'])(?:\s*,)?\s*\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchReaderAddress();

    [GeneratedRegex(@"\A\s*(?:(?:I|we)\b[^.!?“”""]{0,60}?\byou\b|(?:let|allow)\s+(?:me|us)\b)[^.!?“”""]{0,60}?\bthat(?:\s*,)?\s*\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishReaderAddress();

    // The narrator's comment on what the reader could expect, at the start of a sentence and closed by a
    // comma (a closed class). A first-person telling head ("Je tiens à souligner que …, a déclaré X") stays
    // the speaker's: unquoted speech may frame its own words.
    [GeneratedRegex(@"\A\s*(?:(?:mais|et|or)\s+)?comme\s+(?:on|vous|nous)\s+(?:pouvait|pouvez|pouvions|pourrait|pourriez|pouviez)\s+(?:bien\s+)?(?:s[’']en|vous\s+en|nous\s+en|s[’']y|vous\s+y|nous\s+y|le)\s+(?:douter|attendre|imaginer|deviner|prévoir|craindre)\s*,", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchNarratorHead();

    [GeneratedRegex(@"\A\s*(?:(?:but|and|so|yet)\s+)?as\s+(?:one|you|we|anyone)\s+(?:might|would|could|may|can)\s+(?:well\s+)?(?:expect|imagine|guess|suspect|have\s+(?:expected|guessed|imagined))\s*,", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishNarratorHead();

    [GeneratedRegex(@"\p{Lu}[\p{L}’'.-]+(?:\s+(?:\p{Lu}[\p{L}’'.-]+|von|van|der|de|du|da|la|le|bin|al))*(?=[^\p{Lu}]*$)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LeadingName();
}
