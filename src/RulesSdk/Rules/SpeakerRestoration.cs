using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RulesSdk.Semantics;
using RulesSdk.Syntax;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Rules;

/// <summary>
/// Gives a first-person sentence back to the person whose words it carries: the first first-person singular
/// subject becomes the speaker and its verb the third person ("I also sent Mintimer Shaimiyev…" → "Vladimir
/// Putin also sent…", "j’ai signé" → "Emmanuel Macron a signé"), and the rest follows by morphology (later
/// subjects as the speaker's pronoun, "my" → "his", « mon » → « son »). The speaker is the person the sentence
/// names before its "I" ("Zelenskyy told the leaders that I will…" → "that he will…"), else the person named
/// nearest before it in the paragraph or the one before. The repair is offered only when it is certain: one
/// person in that stretch of text (every mention the same surname), and a verb the first person governs. A
/// stretch naming two people, a group's "we", a subject inside quotation marks: no change, and no fix.
/// </summary>
internal static partial class SpeakerRestoration
{
    // Blocks read back for the speaker: the sentence's own paragraph and the one before it (a heading between counts).
    private const int BlocksBack = 2;

    // A sentence longer than this is not rewritten: the repair reads and rebuilds it whole.
    private const int MaxSentenceLength = 2_000;

    public static ImmutableArray<TextChange> Changes(TextDocument document, TextSpan at)
    {
        var syntax = document.GetSyntax();
        var french = syntax.Language == DocumentLanguage.French;
        if (!french && syntax.Language != DocumentLanguage.English)
        {
            return [];
        }

        var block = syntax.FindBlock(at.Start);
        var sentence = block?.Sentences.FirstOrDefault(s => s.Span.Start <= at.Start && at.Start < Math.Max(s.Span.End, s.Span.Start + 1));
        if (block is null || sentence is null || sentence.Span.Length > MaxSentenceLength)
        {
            return [];
        }

        var text = syntax.Text.ToString(sentence.Span);
        if (CoordinatedSubject(document, syntax, block, sentence, text, french) is { } pair)
        {
            return pair;
        }

        if (GroupSpeaks(french).IsMatch(text))
        {
            return [];
        }

        var subject = FirstSubject(text, sentence.Span.Start, block, french);
        if (subject is null)
        {
            return PossessivesOnly(document, syntax, block, sentence, text, french);
        }

        var verbWord = subject.Groups["contraction"].Success ? subject.Groups["contraction"].Value : subject.Groups["verb"].Value;
        if (Introduces().IsMatch(verbWord) && char.IsUpper(text[(subject.Index + subject.Length)..].TrimStart().FirstOrDefault('x')))
        {
            return [];
        }

        // The narrator's own voice, whoever is named before: a lead-in ("I'm pleased to report that…", « Je suis
        // ravi de partager que… »), the reader addressed ("you", « vous »), a source cited after the "I"
        // ("…, according to Kallas, …", « selon la préfecture »).
        var afterSubject = text.AsSpan(subject.Index);
        if (NarratorLeadIn().IsMatch(afterSubject) || ReaderAddressed().IsMatch(text) || SourceCited().IsMatch(afterSubject))
        {
            return [];
        }

        // "My team and I are", « X et moi »: a coordinated subject takes a plural the speaker's name does not give.
        if (Coordinated().IsMatch(text.AsSpan(0, subject.Index)))
        {
            return [];
        }

        var semantics = document.GetSemantics();
        var language = syntax.Language;
        var whole = syntax.Text.ToString();
        if (!TryAttributed(semantics, syntax, block, sentence, subject.Index, out var attributed))
        {
            return [];
        }

        if (attributed is { Pronoun: { } pronoun } who)
        {
            // The model says whose words these are, and their gender: the pronoun, as an editor writes reported words
            // (the tense shifted back after a past reporting verb and "that"). Otherwise the person named before decides.
            // "Je me contenterai de préciser qu’une enquête a été ouverte…, a précisé le parquet": a first person that
            // only announces a fact is the narrator's lead-in before the attributed fact, not the speaker's words.
            var reporting = syntax.Text.ToString(TextSpan.FromBounds(who.Span.End, Math.Max(who.Span.End, who.ClauseSpan.Start)));
            return StressedBefore().IsMatch(text.AsSpan(0, subject.Index)) || AnnouncesAFact().IsMatch(text, subject.Index)
                ? []
                : Restored(syntax, sentence, text, subject, who.Name ?? pronoun, pronoun, french,
                    backshift: french
                        ? FrenchPastReportingThat().IsMatch(text.AsSpan(0, subject.Index))
                        : who.Source == AttributionSource.IndirectSpeech && PastReportingVerb().IsMatch(reporting) && ReportedWordsOpen().IsMatch(text.AsSpan(0, subject.Index)));
        }

        if (!TryNamedInSentence(semantics, block, sentence, subject.Index, out var inSentence))
        {
            return [];
        }

        string speaker;
        string form;
        var announced = false;
        if (inSentence is not null)
        {
            // Named in the same sentence: the pronoun, as an editor writes it ("…told the leaders that he will…").
            speaker = Written(syntax, inSentence);
            form = PronounOrName(TemplateSpeaker.SubjectPronoun(speaker, null, language, whole), speaker);
        }
        else if (ColonHead().Match(text, 0, subject.Index) is { Success: true } head
            && SpeakerGender.Of(head.Groups["head"].Value, language) is var gender and not PersonGender.Unknown)
        {
            // "La ministre a été très claire devant les élus : je…": a role that opens the sentence announces its words
            // with a colon; no name, but the role tells the pronoun.
            speaker = PronounOf(gender, french)!;
            form = speaker;
            announced = true;
        }
        else
        {
            speaker = SpeakerBefore(semantics, syntax, block, sentence) ?? string.Empty;
            form = speaker;
        }

        if (speaker.Length == 0 || text.IndexOf(Surname(speaker), subject.Index, StringComparison.Ordinal) >= 0
            || StressedBefore().IsMatch(text.AsSpan(0, subject.Index)))
        {
            // "Je suis Ana Pastor et…" introduces the speaker (the intro rules repair it); "Moi, je…", "As for me, I…" need an editor.
            return [];
        }

        // Named only in an earlier sentence, a judgement or a feeling ("Reading this, I confess to a small surge of
        // pride") may as well be the narrator's own opinion: whose it is, is not certain.
        var indirect = IndirectSpeechBefore().IsMatch(text.AsSpan(0, subject.Index));
        if (inSentence is null && !indirect && !announced
            && JudgementCues.ShowJudgement(syntax.Prose, sentence.Span, TextSpan.FromBounds(sentence.Span.Start + subject.Index, sentence.Span.End), french))
        {
            return [];
        }

        // "…a annoncé que je…", "The head of state added that I…": reported speech of the sentence's own subject, as a pronoun.
        if (inSentence is null && indirect)
        {
            // The subject of the reporting verb is a role or a pronoun ("la ministre de l’Écologie …, rappelant que
            // je…"): its own gender when it tells one, whoever the text named earlier.
            form = PronounOrName(PronounOf(SpeakerGender.Of(text[..subject.Index], language), french)
                ?? TemplateSpeaker.SubjectPronoun(speaker, null, language, whole), speaker);
        }

        // "…told the leaders that I am…", « a assuré que je resterai »: reported speech after a past reporting verb
        // shifts the tense back, as an editor writes it ("…that he was…", « qu’elle resterait »).
        var backshift = french
            ? FrenchPastReportingThat().IsMatch(text.AsSpan(0, subject.Index))
            : !string.Equals(form, speaker, StringComparison.Ordinal) && PastReportingVerb().IsMatch(text.AsSpan(0, subject.Index)) && ReportedWordsOpen().IsMatch(text.AsSpan(0, subject.Index));
        return Restored(syntax, sentence, text, subject, speaker, form, french, backshift);
    }

