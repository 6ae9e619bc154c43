using System.Globalization;
using RulesSdk.Syntax;

namespace RulesSdk.Semantics;

/// <summary>
/// The features the learned sentence model (<see cref="LeakModel"/>) reads: the sentence's words, word
/// pairs, word endings and word stems, its opening words and the shape of its head (a short clause closed
/// by "que"/"that", a colon or a comma: where a lead-in ends), its punctuation, and what the rest of the
/// semantic model already knows of it (each clause's voice, person and stance, the block's structural role,
/// the genre, the sentence's place in its paragraph). Words alone would learn the dev set's phrasings; the
/// model's own readings, the word endings (their last four letters: "ment", "able", "eful") and stems (the
/// first five: "témoi", "confe") are what carry to unseen phrasings.
/// The trainer and the run-time scorer go through the same extraction, so a feature means the same at both ends.
/// </summary>
public static class LeakFeatures
{
    // Word endings are read from words this long or longer: shorter ones are mostly whole function words.
    private const int MinimumWordForEnding = 6;

    private const int EndingLength = 4;

    private const int StemLength = 5;

    // The opening words are features of their own ("h:"), apart from the same words anywhere: a lead-in or
    // a preface is told by how the sentence opens, and the carrier's words after it are not the kind's.
    private const int HeadWords = 3;

    // A head closed within this many words is a lead-in's shape ("Je tiens à souligner que …", "Soyons clairs : …").
    private const int LongestHead = 8;

    // Longer words are cut for the pair and word features' buffers: no real word is this long.
    private const int MaximumWordLength = 48;

    private static readonly string[] Roles =
        [.. new[] { StructuralRole.Title, StructuralRole.BeforeTitle, StructuralRole.FirstParagraph, StructuralRole.LastParagraph, StructuralRole.AfterContent }
            .Select(r => r.ToString().ToLowerInvariant())];

    /// <summary>The feature names of <paramref name="sentence"/>, each once.</summary>
    public static IReadOnlyList<string> Of(DocumentSemantics semantics, SentenceSyntax sentence)
    {
        ArgumentNullException.ThrowIfNull(semantics);
        ArgumentNullException.ThrowIfNull(sentence);
        var names = new NameSink();
        Extract(semantics, sentence, ref names);
        return [.. names.Names];
    }

    /// <summary>Feeds every feature of <paramref name="sentence"/> to <paramref name="sink"/> (a feature may come twice).</summary>
    internal static void Extract<TSink>(DocumentSemantics semantics, SentenceSyntax sentence, ref TSink sink)
        where TSink : struct, ILeakFeatureSink
    {
        AddWords(sentence, StanceLexicon.For(semantics.Language), ref sink);
        AddClauses(semantics, sentence, ref sink);
        AddPlace(semantics, sentence, ref sink);
        AddContext(semantics, sentence, ref sink);
    }

    private static void AddWords<TSink>(SentenceSyntax sentence, StanceLexicon lexicon, ref TSink sink)
        where TSink : struct, ILeakFeatureSink
    {
        Span<char> current = stackalloc char[MaximumWordLength];
        Span<char> folded = stackalloc char[MaximumWordLength];
        Span<char> previous = stackalloc char[MaximumWordLength];
        var previousLength = -1;
        var words = 0;
        var capitalisedInside = 0;
        var headClosed = false;
        foreach (var token in sentence.Tokens)
        {
            switch (token.Kind)
            {
                case TokenKind.Word:
                    var word = Normalise(token.Chars, current);
                    if (words == 0)
                    {
                        sink.Add("first:", word);
                    }
                    else if (token.IsCapitalized)
                    {
                        capitalisedInside++;
                    }

                    if (!headClosed && words is > 0 and <= LongestHead && word is "que" or "qu'" or "that")
                    {
                        headClosed = true;
                        sink.Add("head:que:", HeadLength(words));
                        if (previousLength >= 0)
                        {
                            sink.Add("headverb:", previous[..Math.Min(previousLength, StemLength)]);
                        }
                    }

                    // A word's stance classes, and apart when the word is in the head: "telling" there is a lead-in's verb.
                    var foldedWord = SemanticLexicon.Fold(token.Chars[..Math.Min(token.Chars.Length, MaximumWordLength)], folded);
                    lexicon.AddClasses(foldedWord, "lex:", ref sink);
                    if (!headClosed && words < LongestHead)
                    {
                        lexicon.AddClasses(foldedWord, "hlex:", ref sink);
                    }

                    if (words < HeadWords)
                    {
                        sink.Add("h:", word);
                        if (previousLength >= 0)
                        {
                            sink.Add("hb:", previous[..previousLength], " ", word);
                        }
                    }

                    sink.Add("w:", word);
                    if (previousLength >= 0)
                    {
                        sink.Add("b:", previous[..previousLength], " ", word);
                    }

                    if (word.Length >= MinimumWordForEnding)
                    {
                        sink.Add("end:", word[^EndingLength..]);
                        sink.Add("pre:", word[..StemLength]);
                    }

                    word.CopyTo(previous);
                    previousLength = word.Length;
                    words++;
                    break;
                case TokenKind.Number:
                    sink.Add("number");
                    previous[0] = '#';
                    previousLength = 1;
                    break;
                default:
                    var mark = token.Chars;
                    if (mark.Length == 1 && mark[0] is '?' or '!' or ':' or ';' or '«' or '»' or '"' or '“' or '”' or '—' or '–' or '(')
                    {
                        sink.Add("p:", mark);
                    }

                    if (!headClosed && words is > 0 and <= LongestHead && mark.Length == 1 && mark[0] is ':' or ',' or '—' or '–')
                    {
                        headClosed = true;
                        sink.Add("head:", mark[0] == ',' ? "comma:" : "colon:", HeadLength(words));
                    }

                    previousLength = -1;
                    break;
            }
        }

        sink.Add("words:", Bucket(words));
        sink.Add("names:", Math.Min(capitalisedInside, 3).ToString(CultureInfo.InvariantCulture));
        if (sentence.IsInQuote)
        {
            sink.Add("quoted");
        }
    }

