using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Tests.Syntax;

public sealed class SentenceSegmenterTests
{
    private static string[] Split(string text) =>
        [.. SentenceSegmenter.Split(text, 0).Select(s => text[s.Start..s.End])];

    [Fact]
    public void Split_PipeInsideProse_IsNoCellBoundary()
    {
        // Only a line that opens with a pipe is a table row.
        Assert.Equal(["The vote was 3 | 2 in favour.", "It passed."], Split("The vote was 3 | 2 in favour. It passed."));
    }

    [Theory]
    // French abbreviations and titles
    [InlineData("M. Dupont est arrivé. Il a parlé.", "M. Dupont est arrivé.|Il a parlé.")]
    [InlineData("Mme Dupont est là. Elle parle.", "Mme Dupont est là.|Elle parle.")]
    [InlineData("Il a vu Mme. Durand hier. Puis il est parti.", "Il a vu Mme. Durand hier.|Puis il est parti.")]
    [InlineData("Le Dr. Martin opère. Le patient dort.", "Le Dr. Martin opère.|Le patient dort.")]
    // English abbreviations
    [InlineData("Dr. Smith arrived. He spoke.", "Dr. Smith arrived.|He spoke.")]
    [InlineData("The first cars crossed at 7 a.m. We were standing by the barrier.", "The first cars crossed at 7 a.m.|We were standing by the barrier.")]
    [InlineData("Prices rose in the U.S. It was the third rise.", "Prices rose in the U.S.|It was the third rise.")]
    [InlineData("The U.S. Army arrived at 7 a.m. on Monday.", "The U.S. Army arrived at 7 a.m. on Monday.")]
    // A short adverbial head ending at an abbreviation is no sentence of its own
    [InlineData("At around 7 a.m. I saw smoke. It rose fast.", "At around 7 a.m. I saw smoke.|It rose fast.")]
    [InlineData("Shortly before 8 a.m. We left the hall.", "Shortly before 8 a.m. We left the hall.")]
    [InlineData("In the U.S. It was the third rise.", "In the U.S. It was the third rise.")]
    [InlineData("At the meeting, they spoke until 7 p.m. The vote came later.", "At the meeting, they spoke until 7 p.m.|The vote came later.")]
    [InlineData("On Monday the company moved its headquarters to the U.S. It said costs were lower.", "On Monday the company moved its headquarters to the U.S.|It said costs were lower.")]
    [InlineData("Le texte cite l’art. I, al. 2 de la loi.", "Le texte cite l’art. I, al. 2 de la loi.")]
    [InlineData("The U.S. economy grew. Prices rose.", "The U.S. economy grew.|Prices rose.")]
    [InlineData("Use a tool, e.g. a hammer. Then stop.", "Use a tool, e.g. a hammer.|Then stop.")]
    [InlineData("Mr. Brown met Mrs. Green. They talked.", "Mr. Brown met Mrs. Green.|They talked.")]
    // A line that a dash opens starts a sentence: a dialogue line after its introduction, a list item
    [InlineData("Un trader de Séoul résume :\n— Nous avons vendu dès l’ouverture.", "Un trader de Séoul résume :|— Nous avons vendu dès l’ouverture.")]
    [InlineData("Les mesures :\n– baisse des impôts\n– hausse des salaires", "Les mesures :|– baisse des impôts|– hausse des salaires")]
    [InlineData("The vote — close as it was — passed.", "The vote — close as it was — passed.")]
    // A list item's marker is no part of its sentence; a table row's cells are sentences of their own
    [InlineData("The main cuts:\n- Air France: 5,122 jobs\n- In short, PSA fears more", "The main cuts:|Air France: 5,122 jobs|In short, PSA fears more")]
    [InlineData("- first item\n* second item\n• third item\n+ fourth item", "first item|second item|third item|fourth item")]
    [InlineData("Steps:\n1. Read the text\n2) Check the names", "Steps:|Read the text|Check the names")]
    [InlineData("It fell by 2. It rose by 3.", "It fell by 2.|It rose by 3.")]
    [InlineData("The range\n-5 to 5 degrees is normal.", "The range\n-5 to 5 degrees is normal.")]
    [InlineData("| Speaker | Message |\n|---|:--:|\n| Andy Hunder | Trust is key |", "Speaker|Message|Andy Hunder|Trust is key")]
    // Decimals and thousands
    [InlineData("La croissance atteint 3.5 % cette année. Le taux est de 3,5 %.", "La croissance atteint 3.5 % cette année.|Le taux est de 3,5 %.")]
    [InlineData("Il y a 1\u202F000 habitants. Ils votent.", "Il y a 1\u202F000 habitants.|Ils votent.")]
    [InlineData("Il y a 1 000 habitants. Ils votent.", "Il y a 1 000 habitants.|Ils votent.")]
    // Ellipses
    [InlineData("Il hésita… Puis il partit.", "Il hésita…|Puis il partit.")]
    [InlineData("Il hésita... Puis il partit.", "Il hésita...|Puis il partit.")]
    [InlineData("Il hésita... puis il partit.", "Il hésita... puis il partit.")]
    // Initials
    [InlineData("J. R. Smith wrote it. He left.", "J. R. Smith wrote it.|He left.")]
    [InlineData("J.-M. Dupont est venu. Il parle.", "J.-M. Dupont est venu.|Il parle.")]
    // A capital after a digit is a unit, not an initial
    [InlineData("Nights stay above 22C. What a prospect!", "Nights stay above 22C.|What a prospect!")]
    // A broken sentence stays one sentence
    [InlineData("contre ses civils. infrastructures et zones résidentielles.", "contre ses civils. infrastructures et zones résidentielles.")]
    // Other terminators
    [InlineData("Quoi ? Il est parti ! Vraiment ?", "Quoi ?|Il est parti !|Vraiment ?")]
    [InlineData("Really?! Yes.", "Really?!|Yes.")]
    [InlineData("Le chiffre est 2024. 18 personnes sont venues.", "Le chiffre est 2024.|18 personnes sont venues.")]
    // Ordinary words that look like abbreviations still end sentences
    [InlineData("Il regardait la mer. Puis il partit.", "Il regardait la mer.|Puis il partit.")]
    [InlineData("C’était un jeu. Personne ne gagna.", "C’était un jeu.|Personne ne gagna.")]
    [InlineData("He said no. Then he left.", "He said no.|Then he left.")]
    [InlineData("Ils étaient sept. Tous sont rentrés.", "Ils étaient sept.|Tous sont rentrés.")]
    [InlineData("It is modern art. Nobody bought it.", "It is modern art.|Nobody bought it.")]
    // ... but stay abbreviations before a number
    [InlineData("Selon l’art. 5 de la loi, il part.", "Selon l’art. 5 de la loi, il part.")]
    [InlineData("See vol. 2 and no. 7 of it.", "See vol. 2 and no. 7 of it.")]
    public void Split_FrenchAndEnglish(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Split(text));