    private static ImmutableArray<TextChange> Restored(DocumentSyntax syntax, SentenceSyntax sentence, string text, Match subject, string speaker, string form, bool french, bool backshift)
    {
        var language = syntax.Language;
        var whole = syntax.Text.ToString();

        // « je suis allé » for Anne Hidalgo, « je suis ravie » for a man: the participle tells the speaker is someone else.
        if (french && Agreement().Match(text, subject.Index) is { Success: true } agreement)
        {
            var gender = TemplateSpeaker.SubjectPronoun(speaker, null, language, whole);
            var word = agreement.Groups["word"].Value;
            if ((FeminineEnding().IsMatch(word) && gender == "il") || (MasculineEnding().IsMatch(word) && gender == "elle"))
            {
                return [];
            }
        }

        var rewritten = Rewrite(text, subject, speaker, form, language, whole, french, backshift);
        rewritten = rewritten is null ? null : ApostropheStyle.Harmonize(text, rewritten, whole);
        return rewritten is null || string.Equals(rewritten, text, StringComparison.Ordinal)
            ? []
            : [new TextChange(sentence.Span, rewritten)];
    }

    /// <summary>
    /// The speaker the semantic model attributes the clause at <paramref name="position"/> to (null when it is
    /// not attributed, or names no one), or false when that attribution leaves the speaker uncertain: two people
    /// named there, or another person named before the first person, outside the attribution, who is not spoken to.
    /// </summary>
    private static bool TryAttributed(DocumentSemantics semantics, DocumentSyntax syntax, BlockSyntax block, SentenceSyntax sentence, int position, out AttributedSpeaker? attributed)
    {
        attributed = null;
        var at = sentence.Span.Start + position;
        var clause = semantics.GetClauses(sentence).FirstOrDefault(c => c.Span.Start <= at && at < c.Span.End);
        if (clause?.Attribution is not { SpeakerSpan: { } span, Source: AttributionSource.IndirectSpeech or AttributionSource.ClosingIncise or AttributionSource.ReportedSpeech } attribution)
        {
            return true;
        }

        // The person the attribution names: a recognised one, or a name of two words or more ("Song Myung-Sup"); a lone
        // capitalised word there is a place or a body ("the President of Russia").
        var recognised = Persons(semantics, block, span);
        var named = recognised.Count > 0 ? recognised : semantics.GetEntities(block).Where(e => span.Contains(e.Span.Start) && e.Name.Trim().Contains(' ', StringComparison.Ordinal)).ToList();
        if (!named.TrueForAll(e => SameSurname(e.Name, named[^1].Name)))
        {
            return false;
        }

        // "a spokeswoman for Boris Johnson", "an aide to Keir Starmer", "Keir Starmer's spokeswoman", « la porte-parole de
        // Gabriel Attal »: the person named is the one spoken for, not the speaker; the speaker is the role, if anything.
        var words = syntax.Text.ToString(span);
        var role = named.Count > 0 ? SpokenFor().Match(words) : Match.Empty;
        var spokenFor = role.Success;
        if (spokenFor)
        {
            named = [];
            words = role.Groups["role"].Value;
        }

        // "Joe Biden told Angela Merkel that I…": a second person between the speaker and the "I" makes the speaker a
        // guess (a person in an earlier clause, before a semicolon, is not: the model gave the words to this one). An
        // attribution after the words ("Joe Biden spoke first; I then thanked him…, Rishi Sunak said") leaves every
        // person before the "I" a rival.
        var before = span.Start > at ? TextSpan.FromBounds(sentence.Span.Start, at) : TextSpan.FromBounds(span.Start, at);
        // Rivals are recognised people, not capitalised places ("Kyiv's European choice").
        if (Persons(semantics, block, before).Any(e => !span.Contains(e.Span.Start)
            && (named.Count == 0 || !SameSurname(e.Name, named[^1].Name)) && !Addressee(syntax, e)))
        {
            return false;
        }

        // The gender: a pronoun subject's, else the name's (the gazetteer's, a given name's, the document's pronouns),
        // else the role's.
        var language = syntax.Language;
        var french = language == DocumentLanguage.French;
        var name = named.Count > 0 ? Written(syntax, named[^1]) : null;
        var subjectPronoun = LeadingPronoun().Match(words) is { Success: true } pronoun ? PronounOf(SpeakerGender.Of(pronoun.Groups["pronoun"].Value, language), french) : null;
        if (subjectPronoun is null && name is not null)
        {
            var ofName = TemplateSpeaker.SubjectPronoun(name, null, language, syntax.Text.ToString());
            subjectPronoun = ofName is "he" or "she" or "il" or "elle" ? ofName : null;
        }

        subjectPronoun ??= PronounOf(SpeakerGender.Of(words, language), french);
        attributed = new AttributedSpeaker(span, attribution.Source, clause.Span, subjectPronoun, name);

        // A role that speaks for a person the attribution names ("an aide to Keir Starmer") and tells no gender: the
        // person named earlier in the text would be a guess. A role alone ("the minister added") may be that person.
        return subjectPronoun is not null || !spokenFor;
    }

