using RulesSdk.Rules;

namespace RulesSdk.Tests.Rules;

/// <summary>
/// <c>third_person_rest</c> and <c>third_person_plural_rest</c>: the rest of a first-person sentence given back to
/// its speaker by morphology, whatever the verb, with the pronoun the speaker's gender allows (else the name).
/// </summary>
public sealed class TemplateClauseTests
{
    [Theory]
    [InlineData(" la deuxième tranche, et je publierai un bilan", "Olaf Scholz", " la deuxième tranche, et il publiera un bilan")]
    [InlineData(" ce dossier, mais je n’ai rien signé", "Giorgia Meloni", " ce dossier, mais elle n’a rien signé")]
    [InlineData(" ce matin, et je me suis rendue sur place", "Giorgia Meloni", " ce matin, et elle s’est rendue sur place")]
    [InlineData(" le texte, et je ne suis pas surpris", "Olaf Scholz", " le texte, et il n’est pas surpris")]
    [InlineData(" le projet, et je le défendrai moi-même avant la fin de mon mandat", "Olaf Scholz", " le projet, et il le défendra lui-même avant la fin de son mandat")]
    [InlineData(" ce texte, et je m’appelle ainsi", "Olaf Scholz", " ce texte, et il s’appelle ainsi")]
    [InlineData(" ce texte, et je viens", "Dominique Larrieu", " ce texte, et Dominique Larrieu vient")]
    [InlineData(" les élèves, puis je conclus", "Le maire", " les élèves, puis il conclut")]
    // The role's article gives the gender even when the given name does not ("Dominique"): as for "Le maire".
    [InlineData(" les élèves, puis je conclus", "Le proviseur Dominique Larrieu", " les élèves, puis il conclut")]
    [InlineData(" les élèves sans rien changer", "Olaf Scholz", " les élèves sans rien changer")]
    // A bare office of no known gender is written with the masculine article by the repair; its stressed form follows.
    [InlineData(" moi-même interrogé les détenus", "Responsable de l’ONG pour la Syrie", " lui-même interrogé les détenus")]
    [InlineData(" moi-même interrogé les détenus", "Dominique Larrieu", " moi-même interrogé les détenus")]
    public void French_EveryFurtherJeFollowsTheSpeaker(string rest, string speaker, string expected) =>
        Assert.Equal(expected, TemplateFunctions.ThirdPersonRest(rest, speaker, "fr", string.Empty));

    [Theory]
    [InlineData(" for this budget, and I will go on defending it", "Keir Starmer", " for this budget, and he will go on defending it")]
    [InlineData(" that some curators disagreed, but I stand by my signature", "Michelle Donelan", " that some curators disagreed, but she stands by her signature")]
    [InlineData(" the plan, and I'm proud of it", "Keir Starmer", " the plan, and he's proud of it")]
    [InlineData(" the plan, and I'm proud of it", "Okafor", " the plan, and Okafor is proud of it")]
    [InlineData(" since World War I ended", "Keir Starmer", " since World War I ended")]
    [InlineData(" the plan, and I have kept my word", "Keir Starmer", " the plan, and he has kept his word")]
    [InlineData(" a tax rise, and I never will", "Keir Starmer", " a tax rise, and he never will")]
    [InlineData(" the rules, and I apply them", "Keir Starmer", " the rules, and he applies them")]
    // A bare office takes its article when the rest repeats it.
    [InlineData(" the talks, and I expressed hope", "head of state", " the talks, and the head of state expressed hope")]
    public void English_EveryFurtherIFollowsTheSpeaker(string rest, string speaker, string expected) =>
        Assert.Equal(expected, TemplateFunctions.ThirdPersonRest(rest, speaker, "en", string.Empty));

    [Theory]
    [InlineData(" nos stocks, et nous nous félicitons de nos résultats", "fr", " leurs stocks, et ils se félicitent de leurs résultats")]
    [InlineData(" le texte, et nous avons voté", "fr", " le texte, et ils ont voté")]
    // Nouns in -ons after a comma or "et" are no verbs.
    [InlineData(" nos bœufs, moutons et cochons", "fr", " leurs bœufs, moutons et cochons")]
    [InlineData(" les propos, que nous connaissions déjà", "fr", " les propos, qu’ils connaissaient déjà")]
    [InlineData(" ce qu'ils voient, lorsque nous pêchons", "fr", " ce qu'ils voient, lorsqu'ils pêchent")]
    [InlineData(" the text because walking away would have left our people with nothing, so we signed", "en", " the text because walking away would have left their people with nothing, so they signed")]
    [InlineData(" the rules that bind us and ourselves", "en", " the rules that bind them and themselves")]
    [InlineData(" cette suspension, conforme selon nous au règlement", "fr", " cette suspension, conforme selon eux au règlement")]
    [InlineData(" un texte qui nous engage", "fr", " un texte qui nous engage")]
    [InlineData(" the US delegation", "en", " the US delegation")]
    public void Plural_EveryFurtherWeFollowsTheGroup(string rest, string language, string expected) =>
        Assert.Equal(expected, TemplateFunctions.ThirdPersonPluralRest(rest, language));
}
