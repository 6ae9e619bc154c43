using RulesSdk.Semantics;
using RulesSdk.Text;
using static RulesSdk.Tests.Semantics.SemanticsTestDocuments;

namespace RulesSdk.Tests.Semantics;

public sealed class EntitiesAndDatesTests
{
    [Theory]
    [InlineData("Volodymyr Zelensky", NameMatchKind.Official, "Volodymyr Zelensky")]
    [InlineData("Volodymyr Zelenskyy", NameMatchKind.Official, "Volodymyr Zelenskyy")]
    [InlineData("Volodymyr Zelenskyi", NameMatchKind.Official, "Volodymyr Zelenskyi")]
    [InlineData("Volodymyr Zelenksy", NameMatchKind.NearMiss, "Volodymyr Zelensky")]
    [InlineData("Emmanuel Macorn", NameMatchKind.NearMiss, "Emmanuel Macron")]
    [InlineData("Vladimir Poutin", NameMatchKind.NearMiss, "Vladimir Poutine")]
    [InlineData("Vladimir Putn", NameMatchKind.NearMiss, "Vladimir Putin")]
    [InlineData("Ursula von der Leyden", NameMatchKind.NearMiss, "Ursula von der Leyen")]
    [InlineData("Vladimir Zelensky", NameMatchKind.Unknown, null)]
    [InlineData("Jean Dupont", NameMatchKind.Unknown, null)]
    [InlineData("Olaf Schulz", NameMatchKind.NearMiss, "Olaf Scholz")]
    [InlineData("Paul Girard", NameMatchKind.Unknown, null)]
    [InlineData("Antonio Guteres", NameMatchKind.NearMiss, "Antonio Guterres")]
    [InlineData("António Guteres", NameMatchKind.NearMiss, "António Guterres")]
    [InlineData("Recep Tayyip Erdogn", NameMatchKind.NearMiss, "Recep Tayyip Erdogan")]
    [InlineData("Pedro Sanchéz", NameMatchKind.NearMiss, "Pedro Sánchez")]
    [InlineData("Pedro Sánchez", NameMatchKind.Official, "Pedro Sánchez")]
    [InlineData("Pedro Sanchez", NameMatchKind.Official, "Pedro Sanchez")]
    [InlineData("PEDRO SÁNCHEZ", NameMatchKind.Official, "PEDRO SÁNCHEZ")]
    [InlineData("Olaf Schölz", NameMatchKind.NearMiss, "Olaf Scholz")]
    [InlineData("Benyamin Nétanyahou", NameMatchKind.Official, "Benyamin Nétanyahou")]
    [InlineData("Rachida Datti", NameMatchKind.NearMiss, "Rachida Dati")]
    [InlineData("Kristalina Georgiena", NameMatchKind.NearMiss, "Kristalina Georgieva")]
    [InlineData("Sanae Takaïchi", NameMatchKind.NearMiss, "Sanae Takaichi")]
    [InlineData("Jean-Marie Le Pen", NameMatchKind.Official, "Jean-Marie Le Pen")]
    [InlineData("Andrej Babis", NameMatchKind.Official, "Andrej Babis")]
    [InlineData("Mehriban Aliyeva", NameMatchKind.Unknown, null)]
    [InlineData("Jean-Marc Ayraud", NameMatchKind.NearMiss, "Jean-Marc Ayrault")]
    [InlineData("Jean-Marc Ayrault", NameMatchKind.Official, "Jean-Marc Ayrault")]
    [InlineData("Jean-Paul Ayraud", NameMatchKind.Unknown, null)]
    [InlineData("Stéphane Le Fol", NameMatchKind.NearMiss, "Stéphane Le Foll")]
    [InlineData("Stéphane Le Bol", NameMatchKind.Unknown, null)]
    [InlineData("Marine Le Pen", NameMatchKind.Official, "Marine Le Pen")]
    public void Gazetteer_TellsOfficialSpellingsFromNearMisses(string name, NameMatchKind kind, string? canonical)
    {
        var (match, form, _) = PublicFigureGazetteer.Default.Match(name);
        Assert.Equal(kind, match);
        Assert.Equal(canonical, form);
        Assert.True(PublicFigureGazetteer.Default.Count >= 500);
    }