    // A sentence whose first person is only a possessive or an object ("my ministry will renew…", "…asked me to
    // stay"): those words take the speaker's third person ("his", "her", "him"; « son », « sa », « ses »), or the
    // name's possessive when the gender is unknown. Not with quotation marks in the sentence (their first
    // person stays), nor a French object « me »/« moi » (le, la or lui? the syntax decides).
    private static ImmutableArray<TextChange> PossessivesOnly(TextDocument document, DocumentSyntax syntax, BlockSyntax block, SentenceSyntax sentence, string text, bool french)
    {
        var first = (french ? FrenchPossessive() : EnglishFirstPersonBefore()).Match(text);
        if (!first.Success || QuotationMark().IsMatch(text) || (french && FrenchObject().IsMatch(text)))
        {
            return [];
        }

        var semantics = document.GetSemantics();
        // French possessives agree with the thing possessed (« ses clients »): the name the model gives does without a gender.
        string? speaker;
        if (!TryAttributed(semantics, syntax, block, sentence, first.Index, out var found))
        {
            return [];
        }

        var attributed = found is { } who && (who.Pronoun is not null || (french && who.Name is not null)) ? found : null;
        if (attributed is { } speaking)
        {
            speaker = speaking.Name ?? speaking.Pronoun;
        }
        else if (!TryNamedInSentence(semantics, block, sentence, first.Index, out var named))
        {
            return [];
        }
        else
        {
            speaker = named is not null ? Written(syntax, named) : SpeakerBefore(semantics, syntax, block, sentence);
        }

        if (string.IsNullOrEmpty(speaker) || (attributed is null && text.IndexOf(Surname(speaker), first.Index, StringComparison.Ordinal) >= 0))
        {
            return [];
        }

        var whole = syntax.Text.ToString();
        var rewritten = TemplateSpeaker.Possessive(text, speaker, syntax.Language, whole);
        if (first.Index == 0 && rewritten.Length > 0 && char.IsLower(rewritten[0]))
        {
            rewritten = char.ToUpperInvariant(rewritten[0]) + rewritten[1..];
        }

        rewritten = ApostropheStyle.Harmonize(text, rewritten, whole);
        return string.Equals(rewritten, text, StringComparison.Ordinal) ? [] : [new TextChange(sentence.Span, rewritten)];
    }

