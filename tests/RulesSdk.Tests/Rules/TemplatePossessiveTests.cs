using RulesSdk.Rules;

namespace RulesSdk.Tests.Rules;

/// <summary><c>third_person_possessive</c> and <c>third_person_plural_possessive</c>: the rest of a sentence given back to its speaker.</summary>
public sealed class TemplatePossessiveTests
{
    [Theory]
    [InlineData(" mes ministres et ma majorité", " ses ministres et sa majorité")]
    [InlineData(" mon homologue", " son homologue")]
    [InlineData(" la Simone de mon quartier", " la Simone de son quartier")]
    [InlineData(" Jack Ma et ses associés", " Jack Ma et ses associés")]
    [InlineData(" notre soutien", " notre soutien")]
    [InlineData("", "")]
    public void Singular_French(string text, string expected) =>
        Assert.Equal(expected, TemplateFunctions.ThirdPersonPossessive(text, "fr"));

    [Theory]
    [InlineData(" warned my ministers")]
    [InlineData(" met our partners")]
    public void Singular_English_IsUnchanged(string text) =>
        Assert.Equal(text, TemplateFunctions.ThirdPersonPossessive(text, "en"));

    [Theory]
    [InlineData(" notre soutien à nos partenaires", " leur soutien à leurs partenaires")]
    [InlineData(" mes ministres", " mes ministres")]
    [InlineData(" Notre-Dame", " Notre-Dame")]
    public void Plural_French(string text, string expected) =>
        Assert.Equal(expected, TemplateFunctions.ThirdPersonPluralPossessive(text, "fr"));

    [Theory]
    [InlineData(" our support for our partners", " their support for their partners")]
    [InlineData(" the choice is ours", " the choice is theirs")]
    [InlineData(" four hours on tour", " four hours on tour")]
    [InlineData(" my view", " my view")]
    public void Plural_English(string text, string expected) =>
        Assert.Equal(expected, TemplateFunctions.ThirdPersonPluralPossessive(text, "en"));

    [Fact]
    public void OtherLanguage_IsUnchanged() =>
        Assert.Equal(" mes ministres", TemplateFunctions.ThirdPersonPossessive(" mes ministres", "de"));
}
