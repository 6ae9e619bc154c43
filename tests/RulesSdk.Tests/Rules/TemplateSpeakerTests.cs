using RulesSdk.Rules;

namespace RulesSdk.Tests.Rules;

/// <summary>
/// <c>subject_pronoun</c>, <c>third_person_possessive(x, speaker)</c> and <c>office_holder</c>: the words of a
/// repair that depend on the speaker's gender, and their fallback (the name) when the model does not know it.
/// </summary>
public sealed class TemplateSpeakerTests
{
    [Theory]
    [InlineData("Giorgia Meloni", "fr", "elle")]
    [InlineData("Bruno Le Maire", "fr", "il")]
    [InlineData("Environment Secretary Steve Barclay", "en", "he")]
    [InlineData("Michelle Donelan", "en", "she")]
    [InlineData("la ministre Ségolène Vachon", "fr", "elle")]
    [InlineData("Chairwoman Odile Trask", "en", "she")]
    [InlineData("Mme Gwenaëlle Kervadec", "fr", "elle")]
    [InlineData("Catherine Lemoine", "fr", "elle")]
    [InlineData("Gwenaëlle Kervadec", "fr", "Gwenaëlle Kervadec")]
    [InlineData("Dominique Larrieu", "fr", "Dominique Larrieu")]
    [InlineData("  ", "en", "")]
    [InlineData("Elle", "fr", "elle")]
    [InlineData("She", "en", "she")]
    [InlineData("he", "en", "he")]
    // An English office alone takes the article a name does not.
    [InlineData("Deputy Head", "en", "the Deputy Head")]
    [InlineData("head of state", "en", "the head of state")]
    [InlineData("President's economic adviser", "en", "the President's economic adviser")]
    [InlineData("Nigeria's culture minister", "en", "Nigeria's culture minister")]
    [InlineData("Okafor", "en", "Okafor")]
    public void SubjectPronoun_FollowsTheKnownGenderElseKeepsTheName(string speaker, string language, string expected) =>
        Assert.Equal(expected, TemplateFunctions.SubjectPronoun(speaker, language));

    [Theory]
    [InlineData(" had warned my ministers", "Keir Starmer", " had warned his ministers")]
    [InlineData(" asked my colleagues to support me", "Kaja Kallas", " asked her colleagues to support her")]
    [InlineData(" said the choice was mine and I made it myself", "Rachel Reeves", " said the choice was hers and I made it herself")]
    [InlineData(" was my first priority", "Thandiwe Okonkwo", " was Thandiwe Okonkwo’s first priority")]
    [InlineData(" let nobody intimidate me", "Thandiwe Okonkwo", " let nobody intimidate Thandiwe Okonkwo")]
    [InlineData(" in my own words, ME too", "Olaf Scholz", " in his own words, ME too")]
    [InlineData(" the enemy's army and my army", "Olaf Scholz", " the enemy's army and his army")]
    [InlineData(" extended my warmest wishes", "head of state", " extended the head of state’s warmest wishes")]
    public void Possessive_English(string text, string speaker, string expected) =>
        Assert.Equal(expected, TemplateFunctions.ThirdPersonPossessive(text, speaker, "en"));

    [Fact]
    public void Possessive_French_NeedsNoGender() =>
        Assert.Equal(" ses ministres", TemplateFunctions.ThirdPersonPossessive(" mes ministres", "Gwenaëlle Kervadec", "fr"));

    [Theory]
    [InlineData("ministre de la Santé", "Frédéric Valletoux", "fr", "Le ministre de la Santé, Frédéric Valletoux")]
    [InlineData("ministre de la Culture", "Rachida Dati", "fr", "La ministre de la Culture, Rachida Dati")]
    [InlineData("présidente de la région", "Carole Delga", "fr", "La présidente de la région, Carole Delga")]
    [InlineData("Directeur général de l’ESA", "Josef Aschbacher", "fr", "Le directeur général de l’ESA, Josef Aschbacher")]
    [InlineData("ambassadrice", "Sylvie Bermann", "fr", "L’ambassadrice, Sylvie Bermann")]
    [InlineData("haut-commissaire", "Volker Türk", "fr", "Le haut-commissaire, Volker Türk")]
    [InlineData("Premier ministre", "Michel Barnier", "fr", "Le Premier ministre, Michel Barnier")]
    [InlineData("ministre des Sports", "Dominique Larrieu", "fr", "Dominique Larrieu, ministre des Sports")]
    [InlineData("Health Secretary", "Victoria Atkins", "en", "Health Secretary Victoria Atkins")]
    [InlineData("president of the farmers’ union", "Tom Bradshaw", "en", "Tom Bradshaw, president of the farmers’ union,")]
    [InlineData("mayor", "Daniel Okafor", "en", "Mayor Daniel Okafor")]
    [InlineData("the region's director of public health", "Samuel Achebe", "en", "Samuel Achebe, the region's director of public health,")]
    [InlineData("", "Tom Bradshaw", "en", "Tom Bradshaw")]
    public void OfficeHolder_PutsTheArticleOfTheKnownGender(string role, string speaker, string language, string expected) =>
        Assert.Equal(expected, TemplateFunctions.OfficeHolder(role, speaker, language));