    [Theory]
    [InlineData("«\u00A0Nous avons gagné.\u00A0» Puis il est parti.", "«\u00A0Nous avons gagné.\u00A0»|Puis il est parti.")]
    [InlineData("«\u202FNous avons gagné.\u202F» Puis il est parti.", "«\u202FNous avons gagné.\u202F»|Puis il est parti.")]
    [InlineData("« Nous avons gagné. » Puis il est parti.", "« Nous avons gagné. »|Puis il est parti.")]
    [InlineData("« Nous avons gagné ! » Puis il est parti.", "« Nous avons gagné ! »|Puis il est parti.")]
    [InlineData("“We won.” Then he left.", "“We won.”|Then he left.")]
    [InlineData("\"We won.\" Then he left.", "\"We won.\"|Then he left.")]
    [InlineData("Il a dit : « Bonjour. » et il est parti.", "Il a dit : « Bonjour. » et il est parti.")]
    [InlineData("Il a dit (c’est vrai.) Puis rien.", "Il a dit (c’est vrai.)|Puis rien.")]
    [InlineData("Il part.\u00A0Puis il revient.", "Il part.|Puis il revient.")]
    public void Split_ClosingQuotesBelongToTheSentenceTheyEnd(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Split(text));

    [Fact]
    public void Split_OpeningQuoteStartsNextSentence()
    {
        Assert.Equal(["Il se tut.", "« Jamais », dit-elle."], Split("Il se tut. « Jamais », dit-elle."));
        Assert.Equal(["He paused.", "“Never,” she said."], Split("He paused. “Never,” she said."));
    }

