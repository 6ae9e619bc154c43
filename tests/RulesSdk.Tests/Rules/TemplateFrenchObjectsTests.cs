using RulesSdk.Rules;

namespace RulesSdk.Tests.Rules;

/// <summary>
/// The speaker's object « me »/« m’ » under another subject, given back in the third person: « lui » after a verb of
/// saying or giving, « le »/« la »/« l’ » after a verb that acts on the person, unchanged when the verb does not tell.
/// </summary>
public sealed class TemplateFrenchObjectsTests
{
    [Theory]
    [InlineData(" et qu’on m’a demandé de partir", "il", " et qu’on lui a demandé de partir")]
    [InlineData(" que personne ne m’avait prévenue", "elle", " que personne ne l’avait prévenue")]
    [InlineData(" sans que son État m’en donne les moyens", "elle", " sans que son État lui en donne les moyens")]
    [InlineData(" et supplie Kateri de me le rendre", "elle", " et supplie Kateri de le lui rendre")]
    [InlineData(" et la direction me soutient", "la ministre", " et la direction la soutient")]
    [InlineData(" et la direction me soutient", "Dominique Larrieu", " et la direction me soutient")]
    [InlineData(" avant de me présenter", "il", " avant de me présenter")]
    [InlineData(" et le gouvernement me laisse partir", "il", " et le gouvernement me laisse partir")]
    [InlineData(" et je me suis engagé", "il", " et je me suis engagé")]
    public void French_ObjectOfAnotherSubject(string text, string pronoun, string expected) =>
        Assert.Equal(expected, TemplateFrenchObjects.Singular(text, pronoun));

    [Theory]
    [InlineData(" le texte, et on m’a demandé de le signer", "Olaf Scholz", " le texte, et on lui a demandé de le signer")]
    [InlineData(" le texte, et je me suis engagé, puis on m’a remercié", "Olaf Scholz", " le texte, et il s’est engagé, puis on l’a remercié")]
    public void French_TheRestOfTheSentenceTakesTheObjectToo(string rest, string speaker, string expected) =>
        Assert.Equal(expected, TemplateFunctions.ThirdPersonRest(rest, speaker, "fr", string.Empty));
}
