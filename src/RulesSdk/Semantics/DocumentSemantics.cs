using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Semantics;

/// <summary>
/// What a document means, beside <see cref="DocumentSyntax"/> as Roslyn's SemanticModel stands
/// beside the syntax tree: who speaks each clause and in which person, the genre, person names
/// and their gazetteer match, dates, and the structural role of each block. Questions are asked
/// by span or block; each block's answers are built on first use and kept, so the model costs
/// nothing until an analyzer asks, and is shared by every analyzer of a run
/// (<see cref="For(DocumentSyntax)"/> returns one instance per syntax).
/// </summary>
public sealed partial class DocumentSemantics
{
    private static readonly ConditionalWeakTable<DocumentSyntax, DocumentSemantics> Cache = [];

    private readonly BlockSemantics?[] _blocks;
    private ImmutableArray<TextSpan> _incomplete = [];
    private readonly Lazy<InterviewLayout?> _interview;
    private readonly Lazy<GenreAssessment> _genre;
    private readonly Lazy<ImmutableArray<StructuralRole>> _roles;
    private readonly Lazy<ImmutableArray<TextSpan>> _trailingMetadata;
    private readonly Lazy<bool> _addressesItsReader;
    private readonly Lazy<bool> _transcript;
    private readonly Lazy<bool> _signedByCorrespondent;
    private readonly Lazy<int> _speechTailStart;

    private DocumentSemantics(DocumentSyntax syntax)
    {
        Syntax = syntax;
        Language = syntax.Language == DocumentLanguage.French ? DocumentLanguage.French : DocumentLanguage.English;
        _blocks = new BlockSemantics?[syntax.Blocks.Length];
        _interview = new Lazy<InterviewLayout?>(() => InterviewLayout.Read(syntax));
        _genre = new Lazy<GenreAssessment>(() => GenreClassifier.Classify(this));
        _roles = new Lazy<ImmutableArray<StructuralRole>>(ComputeRoles);
        _trailingMetadata = new Lazy<ImmutableArray<TextSpan>>(ComputeTrailingMetadata);
        _addressesItsReader = new Lazy<bool>(ComputeAddressesItsReader);
        _transcript = new Lazy<bool>(() => TranscriptLabels.IsTranscript(syntax));
        _signedByCorrespondent = new Lazy<bool>(() => CorrespondentByline.Signs(syntax));
        _speechTailStart = new Lazy<int>(() => TranscriptLabels.SpeechTailStart(syntax));
    }

    public DocumentSyntax Syntax { get; }

    /// <summary>"fr" or "en": the model reads French documents as French and every other language as English.</summary>
    public string Language { get; }

    /// <summary>The genre and the cues that decided it.</summary>
    public GenreAssessment GenreAssessment => _genre.Value;

    public DocumentGenre Genre => _genre.Value.Genre;

    internal InterviewLayout? Interview => _interview.Value;

    /// <summary>Whether two paragraphs or more open with a speaker's name and a colon (<see cref="TranscriptLabels"/>).</summary>
    internal bool IsTranscript => _transcript.Value;

    /// <summary>Whether the block goes on with a public figure's speech printed under their name (<see cref="TranscriptLabels.SpeechTailStart"/>).</summary>
    internal bool ContinuesASpeech(BlockSyntax block) => _speechTailStart.Value is >= 0 and var start && block.Index >= start;

    /// <summary>
    /// The sentences the model gave up on (one of its patterns ran past its time limit there: the sentence reads
    /// as having no clauses), and the blocks whose names, dates or meta reference it gave up on. Empty on
    /// ordinary input; the driver reports a non-empty list as DR0006.
    /// </summary>
    public ImmutableArray<TextSpan> IncompleteSpans => _incomplete;

    /// <summary>Tests only: a sentence for which this returns true times out as a model pattern would.</summary>
    internal Func<TextSpan, bool>? SimulateTimeout { get; set; }

    internal void GaveUp(TextSpan span) => ImmutableInterlocked.Update(ref _incomplete, static (spans, s) => spans.Add(s), span);

    /// <summary>The model of <paramref name="syntax"/> when something already built it, without building one.</summary>
    internal static DocumentSemantics? Existing(DocumentSyntax syntax) => Cache.TryGetValue(syntax, out var semantics) ? semantics : null;