    [Fact]
    public void Entities_CarryTheirRoleAndMatch()
    {
        var semantics = Of("Visit\n\nUkrainian President Volodymyr Zelenksy met Chancellor Olaf Scholz and Jean Dupont.", "en");
        var entities = semantics.GetEntities(semantics.Syntax.Blocks[1]);
        var zelensky = Assert.Single(entities, e => e.IsNearMiss);
        Assert.Equal("Volodymyr Zelenksy", zelensky.Name);
        Assert.Equal("Volodymyr Zelensky", zelensky.Canonical);
        Assert.Equal("Ukrainian President", TextOf(semantics, zelensky.RoleSpan));
        Assert.Contains(entities, e => e.Name == "Olaf Scholz" && e.Match == NameMatchKind.Official);
        Assert.Contains(entities, e => e.Name == "Jean Dupont" && e.Match == NameMatchKind.Unknown);
    }

    [Fact]
    public void EntitiesOfASpan_AreThoseItOverlaps_AcrossBlocks()
    {
        var semantics = Of("Visit\n\nChancellor Olaf Scholz arrived. Jean Dupont waited.\n\nEmmanuel Macron spoke.", "en");
        var second = semantics.Syntax.Blocks[1].Sentences[1].Span;
        var lastTwoBlocks = TextSpan.FromBounds(semantics.Syntax.Blocks[1].Sentences[1].Span.Start, semantics.Syntax.Blocks[2].Span.End);

        Assert.Equal(["Jean Dupont"], semantics.GetEntities(second).Select(e => e.Name));
        Assert.Equal(["Jean Dupont", "Emmanuel Macron"], semantics.GetEntities(lastTwoBlocks).Select(e => e.Name));
        Assert.Empty(semantics.GetEntities(semantics.Syntax.Blocks[0].Span));
    }

    [Theory]
    [InlineData("fr", "La présidente de la Commission, Ursula von der Leyden, doit se rendre sur place.", "Ursula von der Leyden", "Ursula von der Leyen")]
    [InlineData("en", "European Commission President Ursula von der Leyden is due to visit.", "Ursula von der Leyden", "Ursula von der Leyen")]
    [InlineData("fr", "Le chef du gouvernement espagnol, Pedro Sanchéz, a salué l’initiative.", "Pedro Sanchéz", "Pedro Sánchez")]
    [InlineData("fr", "Olaf Scholz est arrivé, puis M. Scholtz a salué l’initiative.", "Scholtz", "Scholz")]
    [InlineData("fr", "Le chancelier Scholtz a salué l’initiative.", "Scholtz", "Scholz")]
    [InlineData("fr", "M. Scholtz a salué l’initiative.", "Scholtz", "Scholz")]
    [InlineData("fr", "Le ministre de l’Intérieur Darmanain a salué l’initiative.", "Darmanain", "Darmanin")]
    [InlineData("fr", "M. Zelenksy a salué l’initiative.", "Zelenksy", "Zelensky")]
    [InlineData("fr", "Le ministre Darmanain a salué l’initiative.", "Darmanain", "Darmanin")]
    [InlineData("fr", "L’ancien Premier ministre Jean-Marc Ayraut a salué l’initiative.", "Jean-Marc Ayraut", "Jean-Marc Ayrault")]
    [InlineData("fr", "D’après Dominique de Villpin, l’initiative est bonne.", "Dominique de Villpin", "Dominique de Villepin")]
    [InlineData("fr", "Selon le président Dmitri Medvedv, l’initiative est bonne.", "Dmitri Medvedv", "Dmitri Medvedev")]
    [InlineData("en", "Foreign Minister Sergei Lavorv spoke first.", "Sergei Lavorv", "Sergei Lavrov")]
    [InlineData("en", "Gabriel Atal spoke first.", "Gabriel Atal", "Gabriel Attal")]
    [InlineData("en", "President Trupm signed the order.", "Trupm", "Trump")]
    [InlineData("fr", "Le chancelier Mezr a salué l’initiative.", "Mezr", "Merz")]
    [InlineData("en", "NATO chief Rute spoke first.", "Rute", "Rutte")]
    public void Entities_FindNearMissesWithParticlesAndAccents(string language, string sentence, string name, string canonical)
    {
        var semantics = Of("Titre\n\n" + sentence, language);
        var entity = Assert.Single(semantics.GetEntities(semantics.Syntax.Blocks[1]), e => e.IsNearMiss);
        Assert.Equal(name, entity.Name);
        Assert.Equal(canonical, entity.Canonical);
    }

