using RulesSdk.Rules;

namespace RulesSdk.Tests.Rules;

/// <summary><c>third_person_plural</c> and the reflexive "me" of <c>third_person</c>: a group or a speaker written as the narrator.</summary>
public sealed class TemplatePluralAndReflexiveTests
{
    [Theory]
    [InlineData("avons", "ont")]
    [InlineData("sommes", "sont")]
    [InlineData("condamnons", "condamnent")]
    [InlineData("réclamons", "réclament")]
    [InlineData("finissons", "finissent")]
    [InlineData("publions", "publient")]
    [InlineData("prenons", "prennent")]
    [InlineData("devons", "doivent")]
    [InlineData("appelons", "appellent")]
    [InlineData("signerons", "signeront")]
    [InlineData("irons", "iront")]
    [InlineData("devrons", "devront")]
    [InlineData("pourrons", "pourront")]
    [InlineData("mettrons", "mettront")]
    [InlineData("défendrons", "défendront")]
    [InlineData("admirons", "admirent")]
    [InlineData("saisirons", "saisiront")]
    [InlineData("choisirons", "choisiront")]
    [InlineData("tirons", "tirent")]
    [InlineData("livrons", "livrent")]
    [InlineData("assurons", "assurent")]
    [InlineData("ne pouvons", "ne peuvent")]
    [InlineData("Avons", "Ont")]
    [InlineData("exigeons", "exigent")]
    [InlineData("partageons", "partagent")]
    [InlineData("commençons", "commencent")]
    [InlineData("espérons", "espèrent")]
    [InlineData("considérons", "considèrent")]
    [InlineData("célébrons", "célèbrent")]
    [InlineData("protégeons", "protègent")]
    [InlineData("créons", "créent")]
    [InlineData("menons", "mènent")]
    [InlineData("ramenons", "ramènent")]
    [InlineData("soulevons", "soulèvent")]
    [InlineData("achetons", "achètent")]
    [InlineData("connaissions", "connaissaient")]
    [InlineData("devions", "devaient")]
    [InlineData("faisions", "faisaient")]
    [InlineData("n’attachons", "n’attachent")]
    [InlineData("n'allons", "ne vont")]
    [InlineData("", "")]
    [InlineData("42", "42")]
    public void ThirdPersonPlural_French(string verb, string expected) =>
        Assert.Equal(expected, TemplateFunctions.ThirdPersonPlural(verb, "fr"));

    [Theory]
    [InlineData("condemn", "condemn")]
    [InlineData("have called", "have called")]
    public void ThirdPersonPlural_English_IsUnchanged(string verb, string expected) =>
        Assert.Equal(expected, TemplateFunctions.ThirdPersonPlural(verb, "en"));

    [Theory]
    [InlineData("me suis", "s’est")]
    [InlineData("me rends", "se rend")]
    [InlineData("m’inquiète", "s’inquiète")]
    [InlineData("m'appelle", "s'appelle")]
    [InlineData("ai", "a")]
    public void ThirdPerson_French_MovesTheReflexivePronounToTheThirdPerson(string verb, string expected) =>
        Assert.Equal(expected, TemplateFunctions.ThirdPerson(verb, "fr"));
}
