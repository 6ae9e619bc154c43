using System.Globalization;
using RulesSdk.Syntax;

namespace RulesSdk.Semantics;

/// <summary>
/// The features the learned sentence model (<see cref="LeakModel"/>) reads: the sentence's words, word
/// pairs and word endings, its opening word, its punctuation, and what the rest of the semantic model
/// already knows of it (each clause's voice, person and stance, the block's structural role, the genre,
/// the sentence's place in its paragraph). Words alone would learn the dev set's phrasings; the model's
/// own readings and the word endings ("-ment", "-able", "-ful") are what carry to unseen phrasings.
/// The trainer and the model call the same method, so a feature means the same at both ends.
/// </summary>
public static class LeakFeatures
{
    // Word endings are read from words this long or longer: shorter ones are mostly whole function words.
    private const int MinimumWordForEnding = 6;

    private const int EndingLength = 4;

    /// <summary>The feature names of <paramref name="sentence"/>, each once.</summary>
    public static IReadOnlyList<string> Of(DocumentSemantics semantics, SentenceSyntax sentence)
    {
        ArgumentNullException.ThrowIfNull(semantics);
        ArgumentNullException.ThrowIfNull(sentence);
        var features = new HashSet<string>(StringComparer.Ordinal);
        AddWords(sentence, features);
        AddClauses(semantics, sentence, features);
        AddPlace(semantics, sentence, features);
        return [.. features];
    }

    private static void AddWords(SentenceSyntax sentence, HashSet<string> features)
    {
        string? previous = null;
        var words = 0;
        var capitalisedInside = 0;
        foreach (var token in sentence.Tokens)
        {
            switch (token.Kind)
            {
                case TokenKind.Word:
                    var word = Normalise(token.Chars);
                    if (words == 0)
                    {
                        features.Add("first:" + word);
                    }
                    else if (token.IsCapitalized)
                    {
                        capitalisedInside++;
                    }

                    features.Add("w:" + word);
                    if (previous is not null)
                    {
                        features.Add("b:" + previous + " " + word);
                    }

                    if (word.Length >= MinimumWordForEnding)
                    {
                        features.Add("end:" + word[^EndingLength..]);
                    }

                    previous = word;
                    words++;
                    break;
                case TokenKind.Number:
                    features.Add("number");
                    previous = "#";
                    break;
                default:
                    var mark = token.Chars;
                    if (mark.Length == 1 && mark[0] is '?' or '!' or ':' or ';' or '«' or '»' or '"' or '“' or '”' or '—' or '–' or '(')
                    {
                        features.Add("p:" + mark[0]);
                    }

                    previous = null;
                    break;
            }
        }

        features.Add("words:" + Bucket(words));
        features.Add("names:" + Math.Min(capitalisedInside, 3).ToString(CultureInfo.InvariantCulture));
        if (sentence.IsInQuote)
        {
            features.Add("quoted");
        }
    }

    private static void AddClauses(DocumentSemantics semantics, SentenceSyntax sentence, HashSet<string> features)
    {
        foreach (var clause in semantics.GetClauses(sentence))
        {
            var voice = clause.Attribution.Voice == VoiceKind.Narrator ? "narrator" : "speaker";
            features.Add("voice:" + voice);
            features.Add("person:" + voice + "/" + clause.Person.ToString().ToLowerInvariant());
            if (clause.Stance != NarratorStance.None)
            {
                features.Add("stance:" + clause.Stance.ToString().ToLowerInvariant());
            }
        }
    }

    private static void AddPlace(DocumentSemantics semantics, SentenceSyntax sentence, HashSet<string> features)
    {
        features.Add("genre:" + semantics.Genre.ToString().ToLowerInvariant());
        var block = sentence.Block;
        var role = semantics.RoleOf(block);
        foreach (var flag in (ReadOnlySpan<StructuralRole>)[StructuralRole.Title, StructuralRole.BeforeTitle, StructuralRole.FirstParagraph, StructuralRole.LastParagraph, StructuralRole.AfterContent])
        {
            if ((role & flag) != 0)
            {
                features.Add("block:" + flag.ToString().ToLowerInvariant());
            }
        }

        features.Add(block.Sentences.Length == 1 ? "alone" : sentence.IsFirstInBlock ? "opens-paragraph" : sentence.IsLastInBlock ? "closes-paragraph" : "inside-paragraph");
    }

    private static string Normalise(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        lower.Replace('’', '\'');
        return lower.ToString();
    }

    private static string Bucket(int words) => words switch
    {
        <= 5 => "0-5",
        <= 10 => "6-10",
        <= 20 => "11-20",
        <= 40 => "21-40",
        _ => "41+",
    };
}