    [Theory]
    [InlineData("en", "Emmanuel Macorn's visit was postponed.", "Emmanuel Macorn", "Emmanuel Macron")]
    [InlineData("en", "Chancellor Friedrich Mertz’s spokesman declined to comment.", "Friedrich Mertz", "Friedrich Merz")]
    [InlineData("fr", "L’ex-président Sarkosy a été entendu par les juges.", "Sarkosy", "Sarkozy")]
    [InlineData("fr", "La visite d’Emmanuel Macorn a été reportée.", "Emmanuel Macorn", "Emmanuel Macron")]
    public void Entities_EndBeforeAPossessiveAndFollowFormerTitles(string language, string sentence, string name, string canonical)
    {
        var semantics = Of("Title\n\n" + sentence, language);
        var entity = Assert.Single(semantics.GetEntities(semantics.Syntax.Blocks[1]), e => e.IsNearMiss);
        Assert.Equal(name, entity.Name);
        Assert.Equal(canonical, entity.Canonical);
    }

    [Theory]
    [InlineData("fr", "Mme Fabre a salué l’initiative.")]
    [InlineData("en", "Mr Reeve said the road would reopen.")]
    [InlineData("en", "President Biden signed the order.")]
    public void Entities_ShortSurnameAfterATitleIsANearMissOnlyAsATypingSlip(string language, string sentence) =>
        AssertNoNearMiss(language, sentence);

    // "Mr. Harlan" after "Marcus Harlan" is not "Harman": the article named him; "Spain" after "Prime Minister
    // of" is no "Sapin": what follows "of" belongs to the office.
    [Theory]
    [InlineData("en", "The defendant, Marcus Harlan, appealed. Mr. Harlan was convicted in 2021.")]
    [InlineData("en", "The team, led by Dr. Fiona Clarke, surveyed the reef. Dr. Clarke said it was healthy.")]
    [InlineData("fr", "Le boulanger Marc Scholtz a répondu. M. Scholtz a salué l’initiative.")]
    [InlineData("en", "I met Pedro Sánchez, Prime Minister of Spain, in Madrid.")]
    [InlineData("fr", "Le ministre de la Justice Dupond a salué l’initiative.")]
    public void Entities_CourtesyTitleOrOfficeNameIsNoContextForANearMiss(string language, string sentence) =>
        AssertNoNearMiss(language, sentence);

    // A run of capitalised words far longer than a name (an all-capitals paragraph, a list of names without
    // punctuation) is read by its last words only: the figure at its end is still found, and the run does
    // not cost a string per word (quadratic until the search was bounded).
    [Fact]
    public void Entities_ALongCapitalisedRun_StillEndsInTheFigure()
    {
        var run = string.Join(' ', Enumerable.Repeat("Jean Pierre Marie Louis", 5_000));
        var semantics = Of($"Visit\n\n{run} President Volodymyr Zelenksy spoke.", "en");

        var entities = semantics.GetEntities(semantics.Syntax.Blocks[1]);

        var zelensky = Assert.Single(entities, e => e.IsNearMiss);
        Assert.Equal("Volodymyr Zelensky", zelensky.Canonical);
    }

    // The same surname asked about on every line is looked up in the text once: the answer stays "named
    // elsewhere by a full name" for each of its mentions, and "not" when no full name is anywhere.
    [Fact]
    public void Entities_ASurnameRepeatedOnEveryLine_IsJudgedTheSameOnEachLine()
    {
        var lines = string.Concat(Enumerable.Range(0, 200).Select(i => $"Mr. Harlan spoke on day {i}.\n\n"));
        var named = Of($"Trial\n\nThe defendant, Marcus Harlan, appealed.\n\n{lines}", "en");
        var unnamed = Of($"Trial\n\n{lines}", "en");

        Assert.DoesNotContain(named.Syntax.Blocks.SelectMany(b => named.GetEntities(b)), e => e.IsNearMiss);
        Assert.Equal(200, unnamed.Syntax.Blocks.SelectMany(b => unnamed.GetEntities(b)).Count(e => e.IsNearMiss && e.Name == "Harlan"));
    }