    [Fact]
    public void Split_BlankLineInsideBlock_EndsSentence()
    {
        Assert.Equal(["première partie sans point", "seconde partie"], Split("première partie sans point\n\nseconde partie"));
    }

    [Fact]
    public void Split_SingleLineBreak_DoesNotEndSentence()
    {
        Assert.Equal(["une phrase\ncoupée en deux lignes."], Split("une phrase\ncoupée en deux lignes."));
    }

    [Fact]
    public void Split_TrimsWhiteSpace_AndAppliesOffset()
    {
        const string Text = "  Un.   Deux.  ";

        var spans = SentenceSegmenter.Split(Text, 100);

        Assert.Equal([TextSpan.FromBounds(102, 105), TextSpan.FromBounds(108, 113)], spans);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    public void Split_NothingButWhiteSpace_GivesNoSentence(string text) =>
        Assert.Empty(SentenceSegmenter.Split(text, 0));

    [Fact]
    public void Split_NoFinalPunctuation_LastSentenceRunsToTheEnd()
    {
        Assert.Equal(["Un.", "Deux sans point"], Split("Un. Deux sans point"));
    }

    [Theory]
    [InlineData("M.", 1, true)]
    [InlineData("Mme.", 3, true)]
    [InlineData("U.S.", 3, true)]
    [InlineData("J.-M.", 4, true)]
    [InlineData("e.g.", 3, true)]
    [InlineData("etc.", 3, true)]
    [InlineData("maison.", 6, false)]
    [InlineData("Paris.", 5, false)]
    [InlineData(".", 0, false)]
    public void IsAbbreviationBefore(string text, int dotIndex, bool expected) =>
        Assert.Equal(expected, SentenceSegmenter.IsAbbreviationBefore(text, dotIndex));

    [Fact]
    public void Sentences_OfABlock_HaveIndexesAndText()
    {
        var syntax = DocumentSyntax.Create(SourceText.From("Titre\n\nM. Dupont parle. Il sourit."), DocumentKind.PlainText);
        var sentences = syntax.Blocks[1].Sentences;

        Assert.Equal(["M. Dupont parle.", "Il sourit."], sentences.Select(s => s.Text));
        Assert.True(sentences[0].IsFirstInBlock);
        Assert.False(sentences[0].IsLastInBlock);
        Assert.True(sentences[1].IsLastInBlock);
        Assert.Equal(1, sentences[1].Index);
        Assert.Same(syntax.Blocks[1], sentences[1].Block);
        Assert.Equal("Il sourit.", sentences[1].ToString());
    }

    [Theory]
    [InlineData("MOSCOW, December 6 - Well, the two presidents spoke. They agreed.", "Well, the two presidents spoke.|They agreed.")]
    [InlineData("KYIV, March 3 (Reuters) - The talks resumed.", "The talks resumed.")]
    [InlineData("LONDRES, 5 juillet 2012 (AFP) - Cinq hommes ont été arrêtés.", "Cinq hommes ont été arrêtés.")]
    [InlineData("2 juillet 2012. - Suite à la destruction, les islamistes ont repris.", "Suite à la destruction, les islamistes ont repris.")]
    [InlineData("MOSCOW (TASS) - Vladimir Putin sent a message.", "Vladimir Putin sent a message.")]
    public void Split_WireDateline_IsNoPartOfTheFirstSentence(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Split(text));

    [Theory]
    // No number and no agency: a name and a dash in prose, not a dateline.
    [InlineData("NATO - the alliance - met on Monday.")]
    [InlineData("Kyiv, the capital - a city of three million - was calm.")]
    // A dateline only opens a paragraph.
    [InlineData("The talks resumed. MOSCOW, December 6 - Nothing changed.")]
    public void Split_DashWithoutDateline_KeepsTheText(string text) =>
        Assert.Equal(text, string.Join(" ", Split(text)));
}