    /// <summary>The model of <paramref name="syntax"/>: one per syntax, built on first use (nothing is computed until asked).</summary>
    public static DocumentSemantics For(DocumentSyntax syntax)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        return Cache.GetValue(syntax, static s => new DocumentSemantics(s));
    }

    /// <summary>The clauses of <paramref name="sentence"/>, in order.</summary>
    public ImmutableArray<ClauseSemantics> GetClauses(SentenceSyntax sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Block(sentence.Block).ClausesOf(sentence.Index);
    }

    /// <summary>Every clause of <paramref name="block"/>.</summary>
    public IEnumerable<ClauseSemantics> GetClauses(BlockSyntax block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return Block(block).Clauses;
    }

    /// <summary>The clauses that overlap <paramref name="span"/> (or touch it when it is empty).</summary>
    public IEnumerable<ClauseSemantics> GetClauses(TextSpan span)
    {
        foreach (var sentence in SentencesIn(span))
        {
            foreach (var clause in GetClauses(sentence))
            {
                if (clause.Span.OverlapsWith(span) || (span.IsEmpty && clause.Span.Contains(span.Start)) || span.Contains(clause.Span))
                {
                    yield return clause;
                }
            }
        }
    }

    /// <summary>The sentences that overlap or touch <paramref name="span"/>.</summary>
    private IEnumerable<SentenceSyntax> SentencesIn(TextSpan span)
    {
        var (firstBlock, blockEnd) = BlockRange(span);
        for (var b = firstBlock; b < blockEnd; b++)
        {
            var sentences = Syntax.Blocks[b].Sentences;
            for (var i = FirstSentenceTouching(sentences, span); i < sentences.Length && sentences[i].Span.Start <= span.End; i++)
            {
                yield return sentences[i];
            }
        }
    }

    /// <summary>
    /// Whether a sentence overlapping <paramref name="span"/> has a word that carries the first person: a
    /// necessary condition of a first-person clause there, answered without building any clause.
    /// </summary>
    public bool MayHaveFirstPersonClause(TextSpan span) => AnySentence(span, static (block, sentence) => block.HasFirstPersonWord(sentence));

    /// <summary>
    /// False when no sentence of <paramref name="span"/> has a word that can put a clause in another person
    /// than the third (first, second, impersonal): "person is not third" cannot hold, and no clause is built.
    /// </summary>
    public bool MayHaveNonThirdPersonClause(TextSpan span) => AnySentence(span, static (block, sentence) => block.HasNonThirdPersonWord(sentence));

    private bool AnySentence(TextSpan span, Func<BlockSemantics, int, bool> test)
    {
        // Asked by every first-person rule of every sentence: index loops over the blocks and sentences.
        var (firstBlock, blockEnd) = BlockRange(span);
        for (var b = firstBlock; b < blockEnd; b++)
        {
            var block = Syntax.Blocks[b];
            var sentences = block.Sentences;
            for (var i = FirstSentenceTouching(sentences, span); i < sentences.Length && sentences[i].Span.Start <= span.End; i++)
            {
                if (test(Block(block), sentences[i].Index))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a clause of <paramref name="block"/> is the narrator's in the first person; clauses are only built for sentences with a first-person word.</summary>
    internal bool HasNarratorInFirstPerson(BlockSyntax block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return Block(block).HasNarratorInFirstPerson();
    }

    internal bool HasAuthorInFirstPerson(BlockSyntax block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return Block(block).HasAuthorInFirstPerson();
    }

    /// <summary>Who speaks at <paramref name="span"/>'s start: the clause there, else the narrator.</summary>
    public Attribution VoiceAt(TextSpan span) =>
        GetClauses(new TextSpan(span.Start, 0)).FirstOrDefault()?.Attribution ?? Attribution.Narrator;

    /// <summary>The strongest person among the clauses of <paramref name="span"/> (first over second over impersonal over third).</summary>
    public GrammaticalPerson PersonOf(TextSpan span)
    {
        var best = GrammaticalPerson.Third;
        foreach (var clause in GetClauses(span))
        {
            if (Rank(clause.Person) > Rank(best))
            {
                best = clause.Person;
            }
        }

        return best;
    }

    /// <summary>The person names of <paramref name="block"/> with their gazetteer match.</summary>
    public ImmutableArray<PersonEntity> GetEntities(BlockSyntax block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return Block(block).Entities;
    }

    /// <summary>The person names that overlap <paramref name="span"/>; rules ask per sentence, so no allocation when there is none.</summary>
    public ImmutableArray<PersonEntity> GetEntities(TextSpan span) =>
        Overlapping(span, static block => block.EntityIndex);

    /// <summary>The dates and times of <paramref name="block"/> with their parsed values.</summary>
    public ImmutableArray<DateMention> GetDates(BlockSyntax block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return Block(block).Dates;
    }

    /// <summary>The dates and times that overlap <paramref name="span"/>.</summary>
    public ImmutableArray<DateMention> GetDates(TextSpan span) =>
        Overlapping(span, static block => block.DateIndex);

    /// <summary>What a block speaks of besides the news (the text, its rewriting, the reader, the assistant).</summary>
    public MetaReference MetaOf(BlockSyntax block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return Block(block).Meta;
    }

    /// <summary>
    /// Whether the block speaks of the text instead of the news (<see cref="MetaOf"/>), or is an
    /// interjection standing alone ("D’accord.", "Great question!") beside such a block: the assistant's
    /// opening word, which the preface's repair must not leave behind.
    /// </summary>
    public bool IsMetaBlock(BlockSyntax block) => MetaOf(block) != MetaReference.None || IsInterjectionBesideMeta(block);

    private bool IsInterjectionBesideMeta(BlockSyntax block)
    {
        if (block.Kind is BlockKind.Quote || block.Span.Length > 40 || !block.Sentences.All(s => MetaDetector.IsInterjection(s.Prose.ToString())))
        {
            return false;
        }

        var blocks = Syntax.Blocks;
        return (block.Index > 0 && MetaOf(blocks[block.Index - 1]) != MetaReference.None)
            || (block.Index + 1 < blocks.Length && MetaOf(blocks[block.Index + 1]) != MetaReference.None);
    }

    /// <summary>Where the block stands: title, before the title, first or last paragraph, after the content, meta, spoken, addressed.</summary>
    public StructuralRole RoleOf(BlockSyntax block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return PlacementOf(block)
            | (IsSpokenBlock(block) ? StructuralRole.Spoken : StructuralRole.None)
            | (AddressesItsReader ? StructuralRole.Addressed : StructuralRole.None);
    }

    /// <summary>
    /// Whether the narrator speaks to the reader in the second person throughout (<see cref="StructuralRole.Addressed"/>):
    /// <see cref="AddressedSentences"/> narrator sentences or more in the second person, as in a letter, practical
    /// instructions or a transcript of exchanges. There the second person is the document's register; a lone
    /// sentence that speaks to the reader in a report is a slip.
    /// </summary>
    public bool AddressesItsReader => _addressesItsReader.Value;

    /// <summary>
    /// Whether one of the first blocks signs the document as the outlet's own correspondent's (« Par notre envoyé
    /// spécial à Rungis », "By our correspondent in Kyiv"): its writer may then be on the scene. Read once.
    /// </summary>
    internal bool IsSignedByCorrespondent => _signedByCorrespondent.Value;

    /// <summary>How many narrator sentences in the second person make a document one that addresses its reader.</summary>
    public const int AddressedSentences = 3;

    private bool ComputeAddressesItsReader()
    {
        // Only sentences with a word of another person than the third are read clause by clause: a cached word
        // scan that every person rule shares, so the count costs no clause analysis the rules would not do.
        var found = 0;
        foreach (var block in Syntax.Blocks)
        {
            var semantics = Block(block);
            foreach (var sentence in block.Sentences)
            {
                if (!semantics.HasNonThirdPersonWord(sentence.Index))
                {
                    continue;
                }

                foreach (var clause in GetClauses(sentence))
                {
                    if (clause.IsNarrator && clause.Person == GrammaticalPerson.Second)
                    {
                        if (++found >= AddressedSentences)
                        {
                            return true;
                        }

                        break;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The block's roles by its place in the document (every role but <see cref="StructuralRole.Spoken"/> and <see cref="StructuralRole.Addressed"/>), without reading its voice.</summary>
    internal StructuralRole PlacementOf(BlockSyntax block) => _roles.Value[block.Index];

    /// <summary>
    /// Whether the whole block is a speaker's (<see cref="StructuralRole.Spoken"/>): a block quote, an interview
    /// question or answer, a dialogue line, an embedded post, a statement the previous paragraph introduces.
    /// </summary>
    public bool IsSpokenBlock(BlockSyntax block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return Block(block).BlockVoice is not null;
    }

    /// <summary>The headline: the first block that is not a preface about the text; null for an empty document.</summary>
    public BlockSyntax? Title
    {
        get
        {
            var roles = _roles.Value;
            for (var i = 0; i < roles.Length; i++)
            {
                if ((roles[i] & StructuralRole.Title) != 0)
                {
                    return Syntax.Blocks[i];
                }
            }

            return null;
        }
    }

    /// <summary>
    /// Lines at the end of the document that are only publication metadata: a date or time with
    /// words such as "Publié le", "Mis à jour", "Updated", "Posted" and nothing else; sign-offs and
    /// other meta paragraphs after them do not hide them.
    /// </summary>
    public ImmutableArray<TextSpan> TrailingMetadata => _trailingMetadata.Value;

    internal BlockSemantics Block(BlockSyntax block)
    {
        if (!ReferenceEquals(block.Document, Syntax))
        {
            throw new ArgumentException("The block belongs to another document's syntax.", nameof(block));
        }

        var existing = Volatile.Read(ref _blocks[block.Index]);
        if (existing is not null)
        {
            return existing;
        }

        Interlocked.CompareExchange(ref _blocks[block.Index], new BlockSemantics(this, block), null);
        return _blocks[block.Index]!;
    }

    private ImmutableArray<T> Overlapping<T>(TextSpan span, Func<BlockSemantics, SpanIndex<T>> indexOf)
    {
        ImmutableArray<T>.Builder? found = null;
        var (first, end) = BlockRange(span);
        for (var b = first; b < end; b++)
        {
            indexOf(Block(Syntax.Blocks[b])).AddTouching(span, ref found);
        }

        return found?.ToImmutable() ?? [];
    }

    /// <summary>
    /// The blocks that overlap or touch <paramref name="span"/>, as an index range found by binary search:
    /// rules ask per sentence, and a walk from the first block would make long documents quadratic.
    /// </summary>
    private (int First, int End) BlockRange(TextSpan span)
    {
        var blocks = Syntax.Blocks;
        var first = FirstEndingAtOrAfter(blocks, static b => b.Span, span.Start);
        var end = first;
        while (end < blocks.Length && blocks[end].Span.Start <= span.End)
        {
            end++;
        }

        return (first, end);
    }

    private static int FirstSentenceTouching(ImmutableArray<SentenceSyntax> sentences, TextSpan span) =>
        FirstEndingAtOrAfter(sentences, static s => s.Span, span.Start);

    /// <summary>The index of the first of <paramref name="items"/> (in text order, not overlapping) that ends at or after <paramref name="position"/>.</summary>
    private static int FirstEndingAtOrAfter<T>(ImmutableArray<T> items, Func<T, TextSpan> spanOf, int position)
    {
        int low = 0, high = items.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (spanOf(items[middle]).End < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private ImmutableArray<StructuralRole> ComputeRoles()
    {
        var blocks = Syntax.Blocks;
        var roles = new StructuralRole[blocks.Length];
        var title = -1;
        for (var i = 0; i < blocks.Length; i++)
        {
            if (IsMetaBlock(blocks[i]))
            {
                roles[i] |= StructuralRole.Meta;
                if (title < 0)
                {
                    roles[i] |= StructuralRole.BeforeTitle;
                }
            }
            else if (title < 0)
            {
                title = i;
                roles[i] |= StructuralRole.Title;
            }
        }

        var last = blocks.Length - 1;
        while (last > title && (roles[last] & StructuralRole.Meta) != 0)
        {
            roles[last] |= StructuralRole.AfterContent;
            last--;
        }

        if (last > title)
        {
            roles[last] |= StructuralRole.LastParagraph;
        }

        if (title >= 0 && title + 1 < blocks.Length && title + 1 <= last)
        {
            roles[title + 1] |= StructuralRole.FirstParagraph;
        }

        return [.. roles];
    }

    private ImmutableArray<TextSpan> ComputeTrailingMetadata()
    {
        var run = new List<(TextSpan Line, bool Anchored)>();
        var blocks = Syntax.Blocks;
        var index = blocks.Length - 1;
        while (index > 0 && IsMetaBlock(blocks[index]) && !IsMetadataBlock(blocks[index]))
        {
            index--;
        }

        // A one-sentence remark under a block of dated or labelled lines ("Published March 1, 2022 | Category: …"
        // then "Happy to adapt this for a newsletter if needed."): a sign-off the meta cues do not know; the
        // metadata above it is still the page's.
        if (index > 1 && IsClosingRemark(blocks[index]) && MetadataLines(blocks[index]).Count == 0 && IsAnchoredMetadataBlock(blocks[index - 1]))
        {
            index--;
        }

        for (; index > 0; index--)
        {
            var lines = MetadataLines(blocks[index]);
            if (lines.Count == 0)
            {
                break;
            }

            run.InsertRange(0, lines);
            if (!IsMetadataBlock(blocks[index]))
            {
                // Only the block's last lines were metadata: the article's text comes before them.
                break;
            }
        }

        // Short lines that are no sentences ("Kremlin, Moscow", "Text version") are metadata only beside
        // a dated or labelled line: alone, they may be the article's own last words.
        if (!run.Exists(line => line.Anchored))
        {
            return [];
        }

        // Lines of one block make one span: one artifact, one finding, one deletion. Blocks stay apart.
        var spans = ImmutableArray.CreateBuilder<TextSpan>(run.Count);
        foreach (var (line, _) in run)
        {
            if (spans.Count > 0 && Syntax.FindBlock(spans[^1].Start) is { } block && block.Span.Contains(line.Start))
            {
                spans[^1] = TextSpan.FromBounds(spans[^1].Start, line.End);
            }
            else
            {
                spans.Add(line);
            }
        }

        return spans.ToImmutable();
    }

    private static bool IsClosingRemark(BlockSyntax block) =>
        block.Kind is not BlockKind.Quote && block.Sentences.Length == 1 && block.Span.Length <= 160;

    private bool IsAnchoredMetadataBlock(BlockSyntax block)
    {
        var lines = MetadataLines(block);
        return lines.Count > 0 && lines[0].Line.Start <= FirstNonBlank(block) && lines.TrueForAll(line => line.Anchored);
    }

    private bool IsMetadataBlock(BlockSyntax block)
    {
        var lines = MetadataLines(block);
        return lines.Count > 0 && lines[0].Line.Start <= FirstNonBlank(block);
    }

    private int FirstNonBlank(BlockSyntax block)
    {
        var position = block.Span.Start;
        while (position < block.Span.End && char.IsWhiteSpace(Syntax.Prose[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>The block's last lines that are only metadata, in order, each with whether it is anchored (dated or labelled).</summary>
    private List<(TextSpan Line, bool Anchored)> MetadataLines(BlockSyntax block)
    {
        var lines = new List<(TextSpan, bool)>();
        var text = Syntax.Text.Lines;
        var first = text.IndexOf(block.Span.Start);
        for (var line = text.IndexOf(Math.Max(block.Span.Start, block.Span.End - 1)); line >= first; line--)
        {
            var span = ClauseAnalyzer.Trim(Syntax.Prose, TextSpan.FromBounds(Math.Max(text[line].Start, block.Span.Start), Math.Min(text[line].Span.End, block.Span.End)));
            if (span.IsEmpty)
            {
                continue;
            }

            var words = Syntax.Prose.Substring(span.Start, span.Length);
            var anchored = IsMetadataLine(block, span) || MetadataLine.IsLabelled(words) || MetadataLine.IsRightsLine(words) || MetadataLine.IsBylineWithAddress(words) || MetadataLine.IsSiteChrome(words) || MetadataLine.IsSegmented(words);
            if (!anchored && !MetadataLine.IsFragment(words))
            {
                break;
            }

            lines.Insert(0, (span, anchored));
        }

        return lines;
    }

    private bool IsMetadataLine(BlockSyntax block, TextSpan line)
    {
        if (line.Length > 140)
        {
            return false;
        }

        var dates = Block(block).Dates.Where(d => line.Contains(d.Span)).ToList();

        // A time alone anchors too ("14:30 | London"): what is left must still be metadata only.
        var hasDate = dates.Any(d => d.HasDate || d.Time is not null);

        // What is left once the dates are removed must be metadata only (MetadataLine says what that is).
        var rest = Syntax.Prose.Substring(line.Start, line.Length).ToCharArray();
        foreach (var date in dates)
        {
            Array.Fill(rest, ' ', date.Span.Start - line.Start, date.Span.Length);
        }

        return MetadataLine.IsMetadata(new string(rest), hasDate);
    }

    private static int Rank(GrammaticalPerson person) => person switch
    {
        GrammaticalPerson.FirstSingular => 4,
        GrammaticalPerson.FirstPlural => 3,
        GrammaticalPerson.Second => 2,
        GrammaticalPerson.Impersonal => 1,
        _ => 0,
    };
}