    private static void AddClauses<TSink>(DocumentSemantics semantics, SentenceSyntax sentence, ref TSink sink)
        where TSink : struct, ILeakFeatureSink
    {
        foreach (var clause in semantics.GetClauses(sentence))
        {
            var voice = clause.Attribution.Voice == VoiceKind.Narrator ? "narrator" : "speaker";
            sink.Add("voice:", voice);
            sink.Add("person:", voice, "/", PersonName(clause.Person));
            if (clause.Stance != NarratorStance.None)
            {
                sink.Add("stance:", StanceName(clause.Stance));
            }
        }
    }

    // Whose first person it is: a sentence after one that names a person, or that carries a quotation, is
    // likelier that person's words rewritten ("Mrs. Rowe runs a bakery. My costs…") than the narrator's view;
    // a sentence that itself names one ("…, the mayor conceded, and I…") too.
    private static void AddContext<TSink>(DocumentSemantics semantics, SentenceSyntax sentence, ref TSink sink)
        where TSink : struct, ILeakFeatureSink
    {
        if (!semantics.GetEntities(sentence.Span).IsEmpty)
        {
            sink.Add("ctx:names");
        }

        if (sentence.IsFirstInBlock)
        {
            return;
        }

        var previous = sentence.Block.Sentences[sentence.Index - 1];
        if (!semantics.GetEntities(previous.Span).IsEmpty)
        {
            sink.Add("ctx:prev-names");

            // With the stance the hand-written reading gave: a judgement after a named person is the case it splits.
            foreach (var clause in semantics.GetClauses(sentence))
            {
                if (clause.Stance != NarratorStance.None)
                {
                    sink.Add("ctx:prev-names:", StanceName(clause.Stance));
                }
            }
        }

        foreach (var clause in semantics.GetClauses(previous))
        {
            if (clause.Attribution.Voice != VoiceKind.Narrator)
            {
                sink.Add("ctx:prev-quoted");
                break;
            }
        }
    }

    private static void AddPlace<TSink>(DocumentSemantics semantics, SentenceSyntax sentence, ref TSink sink)
        where TSink : struct, ILeakFeatureSink
    {
        sink.Add("genre:", GenreName(semantics.Genre));
        var block = sentence.Block;
        var role = semantics.PlacementOf(block);
        ReadOnlySpan<StructuralRole> flags = [StructuralRole.Title, StructuralRole.BeforeTitle, StructuralRole.FirstParagraph, StructuralRole.LastParagraph, StructuralRole.AfterContent];
        for (var i = 0; i < flags.Length; i++)
        {
            if ((role & flags[i]) != 0)
            {
                sink.Add("block:", Roles[i]);
            }
        }

        sink.Add(block.Sentences.Length == 1 ? "alone" : sentence.IsFirstInBlock ? "opens-paragraph" : sentence.IsLastInBlock ? "closes-paragraph" : "inside-paragraph");
    }

    private static ReadOnlySpan<char> Normalise(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var length = Math.Min(word.Length, buffer.Length);
        word[..length].ToLowerInvariant(buffer);
        var lower = buffer[..length];
        lower.Replace('’', '\'');
        return lower;
    }

    private static string HeadLength(int words) => words switch
    {
        <= 2 => "1-2",
        <= 4 => "3-4",
        _ => "5-8",
    };

    private static string Bucket(int words) => words switch
    {
        <= 5 => "0-5",
        <= 10 => "6-10",
        <= 20 => "11-20",
        <= 40 => "21-40",
        _ => "41+",
    };

    // The enums' names in lower case, without formatting an enum on every sentence.
    private static string PersonName(GrammaticalPerson person) => person switch
    {
        GrammaticalPerson.FirstSingular => "firstsingular",
        GrammaticalPerson.FirstPlural => "firstplural",
        GrammaticalPerson.Second => "second",
        GrammaticalPerson.Third => "third",
        GrammaticalPerson.Impersonal => "impersonal",
        _ => person.ToString().ToLowerInvariant(),
    };

    private static string StanceName(NarratorStance stance) => stance switch
    {
        NarratorStance.Opinion => "opinion",
        NarratorStance.Witness => "witness",
        NarratorStance.Speaker => "speaker",
        _ => stance.ToString().ToLowerInvariant(),
    };

    private static string GenreName(DocumentGenre genre) => genre switch
    {
        DocumentGenre.NewsReport => "newsreport",
        _ => genre.ToString().ToLowerInvariant(),
    };

    private struct NameSink() : ILeakFeatureSink
    {
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        public readonly void Add(ReadOnlySpan<char> first, ReadOnlySpan<char> second = default, ReadOnlySpan<char> third = default, ReadOnlySpan<char> fourth = default) =>
            Names.Add(string.Concat(first, second, third, fourth));
    }
}
