using System.Collections.Immutable;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Semantics;

/// <summary>What one block means: its clauses per sentence, person names, dates and meta reference; each built on first use.</summary>
internal sealed class BlockSemantics
{
    private readonly DocumentSemantics _document;
    private readonly BlockSyntax _block;
    private readonly ImmutableArray<ClauseSemantics>[] _clauses;
    private readonly Lazy<Attribution?> _blockAttribution;

    // Per sentence: 0 not yet known, 1 without a first-person word, 2 with one.
    private readonly byte[] _firstPersonWord;
    // Per sentence: 0 not yet asked, 1 no word of another person than the third, 2 one (the gate of "person is not third").
    private readonly byte[] _nonThirdPersonWord;
    private ImmutableArray<PersonEntity> _entities;
    private ImmutableArray<DateMention> _dates;
    private SpanIndex<PersonEntity>? _entityIndex;
    private SpanIndex<DateMention>? _dateIndex;
    private int _meta = -1;

    public BlockSemantics(DocumentSemantics document, BlockSyntax block)
    {
        _document = document;
        _block = block;
        _clauses = new ImmutableArray<ClauseSemantics>[block.Sentences.Length];
        _firstPersonWord = new byte[block.Sentences.Length];
        _nonThirdPersonWord = new byte[block.Sentences.Length];
        _blockAttribution = new Lazy<Attribution?>(BlockAttribution);
    }

    /// <summary>The voice the whole block has (a block quote, an interview answer, a dialogue line…), or null when its clauses are read one by one.</summary>
    public Attribution? BlockVoice => _blockAttribution.Value;

    /// <summary>The clauses of every sentence, in order.</summary>
    public IEnumerable<ClauseSemantics> Clauses => Enumerable.Range(0, _clauses.Length).SelectMany(i => ClausesOf(i));

    /// <summary>The clauses of the block's sentence number <paramref name="sentence"/>, built on first use (sentences are analysed independently).</summary>
    public ImmutableArray<ClauseSemantics> ClausesOf(int sentence)
    {
        if (_clauses[sentence].IsDefault)
        {
            var syntax = _block.Sentences[sentence];
            ImmutableInterlocked.InterlockedInitialize(ref _clauses[sentence], OrGiveUp(syntax.Span, () =>
            {
                var attribution = _blockAttribution.Value ?? DialogueLineAttribution(syntax);
                return ClauseAnalyzer.Analyze(syntax, attribution, _document.Language);
            }, []));
        }

        return _clauses[sentence];
    }

    /// <summary>
    /// Whether sentence number <paramref name="sentence"/> has a word that carries the first person,
    /// computed once and shared by every rule: no clause of a sentence without one is in the first person.
    /// </summary>
    public bool HasFirstPersonWord(int sentence)
    {
        if (_firstPersonWord[sentence] == 0)
        {
            _firstPersonWord[sentence] = PersonAnalyzer.HasFirstPersonWord(_block.Sentences[sentence], _document.Language) ? (byte)2 : (byte)1;
        }

        return _firstPersonWord[sentence] == 2;
    }

    /// <summary>Whether the sentence has a word that can put a clause in another person than the third (<see cref="PersonAnalyzer.HasNonThirdPersonWord"/>), cached.</summary>
    public bool HasNonThirdPersonWord(int sentence)
    {
        if (_nonThirdPersonWord[sentence] == 0)
        {
            // One scan: the wider test finds first-person words too; the first-person answer is reused only when already known.
            _nonThirdPersonWord[sentence] = _firstPersonWord[sentence] == 2 || PersonAnalyzer.HasNonThirdPersonWord(_block.Sentences[sentence], _document.Language) ? (byte)2 : (byte)1;
        }

        return _nonThirdPersonWord[sentence] == 2;
    }

