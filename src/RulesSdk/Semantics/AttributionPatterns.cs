using System.Text.RegularExpressions;
using RulesSdk.Syntax;

namespace RulesSdk.Semantics;

/// <summary>
/// The patterns of attribution for one language, built once from the reporting verbs of
/// Semantics/Data: the closing incise ("…, a déclaré le maire.", "…, a-t-il ajouté.", "…, the
/// mayor said."), "selon X" / "according to X", and a reporting verb before que/that.
/// </summary>
internal sealed class AttributionPatterns
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly Lazy<AttributionPatterns> French = new(() => new AttributionPatterns(DocumentLanguage.French));
    private static readonly Lazy<AttributionPatterns> English = new(() => new AttributionPatterns(DocumentLanguage.English));

    private AttributionPatterns(string language)
    {
        var verbs = string.Join('|', SemanticLexicon.ReportingVerbs(language).OrderByDescending(v => v.Length).Select(v => Regex.Escape(v).Replace("’", "[’']", StringComparison.Ordinal)));
        const RegexOptions options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

        // A closing attribution ends the sentence: "…, he said on Monday." In English the speaker before the verb is a
        // name or a title of eight words at most: "…, Podolyak ran through all of this without glancing at his notes" is
        // no attribution. A reporting verb followed by "that"/"que" and a clause ("Tellingly, he recalled that …")
        // opens reported speech instead; taken for a closing incise, it handed the narrator's head ("Tellingly") to
        // the speaker.
        // Every branch of ClosingIncise and ReportingBeforeComplement holds one of the verbs between word
        // boundaries (after a space or comma, before \b, a space or "-t-"): text without one skips both.
        // The same alternation and case options; the non-backtracking engine scans in one pass (same matches for IsMatch).
        var wordBounded = SemanticLexicon.ReportingVerbs(language).All(v => v.Length > 0 && IsWordChar(v[0]) && IsWordChar(v[^1]));
        // English adds "went on", a reporting verb in mid-sentence incises only (see MidIncise).
        var gateVerbs = language == DocumentLanguage.French ? verbs : verbs + @"|went\s+on|goes\s+on";
        ReportingVerb = new Regex(wordBounded ? $@"\b(?:{gateVerbs})\b" : $"(?:{gateVerbs})", options | RegexOptions.NonBacktracking, Timeout);
        // A closing incise ends its sentence, or the first half of one that a semicolon goes on with another fact
        // ("…, a fait valoir Jérôme Cahuzac ; le ministre des finances a ajouté…").
        if (language == DocumentLanguage.French)
        {
            ClosingIncise = new Regex(
                $@",\s*(?<incise>(?:a|ont|avait|avaient|aurait)\s+(?:\p{{L}}+ment\s+)?(?:{verbs})\b(?![^,.;!?«»“”""]*\b(?:que|qu[’']))(?<who>[^,.;!?«»“”""]*)|(?:{verbs})-t-(?:il|elle|on)\b[^,.;!?«»“”""]*|(?:{verbs})\s+(?![^,.;!?«»“”""]*\b(?:que|qu[’']))(?<who>(?:M\.\s*|Mme\s+|Me\s+|Dr\s+|(?:le|la|les|l[’']|un|une|des|son|sa|ses|leur|leurs|ce|cet|cette|ces)\s*)?(?-i:\p{{L}})[^,.;!?«»“”""]*))(?:\s*[.!?…]*\s*[»”""]?\s*$|\s*;)",
                options, Timeout);
            // An attribution in the middle of unquoted words ("Pour moi, a insisté Bernard Thibault, cette conférence
            // sera…", "Je ne céderai pas, a martelé la ministre, sur ce point"): the speaker is named or is a title
            // after the verb (a name or a determiner and a title, in their case: "a promis qu’aucun salarié…" and
            // "dit assez l’impuissance…" attribute nothing), or an inverted pronoun.
            MidIncise = new Regex(
                $@",\s*(?<incise>(?:a|avait)\s+(?:\p{{L}}+ment\s+)?(?:{verbs})\s+(?<who>(?:M\.\s*|Mme\s+|Me\s+|Dr\s+|(?:le|la|les|son|sa|leur)\s+|l[’']\s*)(?-i:\p{{L}})[^,.;:!?«»“”""]{{1,60}}?|(?-i:\p{{Lu}})[^,.;:!?«»“”""]{{1,60}}?)|a-t-(?:il|elle)\s+(?:\p{{L}}+ment\s+)?(?:{verbs})|(?:{verbs})-t-(?:il|elle)|(?:{verbs})\s+(?<who>(?:M\.\s*|Mme\s+|(?:le|la|les)\s+|l[’']\s*)(?-i:\p{{Ll}})[^,.;:!?«»“”""]{{1,60}}?|(?-i:\p{{Lu}})[^,.;:!?«»“”""]{{1,60}}?))\s*,\s*(?=\S)",
                options, Timeout);
            // "selon mes calculs", "selon les décomptes de mon parti": the narrator's own source attributes nothing to a speaker.
            According = new Regex(@"\b(?:selon|d[’']après)\s+(?!moi\b|nous\b|vos\b|votre\b|tes\b|ta\b|mon\b|ma\b|mes\b|notre\b|nos\b)(?![^,.;:!?«»“”""]{0,60}\b(?:mon|ma|mes|notre|nos)\b)(?<who>[^,.;:!?«»“”""]{2,80})", options, Timeout);
            const string complement = @"\b(?:que|qu[’'])(?:\s*,)?\s*$";
            ReportingBeforeComplement = new Regex($@"\b(?:{verbs})\b[^.;:!?]{{0,60}}{complement}", options, Timeout);
            ComplementAtEnd = new Regex(complement, options | RegexOptions.RightToLeft, Timeout);
        }
        else
        {
            // The speaker of a closing incise is a noun phrase: no conjunction or clause inside it ("…, and the adviser
            // spoke without notes", "…, the three leaders emerged smiling but said little" attribute nothing). After the
            // verb, a finite verb means the reporting verb has a clause of its own ("…, one of the drivers said the
            // buses had been ready"): the main clause of the sentence, not an incise.
            const string speakerWord = @"(?!(?:and|but|or|while|who|which|as)\b)[^,.;!?“”""\s]+";
            const string finite = "had|has|have|was|were|is|are|will|would|could|can|should|must|did|does|do";
            ClosingIncise = new Regex(
                $@",[”""’]?\s*(?<incise>(?<who>(?:(?-i:\p{{Lu}})[^,.;!?“”""\s]*(?:\s+{speakerWord}){{0,7}}?|(?:the|a|an|one|another|his|her|their)(?:\s+{speakerWord}){{1,8}}?|he|she|they))\s+(?:{verbs})\b(?![^,.;!?“”""]*\b(?:that|{finite})\b)[^,.;!?“”""]*|(?:{verbs})\s+(?![^,.;!?“”""]*\b(?:that|{finite})\b)(?<who>(?-i:\p{{Lu}})[^,.;!?“”""]*|(?:the|a|an|one|his|her|their)\s[^,.;!?“”""]+|\p{{L}}+(?:\s+\p{{L}}+){{0,2}}))(?:\s*[.!?]*\s*[”""]?\s*$|\s*;)",
                options, Timeout);
            // An attribution in the middle of unquoted words ("For me, Mykhailo Podolyak said once more, integrity is…",
            // "I will not sign, the minister said, anything that…"): a name or a title of eight words at most before
            // the verb, at most two adverbs after it ("said once more"), or the verb before a name; "he went on" after a pronoun or a name only (as a reporting verb everywhere, "went on"
            // made "…, the applause went on for a long time." an attribution).
            MidIncise = new Regex(
                $@",\s*(?<incise>(?<who>(?-i:\p{{Lu}})[^,.;:!?“”""\s]*(?:\s+[^,.;:!?“”""\s]+){{0,7}}?|(?-i:the|his|her|their)\s[^,.;:!?“”""]{{1,60}}?|(?-i:he|she|they))\s+(?:{verbs}|(?<=\b(?-i:he|she|\p{{Lu}}\p{{Ll}}+)\s+)(?:went|goes)\s+on)\b(?:\s+(?:once\s+more|once\s+again|again|later|then|too|also|today|yesterday|on\s+\p{{Lu}}\p{{Ll}}+day|\p{{Ll}}+ly)\b){{0,2}}|(?:{verbs})\s+(?<who>(?-i:\p{{Lu}})[^,.;:!?“”""]{{1,60}}?|(?-i:the)\s[^,.;:!?“”""]{{1,60}}?))\s*,\s*(?=\S)",
                options, Timeout);
            // "according to my figures", "according to figures from my office": the narrator's own source attributes nothing to a speaker.
            According = new Regex(@"\baccording\s+to\s+(?!me\b|us\b|your\b|my\b|our\b)(?![^,.;:!?“”""]{0,60}\b(?:my|our)\b)(?<who>[^,.;:!?“”""]{2,80})", options, Timeout);
            const string complement = @"\bthat(?:\s*,)?\s*$";
            ReportingBeforeComplement = new Regex($@"\b(?:{verbs})\b[^.;:!?]{{0,60}}{complement}", options, Timeout);
            ComplementAtEnd = new Regex(complement, options | RegexOptions.RightToLeft, Timeout);
        }
    }

    /// <summary>Any reporting verb as a word: a necessary condition of <see cref="ClosingIncise"/>, <see cref="MidIncise"/> and <see cref="ReportingBeforeComplement"/>.</summary>
    public Regex ReportingVerb { get; }

    /// <summary>An attribution closing a sentence; group "incise" is the attribution, "who" the speaker when named.</summary>
    public Regex ClosingIncise { get; }

    /// <summary>An attribution between commas inside unquoted words; group "incise" is the attribution, "who" the speaker when named.</summary>
    public Regex MidIncise { get; }

    /// <summary>"selon X" / "according to X"; group "who" is the source.</summary>
    public Regex According { get; }

    /// <summary>A clause that ends with a reporting verb and its que/that: the next clause is indirect speech.</summary>
    public Regex ReportingBeforeComplement { get; }

    /// <summary>The que/that ending <see cref="ReportingBeforeComplement"/> requires, searched from the end: a cheap test before it.</summary>
    public Regex ComplementAtEnd { get; }

    // A subset of the regex \w class, so a verb this calls wordy always has a \b on that side where it occurs.
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    public static AttributionPatterns For(string language) => language == DocumentLanguage.French ? French.Value : English.Value;
}