    [Theory]
    [InlineData("fr", "Francois Hollande a salué l’initiative.", "François Hollande")]
    [InlineData("fr", "Jean-Luc Melenchon a salué l’initiative.", "Jean-Luc Mélenchon")]
    [InlineData("fr", "M. Melenchon a salué l’initiative.", "Mélenchon")]
    [InlineData("fr", "Serguei Lavrov a salué l’initiative.", "Sergueï Lavrov")]
    [InlineData("en", "Serguei Lavrov welcomed the plan.", "Sergueï Lavrov")]
    [InlineData("fr", "Nicolas Sarközy a salué l’initiative.", "Nicolas Sarkozy")]
    [InlineData("fr", "François Hollande est venu.\n\nLa décision d’Holande a surpris.", "Hollande")]
    [InlineData("fr", "M. Hollande est venu.\n\nLa décision d’Holande a surpris.", "Hollande")]
    public void Entities_AccentsAreCheckedAgainstTheListedSpellings(string language, string text, string canonical)
    {
        var semantics = Of("Titre\n\n" + text, language);
        var entity = Assert.Single(semantics.Syntax.Blocks.SelectMany(block => semantics.GetEntities(block)), e => e.IsNearMiss);
        Assert.Equal(canonical, entity.Canonical);
    }

    // Listed unaccented forms stand in English text; in French only where the name is transliterated
    // (Netanyahou), foreign (Sanchez) or the accent is a capital's (Elisabeth); all capitals tell nothing.
    [Theory]
    [InlineData("en", "Francois Hollande welcomed the plan.")]
    [InlineData("fr", "Elisabeth Borne a salué l’initiative.")]
    [InlineData("fr", "Eric Zemmour a salué l’initiative.")]
    [InlineData("fr", "Pedro Sanchez a salué l’initiative.")]
    [InlineData("fr", "Viktor Orban a salué l’initiative.")]
    [InlineData("fr", "Benyamin Netanyahou a salué l’initiative.")]
    [InlineData("fr", "ÉLISABETH BORNE ET FRANCOIS HOLLANDE ONT SALUÉ L’INITIATIVE.")]
    public void Entities_LegitimateUnaccentedSpellingsAreOfficial(string language, string sentence) =>
        AssertNoNearMiss(language, sentence);

    private static void AssertNoNearMiss(string language, string sentence)
    {
        var semantics = Of("Title\n\n" + sentence, language);
        Assert.DoesNotContain(semantics.GetEntities(semantics.Syntax.Blocks[1]), e => e.IsNearMiss);
    }

    [Fact]
    public void Gazetteer_EveryListedFormIsOfficialInEnglishText()
    {
        // A form that matched as a near miss of another would make two people of one spelling.
        var notOfficial = SemanticLexicon.ReadLines("public-figures.txt")
            .SelectMany(line => PublicFigureGazetteer.ParseLine(line).Forms)
            .Where(form => PublicFigureGazetteer.Default.Match(form, language: "en").Kind != NameMatchKind.Official)
            .ToList();
        Assert.Empty(notOfficial);
        Assert.True(PublicFigureGazetteer.Default.Count >= 2000);
    }

    [Fact]
    public void Entities_OfficialNameBeforeAPossessiveIsNoNearMiss()
    {
        var semantics = Of("Title\n\nPrime Minister Keir Starmer's chief of staff resigned.", "en");
        var entity = Assert.Single(semantics.GetEntities(semantics.Syntax.Blocks[1]));
        Assert.Equal("Keir Starmer", entity.Name);
        Assert.Equal(NameMatchKind.Official, entity.Match);
    }