    /// <summary>Whether a clause of the block is the narrator's in the first person; only sentences with a first-person word are analysed.</summary>
    public bool HasNarratorInFirstPerson()
    {
        for (var i = 0; i < _clauses.Length; i++)
        {
            if (HasFirstPersonWord(i) && ClausesOf(i).Any(c => c.IsNarrator && c.IsFirstPerson))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a narrator's first-person clause of the block is not given to a named speaker by the stance
    /// classifier (nor in a sentence with such a clause): the author's own first person, which an unsigned column shows in
    /// most paragraphs.
    /// </summary>
    public bool HasAuthorInFirstPerson()
    {
        for (var i = 0; i < _clauses.Length; i++)
        {
            // A sentence with a clause given to a speaker is theirs throughout ("I want to be clear: we will…").
            if (HasFirstPersonWord(i) && ClausesOf(i) is var clauses
                && !clauses.Any(c => c.IsNarrator && c.Stance == NarratorStance.Speaker)
                && clauses.Any(c => c.IsNarrator && c.IsFirstPerson))
            {
                return true;
            }
        }

        return false;
    }

    public ImmutableArray<PersonEntity> Entities
    {
        get
        {
            if (_entities.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref _entities, OrGiveUp(_block.Span, () => EntityRecognizer.Find(_block, PublicFigureGazetteer.Default), []));
            }

            return _entities;
        }
    }

    /// <summary>The person names, indexed for the ones touching a span.</summary>
    public SpanIndex<PersonEntity> EntityIndex =>
        Volatile.Read(ref _entityIndex) ?? Interlocked.CompareExchange(ref _entityIndex, new SpanIndex<PersonEntity>(Entities, static e => e.Span), null) ?? _entityIndex!;

    /// <summary>The dates and times, indexed for the ones touching a span.</summary>
    public SpanIndex<DateMention> DateIndex =>
        Volatile.Read(ref _dateIndex) ?? Interlocked.CompareExchange(ref _dateIndex, new SpanIndex<DateMention>(Dates, static d => d.Span), null) ?? _dateIndex!;

    public ImmutableArray<DateMention> Dates
    {
        get
        {
            if (_dates.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref _dates, OrGiveUp(_block.Span, () => DateRecognizer.Find(_block.Document.Prose, _block.Span, _document.Language), []));
            }

            return _dates;
        }
    }

    /// <summary>What the block speaks of besides the news; none for quotations and long paragraphs.</summary>
    public MetaReference Meta
    {
        get
        {
            // An int, so a read never tears; a race computes the same value twice and writes it twice.
            var meta = Volatile.Read(ref _meta);
            if (meta < 0)
            {
                meta = (int)ComputeMeta();
                Volatile.Write(ref _meta, meta);
            }

            return (MetaReference)meta;
        }
    }

    private MetaReference ComputeMeta() => OrGiveUp(_block.Span, () => MightBeMeta() ? NarratorMeta() : MetaReference.None, MetaReference.None);

    /// <summary>
    /// The model's answer, or <paramref name="fallback"/> when one of its patterns ran past its time limit twice: a
    /// best-effort model never throws at the rules that ask it; the span is recorded for DR0006. The limit is wall-clock
    /// time, so a starved machine (a loaded two-core runner) can trip it on ordinary text; a second try tells that from
    /// a pattern that runs away, and costs twice only on text that timed out.
    /// </summary>
    private T OrGiveUp<T>(TextSpan span, Func<T> compute, T fallback)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (_document.SimulateTimeout?.Invoke(span) == true)
                {
                    throw new System.Text.RegularExpressions.RegexMatchTimeoutException(string.Empty, string.Empty, TimeSpan.FromSeconds(1));
                }

