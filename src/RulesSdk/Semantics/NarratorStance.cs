namespace RulesSdk.Semantics;

/// <summary>
/// What a narrator's first-person clause does, in a text whose narrator should not say "I" at all:
/// the kinds of one leak. <see cref="None"/> for every other clause (a speaker's, or not in the first person).
/// </summary>
public enum NarratorStance
{
    /// <summary>Not a narrator clause in the first person.</summary>
    None,

    /// <summary>A named person or group is the subject ("Moi, X, …", "En tant que ministre, j’…", "X : j’ai…", "I, as Secretary, …", a name in the previous sentence).</summary>
    Speaker,

    /// <summary>The narrator sees, hears or is present ("j’ai vu", "je me trouvais", "sous mes yeux", "I was there", "we watched").</summary>
    Witness,

    /// <summary>The narrator frames what follows as its own telling ("je vous signale", "j’ajoute", "I’ll remind you", "let me explain"), or a sentence-initial clause without belief or feeling ends at que/that or a colon before a third-person sentence ("Je me permets de vous dévoiler que …").</summary>
    Framing,

    /// <summary>The narrator speaks of the text or to its requester ("j’ai simplifié", "I’ve rewritten", "let me know").</summary>
    Assistant,

    /// <summary>The newsroom's "we" at its reporting work ("nous avons contacté X", "we asked X", "we reached out"): a news report may say it.</summary>
    Newsroom,

    /// <summary>A judgement, feeling, belief or rhetorical address of the narrator: a clause no other kind explains, with positive evidence of a view (<see cref="JudgementCues"/>).</summary>
    Opinion,

    /// <summary>The narrator recounts its own past deeds and nothing else ("j’ai signé le décret", "we discussed our cooperation"): a leak of another kind (a speaker's account, a witness), not an opinion.</summary>
    Account,

    /// <summary>A narrator's first-person clause that no kind explains and that shows no judgement, feeling or belief ("Nous avons arpenté la place", "I was there early"): a leak, but not one a rule may delete as the writer's opinion.</summary>
    Unmarked,
}
