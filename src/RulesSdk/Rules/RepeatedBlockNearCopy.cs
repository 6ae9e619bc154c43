namespace RulesSdk.Rules;

/// <summary>
/// How close a block or a sentence is to the headline, on their content words (<see cref="RepeatedBlockWords"/>),
/// whatever their order: the words both hold, the words only the candidate adds, the headline's words it leaves out.
/// Order does not count, because a paraphrase reorders around a name (« Pour Arnaud Montebourg, le nucléaire est… »
/// under « France : pour Montebourg, le nucléaire est… »).
/// </summary>
/// <remarks>
/// The thresholds come from the labelled splits and the 31 real carriers (round 33): the near copies of the
/// splits share at least 0.8 of the two word sets (Jaccard) and add at most one word (a verb replaced, "says" for a dash),
/// while the real leads that restate their headline add facts to it: "Tout n’est pas rose au premier Forum mondial…" under
/// "Québec : Tout n'est pas que rose au Forum mondial…" (0.86, one word added), the others at 0.67 or below with three
/// words added or more. So a lead sentence is a copy only with no word added or left out; a paragraph of its own is a
/// copy to delete when it adds no word and leaves out at most one in five, and is reported without a safe fix when it
/// adds or replaces one word (0.7 or more): a second new word is a new fact.
/// </remarks>
public readonly record struct RepeatedBlockNearCopy(int Shared, int Added, int Missing)
{
    /// <summary>A headline of fewer content words is left alone: too little to tell a copy from a sentence about it.</summary>
    public const int MinHeadlineWords = 4;

    /// <summary>A paragraph of its own this close to the headline, adding no word to it, is its copy, safe to delete.</summary>
    public const double CertainBlock = 0.8;

    /// <summary>A paragraph of its own this close, adding at most one word, is reported, without a safe fix.</summary>
    public const double PossibleBlock = 0.7;

    /// <summary>The share of the two word sets' union that both hold.</summary>
    public double Jaccard => Shared == 0 ? 0 : (double)Shared / (Shared + Added + Missing);

    /// <summary>A sentence that says the headline again and nothing more: every content word shared, none added.</summary>
    public bool IsSentenceCopy => Shared >= MinHeadlineWords && Added == 0 && Missing == 0;

    /// <summary>A paragraph of its own that is the headline with small changes and says nothing more: deleting it loses no word.</summary>
    public bool IsCertainBlockCopy => Shared >= MinHeadlineWords && Added == 0 && Jaccard >= CertainBlock;

    /// <summary>A paragraph of its own close to the headline, one word added or replaced: maybe a copy, maybe a fact.</summary>
    public bool IsPossibleBlockCopy => Shared >= MinHeadlineWords && Added <= 1 && Jaccard >= PossibleBlock;

    /// <summary>
    /// Compares the headline's content words with a candidate's. Words the candidate adds that <paramref name="ignored"/>
    /// accepts are no new fact (a first name added to the headline's surname) and do not count.
    /// </summary>
    public static RepeatedBlockNearCopy Compare(IReadOnlyCollection<string> headline, IEnumerable<RepeatedBlockWords.Word> candidate, Func<RepeatedBlockWords.Word, bool>? ignored = null)
    {
        ArgumentNullException.ThrowIfNull(headline);
        ArgumentNullException.ThrowIfNull(candidate);
        var unmatched = headline.ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var (shared, added) = (0, 0);
        foreach (var word in candidate)
        {
            if (!seen.Add(word.Form))
            {
                continue;
            }

            var exact = unmatched.IndexOf(word.Form);
            var at = exact >= 0 ? exact : unmatched.FindIndex(h => RepeatedBlockWords.Same(h, word.Form));
            if (at >= 0)
            {
                unmatched.RemoveAt(at);
                shared++;
            }
            else if (!headline.Any(h => RepeatedBlockWords.Same(h, word.Form)) && ignored?.Invoke(word) != true)
            {
                added++;
            }
        }

        return new RepeatedBlockNearCopy(shared, added, unmatched.Count);
    }
}