    [Theory]
    [InlineData("fr", "Emmanuel Macron était attendu à Lyon.\n\nMacorn a ensuite visité une usine.", true)]
    [InlineData("en", "Keir Starmer spoke first.\n\nLater, Stramer met the unions.", true)]
    [InlineData("fr", "Le maire était attendu à Lyon.\n\nMacorn a ensuite visité une usine.", false)]
    public void Entities_LoneSurnameIsANearMissOnlyWhenTheDocumentNamesTheFigure(string language, string text, bool nearMiss)
    {
        var semantics = Of(text, language);
        var found = semantics.GetEntities(semantics.Syntax.Blocks[1]).Where(e => e.IsNearMiss).ToList();
        Assert.Equal(nearMiss, found.Count == 1);
        if (nearMiss)
        {
            var canonical = Assert.IsType<string>(found[0].Canonical);
            Assert.Contains(canonical, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Gazetteer_EveryLineGivesAGender()
    {
        var genders = SemanticLexicon.ReadLines("public-figures.txt").Select(line => PublicFigureGazetteer.ParseLine(line).Gender).ToList();
        Assert.DoesNotContain(PersonGender.Unknown, genders);
        Assert.Contains(PersonGender.Feminine, genders);
        Assert.Contains(PersonGender.Masculine, genders);
    }

    [Theory]
    [InlineData("Giorgia Meloni ; f", PersonGender.Feminine)]
    [InlineData("Pedro Sánchez | Pedro Sanchez ; m", PersonGender.Masculine)]
    public void Gazetteer_ParseLine_ReadsTheGender(string line, PersonGender gender) =>
        Assert.Equal(gender, PublicFigureGazetteer.ParseLine(line).Gender);

    [Theory]
    [InlineData("Giorgia Meloni")]
    [InlineData("Giorgia Meloni ; x")]
    [InlineData(" ; f")]
    public void Gazetteer_ParseLine_RejectsALineWithoutNameOrGender(string line)
    {
        var error = Assert.Throws<FormatException>(() => PublicFigureGazetteer.ParseLine(line));
        Assert.Contains("public-figures.txt", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Élisabeth Borne", PersonGender.Feminine)]
    [InlineData("Elisabeth Borne", PersonGender.Feminine)]
    [InlineData("le Premier ministre Keir Starmer", PersonGender.Masculine)]
    [InlineData("Steve Mallory", PersonGender.Masculine)]
    [InlineData("Catherine Lemoine", PersonGender.Feminine)]
    [InlineData("catherine lemoine", PersonGender.Unknown)]
    [InlineData("Dominique Larrieu", PersonGender.Unknown)]
    [InlineData("Queen Mallory", PersonGender.Unknown)]
    [InlineData("Gwenaëlle Kervadec", PersonGender.Unknown)]
    public void Gazetteer_GenderOf_ListedFigureThenSharedGivenName(string text, PersonGender gender) =>
        Assert.Equal(gender, PublicFigureGazetteer.Default.GenderOf(text));

    [Fact]
    public void Gazetteer_ListsEveryFormOnOneLineOnly()
    {
        // A form on two lines would make two people of one, and the closest-form choice arbitrary.
        var forms = SemanticLexicon.ReadLines("public-figures.txt")
            .SelectMany(line => PublicFigureGazetteer.ParseLine(line).Forms.Distinct())
            .GroupBy(form => form, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key);
        Assert.Empty(forms);
    }

    [Theory]
    [InlineData("fr", "Publié le jeudi 13 juin 2024 à 21h07", 2024, 6, 13, "21:07", null)]
    [InlineData("fr", "Mis à jour le 14 juin 2024, 8 h 30 (heure de Paris)", 2024, 6, 14, "08:30", "heure de Paris")]
    [InlineData("fr", "Le 13.06.2024 à 21 h 07", 2024, 6, 13, "21:07", null)]
    [InlineData("en", "06/13/2024 – 21:07", 2024, 6, 13, "21:07", null)]
    [InlineData("en", "Published Thursday, June 13, 2024 at 9:07 p.m. ET", 2024, 6, 13, "21:07", "ET")]
    [InlineData("en", "2024-06-13T21:07:00+02:00", 2024, 6, 13, "21:07", "+02:00")]
    [InlineData("en", "Thu 13 Jun 2024 21.07 UTC", 2024, 6, 13, "21:07", "UTC")]
    [InlineData("fr", "le 2 mars", null, 3, 2, null, null)]
    public void Dates_AreParsed(string language, string text, int? year, int month, int day, string? time, string? zone)
    {
        var semantics = Of(text, language);
        var date = semantics.GetDates(semantics.Syntax.Blocks[0]).First();
        Assert.Equal((year, (int?)month, (int?)day), (date.Year, date.Month, date.Day));
        Assert.Equal(time, date.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(zone, date.Zone);
    }

    [Theory]
    [InlineData("en", "Inflation fell to 3.2% in 2024.")]
    [InlineData("fr", "Le score est de 3-1 après 90 minutes.")]
    public void Numbers_AreNotDates(string language, string text)
    {
        var semantics = Of(text, language);
        Assert.DoesNotContain(semantics.GetDates(semantics.Syntax.Blocks[0]), d => d.HasDate);
    }
}
