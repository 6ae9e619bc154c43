using System.Globalization;
using System.Text;

namespace RulesSdk.Bench.CorpusGenerator;

/// <summary>Rates of the persona-leak artifacts (per article or per sentence).</summary>
internal sealed record ArtifactRates
{
    public double DuplicatedHeadline { get; init; } = 0.05;

    public double OpinionParagraph { get; init; } = 0.05;

    public double TrailingMetadata { get; init; } = 0.10;

    /// <summary>Per sentence: the sentence is replaced by one of the sentence-level artifacts.</summary>
    public double SentenceArtifact { get; init; } = 0.03;

    /// <summary>Per mention of Zelensky: the wrong first name.</summary>
    public double WrongName { get; init; } = 0.25;
}

/// <summary>Writes one news article of about the requested size, deterministically from the generator state.</summary>
internal sealed class ArticleWriter(SplitMix64 random, ArtifactRates rates)
{
    private readonly StringBuilder _builder = new();

    /// <summary>Counts of each artifact written, for the generator's manifest.</summary>
    public Dictionary<string, int> ArtifactCounts { get; } = new(StringComparer.Ordinal);

    public string Write(Vocabulary vocabulary, int targetBytes)
    {
        _builder.Clear();
        var person = random.Pick(Vocabulary.People);
        var headline = Fill(vocabulary, random.Pick(vocabulary.Headlines), person);
        _builder.Append(headline).Append("\n\n");
        if (random.Chance(rates.DuplicatedHeadline))
        {
            Count("duplicated-headline");
            _builder.Append(headline).Append("\n\n");
        }

        var opinionAt = random.Chance(rates.OpinionParagraph) ? random.Next(0, 3) : -1;
        var trailing = random.Chance(rates.TrailingMetadata);
        var reserve = trailing ? 20 : 0;
        var paragraph = 0;
        while (Encoding.UTF8.GetByteCount(_builder.ToString()) < targetBytes - reserve - 200)
        {
            if (paragraph == opinionAt)
            {
                Count("opinion-paragraph");
                _builder.Append(Fill(vocabulary, random.Pick(vocabulary.OpinionParagraphs), person)).Append("\n\n");
            }

            var sentences = random.Next(2, 6);
            for (var i = 0; i < sentences; i++)
            {
                if (i > 0)
                {
                    _builder.Append(' ');
                }

                // A new speaker now and then, so names vary inside an article.
                if (random.Chance(0.3))
                {
                    person = random.Pick(Vocabulary.People);
                }

                _builder.Append(Sentence(vocabulary, person));
            }

            _builder.Append("\n\n");
            paragraph++;
        }

        if (trailing)
        {
            Count("trailing-metadata");
            _builder.Append(Fill(vocabulary, random.Pick(vocabulary.TrailingMetadata), person)).Append('\n');
        }
        else
        {
            _builder.Length--; // one final newline, not a blank line
        }

        return _builder.ToString();
    }

    private string Sentence(Vocabulary vocabulary, Person person)
    {
        if (!random.Chance(rates.SentenceArtifact))
        {
            return Fill(vocabulary, random.Pick(vocabulary.Sentences), person);
        }

        switch (random.Next(6))
        {
            case 0:
                Count("editorial-lead-in");
                return random.Pick(vocabulary.LeadIns) + Fill(vocabulary, random.Pick(vocabulary.Clauses), person);
            case 1:
                Count("first-person-speaker");
                return Fill(vocabulary, random.Pick(vocabulary.FirstPersonSpeaker), person);
            case 2:
                Count("narrator-witness");
                return Fill(vocabulary, random.Pick(vocabulary.Witness), person);
            case 3:
                Count("assistant-self-reference");
                return random.Pick(vocabulary.Assistant);
            case 4:
                Count("broken-sentence");
                return Fill(vocabulary, random.Pick(vocabulary.BrokenSentence), person);
            default:
                Count("wrong-name");
                return random.Pick(vocabulary.WrongNameSentences);
        }
    }

    private string Fill(Vocabulary v, string template, Person person)
    {
        var output = new StringBuilder(template.Length + 64);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c != '{')
            {
                output.Append(c);
                continue;
            }

            var close = template.IndexOf('}', i);
            var key = template[(i + 1)..close];
            i = close;
            output.Append(key switch
            {
                "P" => person.Full,
                "S" => person.Surname,
                "R" => v.Language == "fr" ? person.RoleFr : person.RoleEn,
                "C" => random.Pick(v.Countries),
                "V" => random.Pick(v.Cities),
                "O" => random.Pick(v.Organisations),
                "T" => random.Pick(v.Topics),
                "D" => random.Pick(v.Days),
                "M" => random.Pick(v.Months),
                "N" => Number(random.Next(12, 48_000)),
                "Q" => random.Next(2, 29).ToString(CultureInfo.InvariantCulture),
                "X" => random.Pick(v.BrokenPairs),
                "Z" => WrongName() ? "Vladimir" : "Volodymyr",
                "Y" => random.Next(2021, 2026).ToString(CultureInfo.InvariantCulture),
                "MM" => random.Next(1, 13).ToString("00", CultureInfo.InvariantCulture),
                "DD" => random.Next(1, 29).ToString("00", CultureInfo.InvariantCulture),
                "hh" => random.Next(0, 24).ToString("00", CultureInfo.InvariantCulture),
                "mm" => random.Next(0, 60).ToString("00", CultureInfo.InvariantCulture),
                _ => throw new InvalidOperationException($"unknown placeholder {{{key}}}"),
            });
        }

        return output.ToString();

        string Number(int n) => v.Language == "fr"
            ? n.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", "\u202F", StringComparison.Ordinal)
            : n.ToString("#,0", CultureInfo.InvariantCulture);
    }

    private bool WrongName()
    {
        if (!random.Chance(rates.WrongName))
        {
            return false;
        }

        Count("wrong-name");
        return true;
    }

    private void Count(string artifact) =>
        ArtifactCounts[artifact] = ArtifactCounts.GetValueOrDefault(artifact) + 1;
}