    [Theory]
    [InlineData("am delighted", "en", "was delighted")]
    [InlineData("have instructed", "en", "had instructed")]
    [InlineData("will draft", "en", "would draft")]
    [InlineData("can't", "en", "couldn't")]
    [InlineData("thank", "en", "thanked")]
    [InlineData("told", "en", "told")]
    [InlineData("found myself", "en", "found myself")]
    [InlineData("saw", "en", "saw")]
    [InlineData("find", "en", "found")]
    [InlineData("would", "en", "would")]
    [InlineData("Am", "en", "Was")]
    [InlineData("ai demandé", "fr", "ai demandé")]
    [InlineData("", "en", "")]
    public void ReportedPast_ShiftsEnglishTensesBack(string verb, string language, string expected) =>
        Assert.Equal(expected, TemplateFunctions.ReportedPast(verb, language));

    private const string ReefArticle = "The team, led by Dr. Fiona Clarke of the Institute of Marine Science, surveyed 3,200 colonies.\n\nDr. Clarke is now seeking permits.";

    [Theory]
    [InlineData("Dr. Clarke", ReefArticle, "she")]
    [InlineData("Clarke", ReefArticle, "she")]
    [InlineData("Dr. Clarke", "Dr. Clarke is now seeking permits.", "Dr. Clarke")]
    [InlineData("Whitlow", "Manager Karen Whitlow said she had considered it. Whitlow has rebuilt the side.", "she")]
    [InlineData("Dr. Reed", "Dr. Fiona Reed spoke first. Mr. Reed, her husband, spoke next.", "Dr. Reed")]
    public void SubjectPronoun_ReadsTheGenderOfAFullerMentionInTheDocument(string speaker, string document, string expected) =>
        Assert.Equal(expected, TemplateFunctions.SubjectPronoun(speaker, string.Empty, "en", document));

    [Fact]
    public void Possessive_ReadsTheGenderOfAFullerMentionInTheDocument() =>
        Assert.Equal("she expects her team", TemplateFunctions.ThirdPersonPossessive("she expects my team", "Dr. Clarke", "en", ReefArticle));

    [Theory]
    [InlineData("council leader", "en", "Council leader Martin Shaw answered questions from reporters.", "Council leader Martin Shaw")]
    [InlineData("Chancellor", "en", "Ministers met on Monday.", "The Chancellor")]
    [InlineData("the museum's director", "en", "The museum opened on Monday.", "The museum's director")]
    [InlineData("directeur de l’hôpital de Cannes", "fr", "« Nous avons isolé nos serveurs », a déclaré le directeur de l'établissement, M. Yannick Bertrand, lors d'un point presse.", "Le directeur de l’hôpital de Cannes, Yannick Bertrand,")]
    [InlineData("commissaire de l’exposition", "fr", "« J’ai compris », raconte la commissaire de l’exposition, Mme Isabelle Tardieu.", "La commissaire de l’exposition, Isabelle Tardieu,")]
    [InlineData("président", "fr", "Le président ukrainien Volodymyr Zelensky a dénoncé l’attaque.", "Le président Volodymyr Zelensky")]
    [InlineData("Directeur de l’hôpital", "fr", "L’hôpital a été attaqué.", "Le directeur de l’hôpital")]
    [InlineData("", "fr", "Texte.", "")]
    public void RoleHolder_NamesThePersonTheDocumentGivesTheOffice(string role, string language, string document, string expected) =>
        Assert.Equal(expected, TemplateFunctions.RoleHolder(role, language, document));
}
