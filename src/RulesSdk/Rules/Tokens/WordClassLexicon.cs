using System.Collections.Frozen;

namespace RulesSdk.Rules;

/// <summary>
/// The words of each closed <see cref="TokenWordClass"/> in French and English. A word may be in
/// several classes ("en" is a pronoun and a preposition). Elided French words are listed with
/// their apostrophe (l’, qu’), which the tokenizer keeps on the token.
/// </summary>
public static class WordClassLexicon
{
    private static readonly FrozenDictionary<(TokenWordClass, string), FrozenSet<string>> Lexicons = Build();

    /// <summary>The words of <paramref name="wordClass"/> in <paramref name="language"/>: "fr", "en", or "any" for both (a rule without a language); other languages have none.</summary>
    public static FrozenSet<string> Words(TokenWordClass wordClass, string language) =>
        Lexicons.TryGetValue((wordClass, Normalize(language)), out var words) ? words : FrozenSet<string>.Empty;

    /// <summary>True when <paramref name="token"/> is a word of the class, ignoring case (not accents: "a" is not "à").</summary>
    public static bool Contains(TokenWordClass wordClass, string language, ReadOnlySpan<char> token) =>
        Words(wordClass, language).GetAlternateLookup<ReadOnlySpan<char>>().Contains(ApostropheNormalized(token));

    private static ReadOnlySpan<char> ApostropheNormalized(ReadOnlySpan<char> token)
    {
        var apostrophe = token.IndexOf('\'');
        if (apostrophe < 0)
        {
            return token;
        }

        var copy = token.ToArray();
        copy.AsSpan().Replace('\'', '’');
        return copy;
    }

    private static string Normalize(string language) =>
        language.Equals("any", StringComparison.OrdinalIgnoreCase) || language.Length < 2 ? language.ToLowerInvariant() : language[..2].ToLowerInvariant();

    private static FrozenDictionary<(TokenWordClass, string), FrozenSet<string>> Build()
    {
        var lexicons = new Dictionary<(TokenWordClass, string), string>
        {
            [(TokenWordClass.Determiner, "en")] =
                "a an the this that these those some any no every each either neither all both another such what which whatever whichever half much many few several enough",
            [(TokenWordClass.Pronoun, "en")] =
                "i me my mine myself you your yours yourself yourselves he him his himself she her hers herself it its itself we us our ours ourselves they them their theirs themselves one oneself who whom whose whoever whomever",
            [(TokenWordClass.Preposition, "en")] =
                "about above across after against along alongside amid amidst among amongst around as at because before behind below beneath beside besides between beyond by despite during except for from if in inside into like near of off on onto outside over past per since than though although through throughout till toward towards under underneath unless until unlike upon via whereas whether while whilst with within without once",
            [(TokenWordClass.Conjunction, "en")] = "and but or nor yet so plus",
            [(TokenWordClass.Auxiliary, "en")] =
                "be am is are was were been being have has had having do does did done doing ’m ’re ’s ’ve ’d",
            [(TokenWordClass.Modal, "en")] = "can could may might must shall should will would ought cannot ’ll",
            [(TokenWordClass.Determiner, "fr")] =
                "le la les l’ un une des du au aux ce cet cette ces mon ton son ma ta sa mes tes ses notre votre nos vos leur leurs quel quelle quels quelles chaque plusieurs quelques certains certaines aucun aucune nul nulle tout toute tous toutes",
            [(TokenWordClass.Pronoun, "fr")] =
                "je j’ me m’ moi tu te t’ toi il elle on lui nous vous ils elles eux se s’ soi y en qui que qu’ quoi dont où lequel laquelle lesquels lesquelles auquel auxquels duquel desquels celui celle ceux celles ceci cela ça mien mienne tien tienne sien sienne nôtre vôtre",
            [(TokenWordClass.Preposition, "fr")] =
                "à de d’ dans en par pour sur sous avec sans chez entre vers contre depuis pendant avant après devant derrière malgré selon parmi dès envers hors jusque jusqu’ outre via auprès près lors durant concernant sauf que qu’ si quand lorsque lorsqu’ puisque puisqu’ quoique quoiqu’ comme",
            [(TokenWordClass.Conjunction, "fr")] = "et ou mais donc or ni car",
            [(TokenWordClass.Auxiliary, "fr")] =
                "être suis es est sommes êtes sont étais était étions étiez étaient serai seras sera serons serez seront serais serait serions seriez seraient sois soit soyons soyez soient fus fut fûmes furent été " +
                "avoir ai as a avons avez ont avais avait avions aviez avaient aurai auras aura aurons aurez auront aurais aurait aurions auriez auraient aie aies ait ayons ayez aient eus eut eûmes eurent eu",
            [(TokenWordClass.Modal, "fr")] =
                "pouvoir peux peut pouvons pouvez peuvent pouvais pouvait pouvions pouviez pouvaient pourrai pourras pourra pourrons pourrez pourront pourrais pourrait pourrions pourriez pourraient puisse puisses puissions puissiez puissent pu " +
                "devoir dois doit devons devez doivent devais devait devions deviez devaient devrai devras devra devrons devrez devront devrais devrait devrions devriez devraient doive doives dû " +
                "falloir faut fallait faudra faudrait",
        };

        foreach (var wordClass in Enum.GetValues<TokenWordClass>())
        {
            lexicons[(wordClass, "any")] = lexicons[(wordClass, "en")] + " " + lexicons[(wordClass, "fr")];
        }

        return lexicons.ToFrozenDictionary(
            entry => entry.Key,
            entry => entry.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }
}
