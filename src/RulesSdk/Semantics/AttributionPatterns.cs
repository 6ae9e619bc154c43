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
        if (language == DocumentLanguage.French)
        {
            ClosingIncise = new Regex(
                $@",\s*(?<incise>(?:a|ont|avait|avaient|aurait)\s+(?:\p{{L}}+ment\s+)?(?:{verbs})\b(?<who>[^,.;!?«»“”""]*)|(?:{verbs})-t-(?:il|elle|on)\b[^,.;!?«»“”""]*|(?:{verbs})\s+(?<who>[^,.;!?«»“”""]+))\s*[.!?…]*\s*[»”""]?\s*$",
                options, Timeout);
            According = new Regex(@"\b(?:selon|d[’']après)\s+(?!moi\b|nous\b)(?<who>[^,.;:!?«»“”""]{2,80})", options, Timeout);
            ReportingBeforeComplement = new Regex($@"\b(?:{verbs})\b[^.;:!?]{{0,60}}\b(?:que|qu[’'])\s*$", options, Timeout);
        }
        else
        {
            ClosingIncise = new Regex(
                $@",[”""’]?\s*(?<incise>(?<who>(?:\p{{Lu}}[^,.;!?“”""]{{0,80}}?|(?:the|a|an|one|another|his|her|their)\s[^,.;!?“”""]{{1,80}}?|he|she|they))\s+(?:{verbs})\b[^,.;!?“”""]*|(?:{verbs})\s+(?<who>[^,.;!?“”""]+))\s*[.!?]*\s*[”""]?\s*$",
                options, Timeout);
            According = new Regex(@"\baccording\s+to\s+(?!me\b|us\b)(?<who>[^,.;:!?“”""]{2,80})", options, Timeout);
            ReportingBeforeComplement = new Regex($@"\b(?:{verbs})\b[^.;:!?]{{0,60}}\bthat\s*$", options, Timeout);
        }
    }

    /// <summary>An attribution closing a sentence; group "incise" is the attribution, "who" the speaker when named.</summary>
    public Regex ClosingIncise { get; }

    /// <summary>"selon X" / "according to X"; group "who" is the source.</summary>
    public Regex According { get; }

    /// <summary>A clause that ends with a reporting verb and its que/that: the next clause is indirect speech.</summary>
    public Regex ReportingBeforeComplement { get; }

    public static AttributionPatterns For(string language) => language == DocumentLanguage.French ? French.Value : English.Value;
}