    /// <summary>
    /// The person the sentence names before <paramref name="upTo"/> (null when it names none), or false when what it
    /// names leaves the speaker uncertain: an unknown name that speaks there ("Andy Hunder added one more point: I…",
    /// where a person named earlier would be a guess), two people ("Joe Biden told Angela Merkel that I will…"), or
    /// the one named is spoken to.
    /// </summary>
    private static bool TryNamedInSentence(DocumentSemantics semantics, BlockSyntax block, SentenceSyntax sentence, int upTo, out PersonEntity? named)
    {
        var span = TextSpan.FromBounds(sentence.Span.Start, sentence.Span.Start + upTo);
        var persons = Persons(semantics, block, span);
        var last = persons.LastOrDefault();
        named = last;
        return !UnrecognisedNameBefore(semantics, block, span, persons)
            && persons.All(p => SameSurname(p.Name, last!.Name))
            && (last is null || !Addressee(block.Document, last));
    }

    // The subject pronoun of a gender; null when it is unknown.
    private static string? PronounOf(PersonGender gender, bool french) => gender switch
    {
        PersonGender.Masculine => french ? "il" : "he",
        PersonGender.Feminine => french ? "elle" : "she",
        _ => null,
    };

    // "he"/"she"/« il »/« elle » when the gender gave one, else the name.
    private static string PronounOrName(string pronoun, string name) =>
        pronoun is "he" or "she" or "il" or "elle" ? pronoun : name;

    // The apostrophe the text writes: straight when it has only straight ones, typographic otherwise.
    private static string ApostropheOf(string text) =>
        text.Contains('\'', StringComparison.Ordinal) && !text.Contains('’', StringComparison.Ordinal) ? "'" : "’";

    // The sentence's apostrophe style, or the document's when the sentence has no apostrophe of its own.
    private static string ApostropheOf(string sentence, string document) =>
        sentence.Contains('\'', StringComparison.Ordinal) || sentence.Contains('’', StringComparison.Ordinal) ? ApostropheOf(sentence) : ApostropheOf(document);

    // The first "I"/"je" outside quotation marks with a verb after it; null when there is none.
    private static Match? FirstSubject(string text, int offset, BlockSyntax block, bool french)
    {
        for (var match = (french ? FrenchSubject() : EnglishSubject()).Match(text); match.Success; match = match.NextMatch())
        {
            if (!block.IsInQuote(offset + match.Index) && !NotAVerb().IsMatch(match.Groups["verb"].Value))
            {
                return match;
            }
        }

        return null;
    }

    // The person named nearest before the sentence, when every person named from there on is the same one.
    private static string? SpeakerBefore(DocumentSemantics semantics, DocumentSyntax syntax, BlockSyntax block, SentenceSyntax sentence)
    {
        var from = Math.Max(0, block.Index - (BlocksBack - 1));
        for (var index = block.Index; index >= from; index--)
        {
            var candidate = syntax.Blocks[index];
            var end = index == block.Index ? sentence.Span.Start : candidate.Span.End;
            var persons = Persons(semantics, candidate, TextSpan.FromBounds(candidate.Span.Start, end));
            if (persons.Count == 0)
            {
                continue;
            }

            // The last person named, and only the sentence that names them read for a second one: a name in an
            // earlier sentence is a different story.
            var nearest = persons[^1];
            var inItsSentence = candidate.Sentences.FirstOrDefault(s => s.Span.Contains(nearest.Span.Start));
            var rivals = inItsSentence is null ? persons : persons.Where(p => inItsSentence.Span.Contains(p.Span.Start)).ToList();
            if (rivals.All(p => SameSurname(p.Name, nearest.Name)))
            {
                return Addressee(syntax, nearest) ? null : Written(syntax, nearest);
            }

            // "X had a phone conversation with Y": two people, and the one who speaks is the subject that opens the
            // sentence when every other is spoken to or met (after "with", "to"…); else it is not certain.
            var speakers = rivals.Where(p => !Addressee(syntax, p)).ToList();
            return inItsSentence is not null && speakers.Count > 0 && speakers.All(p => SameSurname(p.Name, speakers[0].Name)) && OpensSentence(syntax, inItsSentence, speakers[0])
                ? Written(syntax, speakers[0])
                : null;
        }

        return null;
    }

    // Person names outside quotation marks: a listed figure, a name after a role or title, or one whose given name tells a gender.
    private static List<PersonEntity> Persons(DocumentSemantics semantics, BlockSyntax block, TextSpan span)
    {
        var language = block.Document.Language;
        return semantics.GetEntities(block)
            .Where(e => span.Contains(e.Span.Start) && !block.IsInQuote(e.Span.Start))
            .Where(e => e.Match != NameMatchKind.Unknown || PublicFigureGazetteer.Default.GenderOf(e.Name) != PersonGender.Unknown || Titled(block.Document, e))
            .ToList();
    }

