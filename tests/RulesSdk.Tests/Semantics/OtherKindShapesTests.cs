using RulesSdk.Semantics;
using static RulesSdk.Tests.Semantics.SemanticsTestDocuments;

namespace RulesSdk.Tests.Semantics;

/// <summary>The shapes that keep a narrator's first-person clause from defaulting to an opinion.</summary>
public sealed class OtherKindShapesTests
{
    [Theory]
    // A bare role or profession in apposition, the narrator heading an organisation: a named speaker.
    [InlineData("fr", "Le bilan est lourd.\n\nMédecin généraliste à Lille, je vaccine une quinzaine de patients par jour.", "je vaccine", NarratorStance.Speaker)]
    [InlineData("fr", "Le bilan est lourd.\n\nCommissaire de l’exposition, je souhaite la faire voyager à Montréal.", "je souhaite", NarratorStance.Speaker)]
    [InlineData("fr", "Le bilan est lourd.\n\nLe réseau que je dirige installera des capteurs sur vingt glaciers.", "je dirige", NarratorStance.Speaker)]
    [InlineData("en", "The toll is heavy.\n\nI want my department to publish the figures every month.", "I want", NarratorStance.Speaker)]
    // A person named at the head of the previous sentence, behind a title or before an apposition.
    [InlineData("fr", "Le bilan est lourd.\n\nJosef Aschbacher, directeur général de l’Agence spatiale européenne, a salué le lancement. Je veux remercier les équipes de Kourou.", "Je veux", NarratorStance.Speaker)]
    [InlineData("en", "The toll is heavy.\n\nRovers captain Sam Deacon, who scored the penalty, apologised to the fans. I let the supporters down in the last ten minutes.", "I let", NarratorStance.Speaker)]
    // A sense or an access the witness cues do not list.
    [InlineData("fr", "Le bilan est lourd.\n\nDe la tribune de presse, nous avons senti le sol vibrer.", "nous avons senti", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nI was given a preview of the gallery last week.", "I was given", NarratorStance.Witness)]
    // The assistant speaking of the source text.
    [InlineData("fr", "Le bilan est lourd.\n\nJe n’ai pas pu vérifier ce pourcentage, qui figure tel quel dans le texte d’origine.", "Je n’ai pas pu", NarratorStance.Assistant)]
    [InlineData("en", "The toll is heavy.\n\nI could not check this figure, which appears as such in the original article.", "I could not", NarratorStance.Assistant)]
    // A planned deed.
    [InlineData("fr", "Le bilan est lourd.\n\nJ’envisage désormais d’engager d’autres actions.", "J’envisage", NarratorStance.Account)]
    // A belief or a feeling stays an opinion, after a named person or an exclamation.
    [InlineData("fr", "Le bilan est lourd.\n\nQuelle tristesse de voir un tel gâchis, j’en suis encore bouleversé.", "j’en suis", NarratorStance.Opinion)]
    [InlineData("fr", "Le bilan est lourd.\n\nPassionné de cyclisme, je reste bouleversé par cette étape.", "je reste", NarratorStance.Opinion)]
    [InlineData("fr", "Le bilan est lourd.\n\nAvouons-le, nous sommes nombreux à avoir douté de ce projet.", "nous sommes", NarratorStance.Opinion)]
    [InlineData("en", "The toll is heavy.\n\nRovers captain Sam Deacon, who scored the penalty, apologised. I think the penalty came far too late.", "I think", NarratorStance.Opinion)]
    // A head that puts the narrator at the scene, a perception or an access with a negation or a stroke of luck.
    [InlineData("en", "The toll is heavy.\n\nHaving dived the site with the team in March, I can confirm the colony stands out.", "I can confirm", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nSur le marché de Valence, je n’ai croisé presque personne passé midi.", "je n’ai croisé", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nI was lucky enough to look through the telescope myself last week.", "I was lucky", NarratorStance.Witness)]
    // Positive evidence of a view: a feeling the fact causes, a duty on "we", an evaluative word, a rhetorical question.
    [InlineData("fr", "Le bilan est lourd.\n\nCes chiffres me glacent le sang.", "me glacent", NarratorStance.Opinion)]
    [InlineData("fr", "Le bilan est lourd.\n\nNous leur devons bien davantage qu’une réunion à la sous-préfecture.", "Nous leur devons", NarratorStance.Opinion)]
    [InlineData("en", "The toll is heavy.\n\nA 3.5% rise looks like a bargain to me.", "to me", NarratorStance.Opinion)]
    [InlineData("en", "The toll is heavy.\n\nHow did we let a disease we had beaten come back into our classrooms?", "we let", NarratorStance.Opinion)]
    // First person alone, with no shape of any kind and no view: unmarked, not an opinion.
    [InlineData("fr", "Le bilan est lourd.\n\nNous nous attendions à une foule plus nombreuse pour cette édition.", "Nous nous attendions", NarratorStance.Unmarked)]
    [InlineData("en", "The toll is heavy.\n\nI had a long wait for the results on Saturday.", "I had", NarratorStance.Unmarked)]
    public void FirstPersonClause_IsGivenTheKindItsShapeShows(string language, string text, string fragment, NarratorStance stance)
    {
        var clause = ClauseAt(Of(text, language), fragment);
        Assert.True(clause.IsNarrator);
        Assert.True(clause.IsFirstPerson);
        Assert.Equal(stance, clause.Stance);
    }
}
