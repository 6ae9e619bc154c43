using RulesSdk.Rules;

namespace RulesSdk.Tests.Rules;

/// <summary>The French form after « je », in the third person and shifted back for reported speech after a past verb.</summary>
public sealed class TemplateFrenchBackshiftTests
{
    [Theory]
    // Future → conditional; imperfect and conditional stay past.
    [InlineData("resterai", "resterait")]
    [InlineData("ferai", "ferait")]
    [InlineData("pensais", "pensait")]
    [InlineData("ferais", "ferait")]
    // Auxiliaries, modals, irregular presents → imperfect.
    [InlineData("suis", "était")]
    [InlineData("ai", "avait")]
    [InlineData("peux", "pouvait")]
    [InlineData("vais", "allait")]
    [InlineData("finis", "finissait")]
    [InlineData("espère", "espérait")]
    // The first group by its ending, with the spelling of -ger, -cer, -oyer and -uyer.
    [InlineData("demande", "demandait")]
    [InlineData("étudie", "étudiait")]
    [InlineData("mange", "mangeait")]
    [InlineData("commence", "commençait")]
    [InlineData("emploie", "employait")]
    [InlineData("conseille", "conseillait")]
    public void Known_Forms_ShiftBack(string form, string expected) =>
        Assert.Equal(expected, TemplateFrenchBackshift.Backshift(form));

    [Theory]
    // A stem whose accent or doubled consonant changes, an unlisted -ir/-re present, a passé simple, an elided form.
    [InlineData("cède")]
    [InlineData("épelle")]
    [InlineData("projette")]
    [InlineData("bats")]
    [InlineData("pensai")]
    [InlineData("m'appelle")]
    public void Unknown_Forms_AreLeftToTheCaller(string form) =>
        Assert.Null(TemplateFrenchBackshift.Backshift(form));

    [Theory]
    [InlineData("a ajouté qu’il faudrait que ", true)]
    [InlineData("a promis de tout faire pour que ", true)]
    [InlineData("a confié qu'il fallait qu'", true)]
    [InlineData("a ajouté que ", false)]
    [InlineData("a rappelé aux juges que ", false)]
    public void TheSubjunctive_IsRecognisedBeforeTheSubject(string before, bool expected) =>
        Assert.Equal(expected, TemplateFrenchBackshift.CallsForSubjunctive(before));
}