    // A name of two words or more before the subject, not one of the persons the repair may name, that speaks: a
    // reporting verb right after it, or after its apposition ("Andy Hunder added…", « Jean Dupont, maire, a déclaré »).
    private static bool UnrecognisedNameBefore(DocumentSemantics semantics, BlockSyntax block, TextSpan span, List<PersonEntity> persons)
    {
        var text = block.Document.Text;
        foreach (var entity in semantics.GetEntities(block))
        {
            if (!span.Contains(entity.Span.Start) || block.IsInQuote(entity.Span.Start) || persons.Contains(entity) || !entity.Name.Trim().Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var after = text.ToString(TextSpan.FromBounds(entity.Span.End, Math.Min(span.End, entity.Span.End + 80)));
            if (SpeaksAfterName().IsMatch(after))
            {
                return true;
            }
        }

        return false;
    }

    // "Ms. Carver", « Mme Garnier »: a courtesy title makes a lone surname a person (not "Head of State", "First Lady").
    private static bool Titled(DocumentSyntax syntax, PersonEntity entity) =>
        entity.RoleSpan is { } role && CourtesyTitle().IsMatch(syntax.Text.ToString(role));

    // The name as the repair writes it: with its courtesy title when it has one ("Mr. Rhodes").
    private static string Written(DocumentSyntax syntax, PersonEntity entity)
    {
        if (Titled(syntax, entity))
        {
            return syntax.Text.ToString(TextSpan.FromBounds(entity.RoleSpan!.Value.Start, entity.Span.End));
        }

        // An unlisted name is read as a capitalised run ("Pour Bernard Thibault", "Le Français Lucas Marchal"):
        // the person is its shortest tail that a given name still makes a name.
        var name = entity.Name;
        if (entity.Match == NameMatchKind.Unknown)
        {
            for (var space = name.IndexOf(' ', StringComparison.Ordinal); space > 0; space = name.IndexOf(' ', StringComparison.Ordinal))
            {
                var tail = name[(space + 1)..];
                if (!tail.Contains(' ', StringComparison.Ordinal) || PublicFigureGazetteer.Default.GenderOf(tail) == PersonGender.Unknown)
                {
                    break;
                }

                name = tail;
            }
        }

        return name;
    }

    // "…sent a letter to Keir Starmer", « a répondu à Anne Hidalgo »: the person spoken to, not the one who speaks.
    private static bool Addressee(DocumentSyntax syntax, PersonEntity entity)
    {
        var start = entity.RoleSpan is { } role ? Math.Min(role.Start, entity.Span.Start) : entity.Span.Start;
        var from = Math.Max(0, start - 40);
        return AddresseePreposition().IsMatch(syntax.Text.ToString(TextSpan.FromBounds(from, start)));
    }

    // The person is the sentence's opening subject: nothing but a role, a title or an article before the name.
    private static bool OpensSentence(DocumentSyntax syntax, SentenceSyntax sentence, PersonEntity person)
    {
        var start = person.RoleSpan is { } role ? Math.Min(role.Start, person.Span.Start) : person.Span.Start;
        return start >= sentence.Span.Start && OpeningWords().IsMatch(syntax.Text.ToString(TextSpan.FromBounds(sentence.Span.Start, start)));
    }

    private static bool SameSurname(string a, string b) =>
        string.Equals(Surname(a), Surname(b), StringComparison.OrdinalIgnoreCase);

    private static string Surname(string name)
    {
        var trimmed = name.Trim();
        var space = trimmed.LastIndexOf(' ');
        return space < 0 ? trimmed : trimmed[(space + 1)..];
    }

    private static string? Rewrite(string text, Match subject, string speaker, string form, string language, string document, bool french, bool backshift)
    {
        var before = text[..subject.Index];
        var verbGroup = subject.Groups["verb"];
        var after = text[(verbGroup.Index + verbGroup.Length)..];

        // What stands between the subject and its verb stays: adverbs, « ne », object pronouns (« me » becomes « se »).
        string head;
        if (french)
        {
            head = TemplateClause.FrenchSingularClause(subject, form, backshift && !TemplateFrenchBackshift.CallsForSubjunctive(before));
        }
        else if (subject.Groups["contraction"].Success)
        {
            var contraction = subject.Groups["contraction"].Value;
            head = form + " " + TemplateWordText.ToKey(contraction) switch
            {
                "'m" => "is",
                "'ve" => "has",
                "'ll" => "will",
                _ => string.Empty,
            };
            if (head.EndsWith(' '))
            {
                // "I'd" is "I had" or "I would": the repair would have to guess.
                return null;
            }

            after = text[(subject.Index + subject.Length)..];
        }
        else
        {
            var verb = backshift ? TemplateFunctions.ReportedPast(verbGroup.Value, "en") : TemplateFunctions.ThirdPerson(verbGroup.Value, "en");
            head = form + " " + subject.Groups["adverbs"].Value + verb;
        }

        if (head.Length == 0)
        {
            return null;
        }

        // A subject opening the sentence takes its capital; "que" before a vowel elides ("qu’il", "qu’Emmanuel").
        if (before.Trim().Length == 0)
        {
            head = char.ToUpperInvariant(head[0]) + head[1..];
        }

        if (french && StartsWithVowel(head) && head[0] is not ('y' or 'Y' or 'h' or 'H') && ElidableQue().Match(before) is { Success: true } que)
        {
            before = before[..que.Index] + que.Groups["head"].Value + ApostropheOf(text, document);
        }

        var rest = TemplateClause.Singular(after, speaker, language, document, french && backshift);
        var lead = FirstPersonBefore(french).IsMatch(before) ? TemplateSpeaker.Possessive(before, speaker, language, document) : before;
        if (french && ReportedThat().Match(lead) is { Success: true } that)
        {
            // « X a expliqué que personne ne m’avait prévenue et que je… »: after the reporting « que », an object
            // « me » is the speaker's too (before it, it is the narrator's: « X m’a dit que… »).
            var from = that.Index + that.Length;
            lead = lead[..from] + TemplateFrenchObjects.Singular(lead[from..], form);
        }

        var result = lead + head + rest;

        // « que elle », « de elle » that the third person wrote: French elides them (« qu’elle », « d’elle »).
        return french ? FrenchElision().Replace(result, match => match.Groups["head"].Value + ApostropheOf(text, document)) : result;
    }

    private static bool StartsWithVowel(string word) =>
        word.Length > 0 && "aeiouyhâàéèêëîïôûAEIOUYHÂÀÉÈÊËÎÏÔÛ".Contains(word[0], StringComparison.Ordinal);

    // "I" with its verb, after adverbs ("I also sent", "I have personally asked" keeps "personally" after the
    // auxiliary), or a contraction; not after two capitalised words ("World War I ended", "Pope John Paul I"),
    // while one opening the sentence is fine ("Tomorrow I will meet…").
    [GeneratedRegex(@"(?<!\p{Lu}[\p{L}.]*\s+\p{Lu}[\p{L}.]*\s)(?<![\p{L}\p{Nd}’'-])I(?:(?<contraction>[’'](?:m|ve|ll|d))(?![\p{L}])|\s+(?<adverbs>(?:(?:also|still|never|always|already|just|now|then|once|even|only|again|too|first|often|soon|later|(?!(?:supply|multiply|comply|reply|apply|rely|imply|ally|rally|tally|bully)(?![\p{L}]))\p{Ll}{3,}ly)\s+){0,3})(?<verb>\p{Ll}[\p{Ll}’'-]*)(?![\p{L}]))", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishSubject();

    // « je »/« j’ » with a negation and object pronouns before the verb.
    [GeneratedRegex(@"(?<![\p{L}\p{Nd}’'-])(?:[Jj]e\s+|[Jj][’']\s*)(?<ne>ne\s+|n[’']\s*)?(?:(?<objects>(?:me|te|le|la|les|lui|leur|y|en|vous)\s+|[mlt][’']\s*))*(?<verb>\p{Ll}[\p{Ll}-]*)(?![\p{L}’'])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchSubject();

    // Words that follow "I" without being its verb ("I and my team", "I, as minister", "Louis I the Pious").
    [GeneratedRegex(@"\A(?:and|but|or|nor|the|a|an|who|which|that|to|of|in|on|at|as|et|ou|mais|qui|que)\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NotAVerb();

    // « si il » elides too (« s’il »), « si elle » does not.
    [GeneratedRegex(@"(?<![\p{L}’'-])(?:(?<head>[Qq]u|[Ll]orsqu|[Pp]uisqu|[Dd])e\s+(?=(?:il|elle|ils|elles)(?![\p{L}’'-]))|(?<head>[Ss])i\s+(?=ils?(?![\p{L}’'-])))", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchElision();

    // The first « que »/« qu’ » of the words before the subject: what follows is reported.
    [GeneratedRegex(@"(?<![\p{L}’'-])(?:que\s+|qu[’']\s*)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ReportedThat();

    [GeneratedRegex(@"(?:(?<![\p{L}’'-])(?:[Mm]oi|[Mm]e|[Mm]yself)\s*,|(?<![\p{L}’'-])(?:[Aa]s\s+for\s+me|[Qq]uant\s+à\s+moi|[Pp]our\s+ma\s+part|[Ff]or\s+my\s+part))", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StressedBefore();

    // A reporting verb, then "that"/« que » right before the subject: the words are the sentence's subject's.
    [GeneratedRegex(@"(?<![\p{L}’'-])(?:said|says|told\s+[^,.;:!?]{1,40}?|added|adds|noted|notes|stressed|stated|explained|recalled|reiterated|emphasi[sz]ed|underlined|announced|insisted|wrote|warned|assured|promised|declared|confirmed|replied|argued|acknowledged|admitted|made\s+it\s+clear|a(?:vait)?\s+(?:également\s+|aussi\s+|encore\s+)?(?:déclaré|annoncé|affirmé|assuré|indiqué|expliqué|rappelé|ajouté|précisé|estimé|souligné|promis|répété|confirmé|reconnu)(?:\s+[^,.;:!?]{1,40}?)?|affirme|assure|rappelle|explique|ajoute|précise|estime|souligne|déclare|annonce|rappelant|expliquant|affirmant|assurant|ajoutant|précisant|estimant|soulignant)\s+(?:that|que)\s*\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex IndirectSpeechBefore();

    [GeneratedRegex(@"(?<![\p{L}’'-])(?:to|with|from|for|against|à|avec|pour|contre|auprès\s+de|chez)\s+(?:the\s+|la\s+|le\s+|l[’']\s*)?\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex AddresseePreposition();

    [GeneratedRegex(@"\A\s*(?:(?:The|Le|La|L[’']|Les)\s*)?(?:\p{L}[\p{L}’'-]*\s+){0,3}\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OpeningWords();

    [GeneratedRegex(@"\A\s*(?:,[^,.;:!?]{1,60},\s*)?(?:(?:also|then|later|again|further|aussi|également|ensuite)\s+)?(?:said|says|told|tells|added|adds|noted|notes|stressed|stated|explained|recalled|reiterated|emphasi[sz]ed|underlined|announced|insisted|wrote|warned|assured|promised|declared|confirmed|replied|answered|argued|acknowledged|admitted|made\s+it\s+clear|a\s+(?:déclaré|annoncé|affirmé|assuré|indiqué|expliqué|rappelé|ajouté|précisé|estimé|souligné|promis|répété|confirmé|reconnu|répondu|dit|écrit)|affirme|assure|rappelle|explique|ajoute|précise|estime|souligne|déclare|annonce|dit|écrit)(?![\p{L}’'-])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SpeaksAfterName();

    // The reported words open right before the subject with "that" ("…said that I…"): the tense shifts back. After a
    // colon ("…said: I hope…") the words stay in their tense, as the direct speech they were.
    [GeneratedRegex(@"(?<![\p{L}’'-])that\s*\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ReportedWordsOpen();

    // A French reporting verb in a past tense (passé composé, plus-que-parfait, passé simple, imperfect), then « que »
    // right before the subject, a few words between allowed (« a assuré aux sénateurs que je… »). Not the present
    // (« estime que je… » keeps its tense), nor a bare « dit », which is present as often as past.
    [GeneratedRegex(@"(?<![\p{L}’'-])(?:(?:a|avait|ont|avaient)\s+(?:\p{Ll}+\s+){0,2}?(?:déclaré|annoncé|affirmé|assuré|indiqué|expliqué|rappelé|ajouté|précisé|estimé|souligné|promis|répété|confirmé|reconnu|dit|prévenu|averti|martelé|jugé|admis|soutenu|écrit|répondu|insisté|lancé|tranché|garanti|juré|concédé|avoué|confié|raconté|révélé|signalé|fait\s+savoir|laissé\s+entendre|fait\s+valoir)|déclara|annonça|affirma|assura|indiqua|expliqua|rappela|ajouta|précisa|estima|souligna|promit|répéta|confirma|reconnut|prévint|avertit|répondit|écrivit|affirmait|assurait|expliquait|disait|répétait|estimait|indiquait|déclarait|annonçait|promettait|soutenait)(?![\p{L}’'-])[^.;!?«»“”""\n]{0,80}?(?<![\p{L}’'-])qu(?:e|[’'])\s*\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchPastReportingThat();

    // "I'm Hannah Price", « Je suis Ana Pastor », "I am the mayor": an introduction, which the intro rules repair.
    [GeneratedRegex(@"\A(?:am|'m|’m|suis)\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Introduces();

    [GeneratedRegex(@"\A(?:I|[Jj]e|[Jj][’'])\s*(?:am|[’']m|suis)\s+(?:(?:so|very|really|truly|particulièrement|très|vraiment)\s+)?\p{L}+\s+(?:to|de|d[’'])\s*(?:share|report|tell|inform|announce|say|confirm|let|present|bring|partager|rapporter|informer|annoncer|dire|signaler|confirmer|présenter|vous)(?![\p{L}])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NarratorLeadIn();

    [GeneratedRegex(@"(?<![\p{L}’'-])(?:[Yy]ou|[Yy]our|[Yy]ours|[Vv]ous|[Vv]otre|[Vv]os)(?![\p{L}’'-])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ReaderAddressed();

    [GeneratedRegex(@"(?<![\p{L}’'-])(?:according\s+to|selon|d[’']après)(?![\p{L}’'-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex SourceCited();

    // A form of « être » after « je » and the word that agrees with the subject.
    [GeneratedRegex(@"\G(?:[Jj]e\s+|[Jj][’']\s*)(?:ne\s+|n[’']\s*)?(?:me\s+|m[’']\s*)?(?:suis|étais|serai|serais|ai\s+été|avais\s+été)\s+(?:(?:pas|plus|jamais|très|si|tout|bien|vraiment)\s+)*(?<word>\p{Ll}+)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Agreement();

    [GeneratedRegex(@"(?:ée|ées|ie|ies|ue|ues|euse|euses|ière|ières|ive|ives|elle|elles)\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FeminineEnding();

    [GeneratedRegex(@"(?:é|és|i|is|u|us|eux|ier|iers|if|ifs|el|els)\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MasculineEnding();

    // The first person only announces what follows: a verb of saying or noting, then "that"/« que » ("I must point out
    // that", « je me contenterai de préciser que », « je m’en voudrais de ne pas rappeler que »).
    [GeneratedRegex(@"\G(?:[Jj]e\s+|[Jj][’']\s*|I\s+)[^.;:!?«»“”""]{0,50}?(?<![\p{L}])(?:préciser|précise|signaler|signale|souligner|souligne|noter|note|rappeler|rappelle|mentionner|mentionne|dire|dis|ajouter|ajoute|indiquer|point\s+out|mention|say|add|stress|emphasi[sz]e|remind\s+(?:you|readers))(?![\p{L}])[^.;:!?]{0,25}?(?<![\p{L}])(?:que(?![\p{L}])|qu[’']|that(?![\p{L}]))", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AnnouncesAFact();

    // A role speaking for a person: "a spokeswoman for Boris Johnson", "an aide to Keir Starmer", "Keir Starmer's
    // spokeswoman", « la porte-parole de Gabriel Attal », « un conseiller du ministre ».
    [GeneratedRegex(@"(?:\A(?<role>[^,]*?(?<![\p{L}])(?:spokes(?:wo)?m[ae]n|spokesperson|aides?|advis[eo]rs?|assistants?|secretary|deputy|porte-parole|conseill(?:er|ère)s?|collaborat(?:eur|rice)s?|proches?|entourage|mère|père|épouse|mari|wife|husband|mother|father|son|daughter)(?![\p{L}]))\s+(?:for|to|of|de|du|des|d[’'])\s|[’']s\s+(?<role>(?:\p{Ll}+\s+){0,2}\p{Ll}+)\s*\z)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex SpokenFor();

    // A sentence opened by a role or title (no name: "The deputy prime minister ended on a hopeful note", « La ministre a
    // été très claire ») whose words follow a colon right before the subject.
    [GeneratedRegex(@"\G\s*(?<head>(?:The|the|Le|La|L[’'])\s*[^:;.!?«»“”""\p{Lu}]{2,120}):\s*\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ColonHead();

    // A reporting verb's subject that is a pronoun ("Elle explique que", "He added that"), perhaps after a short head.
    [GeneratedRegex(@"(?:\A|,\s*)(?<pronoun>[Ii]l|[Ee]lle|[Hh]e|[Ss]he)(?:\s+(?:\p{Ll}+))?\s*\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LeadingPronoun();

    [GeneratedRegex(@"(?<![\p{L}’'-])(?:and|or|et|ou)\s*\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Coordinated();

    [GeneratedRegex(@"(?<![\p{L}’'-])(?:said|told|added|noted|stressed|stated|explained|recalled|reiterated|emphasi[sz]ed|underlined|announced|insisted|wrote|warned|assured|promised|declared|confirmed|replied|argued|acknowledged|admitted|made\s+it\s+clear)(?![\p{L}’'-])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PastReportingVerb();

    [GeneratedRegex(@"\A(?:Mr|Mrs|Ms|Miss|Dr|Prof|M|Mme|Mlle|Me|Pr)\.?\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CourtesyTitle();

    // A group speaking ("we", "our", « nous », « notre »): its third person is a plural the speaker's name does not give.
    [GeneratedRegex(@"(?<![\p{L}\p{Nd}’'-])(?:[Ww]e|[Uu]s|[Oo]urs?|[Oo]urselves)(?![\p{L}\p{Nd}’'-])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishGroup();

    [GeneratedRegex(@"(?<![\p{L}\p{Nd}’'-])(?:[Nn]ous|[Nn]otre|[Nn]os)(?![\p{L}\p{Nd}’'-])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchGroup();

    private static Regex GroupSpeaks(bool french) => french ? FrenchGroup() : EnglishGroup();

    // A first-person possessive or object before the subject ("In my view, I…", « Pour ma part, je… »).
    [GeneratedRegex(@"(?<![\p{L}\p{Nd}’'-])(?:[Mm]y|[Mm]e|[Mm]ine|[Mm]yself)(?![\p{L}\p{Nd}’'-])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishFirstPersonBefore();

    [GeneratedRegex(@"(?<![\p{L}\p{Nd}’'-])(?:[Mm]on|[Mm]a|[Mm]es)(?![\p{L}\p{Nd}’'-])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchFirstPersonBefore();

    [GeneratedRegex(@"(?<![\p{L}\p{Nd}’'-])(?:[Mm]on|[Mm]a|[Mm]es)(?![\p{L}\p{Nd}’'-])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchPossessive();

    [GeneratedRegex(@"(?<![\p{L}\p{Nd}’'-])(?:[Mm]e|[Mm][’']|[Mm]oi|[Jj]e|[Jj][’'])(?![\p{L}\p{Nd}-])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchObject();

    [GeneratedRegex(@"[«»“”""]", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex QuotationMark();

    private static Regex FirstPersonBefore(bool french) => french ? FrenchFirstPersonBefore() : EnglishFirstPersonBefore();

    // "que ", "lorsque ", "puisque " right before the subject: French elides their e before a vowel.
    [GeneratedRegex(@"(?<![\p{L}’'-])(?<head>[Qq]u|[Ll]orsqu|[Pp]uisqu)e\s+\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ElidableQue();
}