                return compute();
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException) when (attempt == 1)
            {
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                _document.GaveUp(span);
                return fallback;
            }
        }
    }

    /// <summary>
    /// False when the block cannot be meta: too long, a quotation, or no sentence of it, as written, that
    /// the detector finds about the text. Blanking the other voices in <see cref="NarratorMeta"/> only
    /// removes words, so the clauses of most blocks are never built here (checked on the corpus).
    /// </summary>
    internal bool MightBeMeta()
    {
        if (_block.Kind is BlockKind.Quote || _block.Sentences.Length > 3 || _block.Span.Length > 400)
        {
            return false;
        }

        if (!MetaDetector.MightDetect(_block.Prose, _document.Language))
        {
            return false;
        }

        var prose = _block.Document.Prose;
        foreach (var sentence in _block.Sentences)
        {
            if (MetaDetector.Detect(prose.Substring(sentence.Span.Start, sentence.Span.Length), _document.Language) != MetaReference.None)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What the block speaks of besides the news, read in the narrator's words only; no gate.</summary>
    internal MetaReference NarratorMeta()
    {
        if (_block.Kind is BlockKind.Quote || _block.Sentences.Length > 3 || _block.Span.Length > 400)
        {
            return MetaReference.None;
        }

        // Only the narrator's own words count: a quoted "N’hésitez pas…" or "Voici le texte" is the speaker's.
        var prose = _block.Prose.ToArray();
        foreach (var clause in Clauses)
        {
            if (!clause.IsNarrator)
            {
                Array.Fill(prose, ' ', clause.Span.Start - _block.Span.Start, clause.Span.Length);
            }
        }

        // Every sentence must be about the text or an interjection ("Sure!", "Bien sûr !"): a paragraph
        // that also reports news is not meta, only its sentence is (the sentence rules handle that).
        var found = MetaReference.None;
        var listIntroduced = false;
        foreach (var sentence in _block.Sentences)
        {
            var text = new string(prose, sentence.Span.Start - _block.Span.Start, sentence.Span.Length);

            // The items of a list a note introduces ("Changes made:" / "- merged the paragraphs") are the note's.
            if (listIntroduced && IsListItem(sentence))
            {
                continue;
            }

            var meta = MetaDetector.Detect(text, _document.Language);
            if (meta == MetaReference.None && !MetaDetector.IsInterjection(text) && !string.IsNullOrWhiteSpace(text))
            {
                return MetaReference.None;
            }

            listIntroduced = meta != MetaReference.None && text.TrimEnd().EndsWith(':');

            // A sentence wholly in another voice that is not a bare quotation ("Le nombre … a augmenté, selon
            // Santé publique France.") reports news: the paragraph is not the assistant's.
            if (string.IsNullOrWhiteSpace(text) && sentence.Prose.TrimStart() is not [('«' or '“' or '"' or '‘' or '—' or '–'), ..])
            {
                return MetaReference.None;
            }

            found |= meta;
        }

        return found;
    }

    /// <summary>Whether <paramref name="sentence"/> is a list item: a list marker alone stands between its line's start and it.</summary>
    private bool IsListItem(SentenceSyntax sentence)
    {
        var prose = _block.Document.Prose.AsSpan();
        var lineStart = prose[..sentence.Span.Start].LastIndexOf('\n') + 1;
        var before = prose[lineStart..sentence.Span.Start];
        var indent = before.Length - before.TrimStart(" \t").Length;
        return before.Length > indent && SentenceSegmenter.ListMarkerLength(prose[(lineStart + indent)..]) == before.Length - indent;
    }

    /// <summary>A voice the whole block has: a block quote, a dialogue line, an interview question or answer.</summary>
    private Attribution? BlockAttribution()
    {
        if (_block.Kind == BlockKind.Quote)
        {
            return new Attribution(VoiceKind.Speaker, AttributionSource.BlockQuote, null);
        }

        if (_document.Interview?.RoleOf(_block) is { } role)
        {
            return new Attribution(VoiceKind.Speaker, role, null);
        }

        var prose = _block.Prose.TrimStart();

        // "— End of rewrite. Word count: 246.", « — Fin de la réécriture. Dites-moi si… »: a dash before a note about the
        // text itself opens no one's line; the note is the assistant's, as it would be without the dash.
        if (SentenceSegmenter.OpensWithDash(prose) && !SpeaksOfTheText(prose))
        {
            return new Attribution(VoiceKind.Speaker, AttributionSource.DialogueDash, null);
        }

        // A post embedded as scraped ("Just watched… — Name (@handle) date"): its author speaks.
        if (EmbeddedPost.IsPost(_block) || EmbeddedPost.IsAttributionLine(_block.Prose))
        {
            return new Attribution(VoiceKind.Speaker, AttributionSource.EmbeddedPost, null);
        }

        // A column signed on the next line ("— Anna Kovalenko is the energy columnist of this publication…"), and the
        // signature itself: the author speaks.
        if (SignedContribution.IsSigned(_block) || SignedContribution.IsSignature(prose))
        {
            return new Attribution(VoiceKind.Speaker, AttributionSource.SignedContribution, null);
        }

        // A transcript's line under its speaker's name ("Mintimer Shaimiyev: Thank you, Vladimir Vladimirovich."):
        // the named person speaks, as in an interview answer. One line is enough when the label is a public figure
        // the gazetteer lists ("Vladimir Putin: Friends, I congratulate you…"), as official sites print a speech, and
        // the unlabelled paragraphs that go on with that speech to the page's end are the same speaker's.
        if ((_document.IsTranscript && TranscriptLabels.IsLabelled(prose)) || TranscriptLabels.AnswersALabelledQuestion(_block)
            || TranscriptLabels.IsLabelledByAPublicFigure(prose) || _document.ContinuesASpeech(_block))
        {
            return new Attribution(VoiceKind.Speaker, AttributionSource.InterviewAnswer, null);
        }

        // "Vous attendiez-vous à ce licenciement ?" answered by "— Oui, depuis des mois.": a question the next
        // paragraph's dialogue line answers is the interviewer's, even when the document is no interview.
        if (AnsweredByNextDialogueLine())
        {
            return new Attribution(VoiceKind.Speaker, AttributionSource.InterviewQuestion, null);
        }

        // "Communiqué de l’agence :", "Extrait du discours de la ministre :", "In a statement:": a short
        // paragraph ending with a colon hands the next one to whoever it introduces.
        return IntroducedByPrevious() ? new Attribution(VoiceKind.Speaker, AttributionSource.IntroducedStatement, null) : null;
    }

    // The detector reads one language's patterns, then the other's: a French rewrite may end on an English note.
    private static bool SpeaksOfTheText(ReadOnlySpan<char> prose) =>
        MetaDetector.MightDetect(prose, DocumentLanguage.English)
        && MetaDetector.Detect(prose.ToString(), DocumentLanguage.English) != MetaReference.None;

    /// <summary>
    /// A sentence on a later line of the block that a dialogue dash opens, after a line that introduces it
    /// ("Un trader de Séoul résume :" / "— Nous avons vendu dès l’ouverture."): the one introduced speaks.
    /// </summary>
    private static Attribution? DialogueLineAttribution(SentenceSyntax sentence)
    {
        // The sentence's line, from the text's own line index (a binary search, no scan back per sentence).
        // On the block's first line there is no line above it.
        var document = sentence.Block.Document;
        var lineStart = document.Text.Lines.GetLineFromPosition(sentence.Span.Start).Start;
        if (lineStart <= sentence.Block.Span.Start
            || !SentenceSegmenter.OpensWithDash(document.Prose.AsSpan(lineStart, sentence.Block.Span.End - lineStart).TrimStart(" \t")))
        {
            return null;
        }

        var above = document.Prose.AsSpan(sentence.Block.Span.Start, lineStart - sentence.Block.Span.Start).TrimEnd();
        return above.Length > 0 && above[^1] is ':' or '—' or '–' or '»' or '”' or '.' or '!' or '?'
            ? new Attribution(VoiceKind.Speaker, AttributionSource.DialogueDash, null)
            : null;
    }

    // A question of one short paragraph, and right after it a one-line paragraph that a dialogue dash opens.
    private bool AnsweredByNextDialogueLine()
    {
        const int LongestQuestion = 300;
        var blocks = _block.Document.Blocks;
        if (_block.Kind != BlockKind.Paragraph || _block.Index + 1 >= blocks.Length)
        {
            return false;
        }

        // The reply is one line that ends as a sentence: a dashed list under a question ("— 40 million euros spent")
        // answers nothing.
        var text = _block.Prose.Trim();
        var next = blocks[_block.Index + 1];
        var reply = next.Prose.Trim();
        return text.Length is > 0 and <= LongestQuestion && text[^1] == '?'
            && next.Kind == BlockKind.Paragraph && SentenceSegmenter.OpensWithDash(reply)
            && !reply.Contains('\n') && reply[^1] is '.' or '!' or '?' or '…' or '»' or '”';
    }

    private bool IntroducedByPrevious()
    {
        if (_block.Index == 0 || _block.Kind != BlockKind.Paragraph)
        {
            return false;
        }

        // Only what stands right before: a code block or a table between them is what the colon introduced.
        var previous = _block.Document.Blocks[_block.Index - 1];
        var text = previous.Prose.TrimEnd();
        var between = _block.Document.Text.AsSpan(new TextSpan(previous.Span.End, _block.Span.Start - previous.Span.End));
        return previous.Kind == BlockKind.Paragraph && text.Length is > 0 and <= 200 && text[^1] == ':' && between.IsWhiteSpace();
    }
}
