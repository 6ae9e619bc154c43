using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Tests.Syntax;

public sealed class TokenizerTests
{
    private static SyntaxToken[] Tokens(string text, string language) =>
        [.. Tokenizer.Tokenize(text, 0, language, _ => false)];

    private static string[] Texts(string text, string language) => [.. Tokens(text, language).Select(t => t.Text)];

    [Fact]
    public void French_ElisionIsSplitAfterTheApostrophe()
    {
        Assert.Equal(["J’", "ai", "vu", "l’", "OTAN", "."], Texts("J’ai vu l’OTAN.", DocumentLanguage.French));
        Assert.Equal(["j'", "ai", "qu'", "il", "jusqu’", "ici"], Texts("j'ai qu'il jusqu’ici", DocumentLanguage.French));
    }

    [Fact]
    public void French_WordsWithAnApostropheInside_StayWhole()
    {
        Assert.Equal(["aujourd’hui", "presqu’île", "quelqu’un", "prud’hommes"], Texts("aujourd’hui presqu’île quelqu’un prud’hommes", DocumentLanguage.French));
    }

    [Fact]
    public void English_ContractionsStayWhole()
    {
        Assert.Equal(["I'm", "sure", "it’s", "fine", "."], Texts("I'm sure it’s fine.", DocumentLanguage.English));
    }

    [Fact]
    public void UnknownLanguage_DoesNotSplitElision()
    {
        Assert.Equal(["l’OTAN"], Texts("l’OTAN", DocumentLanguage.Unknown));
    }

    [Fact]
    public void Numbers_KeepDecimalsThousandsTimesAndDates()
    {
        var tokens = Tokens("3,5 3.5 1\u202F000 1\u00A0000 18:41 2024-05-31 42.", DocumentLanguage.French);

        Assert.Equal(["3,5", "3.5", "1\u202F000", "1\u00A0000", "18:41", "2024-05-31", "42", "."], tokens.Select(t => t.Text));
        Assert.All(tokens[..^1], t => Assert.Equal(TokenKind.Number, t.Kind));
        Assert.Equal(TokenKind.Punctuation, tokens[^1].Kind);
    }

    [Fact]
    public void Numbers_PlainSpace_SplitsThousands()
    {
        Assert.Equal(["1", "000"], Texts("1 000", DocumentLanguage.French));
    }

    [Fact]
    public void Punctuation_IsOneTokenPerCharacter()
    {
        var tokens = Tokens("Quoi?! «…»", DocumentLanguage.French);

        Assert.Equal(["Quoi", "?", "!", "«", "…", "»"], tokens.Select(t => t.Text));
        Assert.Equal([TokenKind.Word, TokenKind.Punctuation, TokenKind.Punctuation, TokenKind.Punctuation, TokenKind.Punctuation, TokenKind.Punctuation], tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Hyphenated_WordsStayWhole()
    {
        Assert.Equal(["a-t-il", "porte-parole", "-", "fin"], Texts("a-t-il porte-parole - fin", DocumentLanguage.French));
    }

    [Fact]
    public void CombiningMarks_StayInTheWord()
    {
        Assert.Equal(["cafe\u0301", "ok"], Texts("cafe\u0301 ok", DocumentLanguage.French));
    }

    [Fact]
    public void Spans_AreOffset_AndCapitalizationIsReported()
    {
        var tokens = Tokenizer.Tokenize("Jens parle", 10, DocumentLanguage.French, _ => false);

        Assert.Equal(new TextSpan(10, 4), tokens[0].Span);
        Assert.Equal(new TextSpan(15, 5), tokens[1].Span);
        Assert.True(tokens[0].IsCapitalized);
        Assert.False(tokens[1].IsCapitalized);
        Assert.Equal("Jens", tokens[0].ToString());
    }

    [Fact]
    public void Empty_GivesNoTokens() => Assert.Empty(Tokens("  \n ", DocumentLanguage.French));

    [Fact]
    public void SentenceTokens_UseTheDocumentLanguage_AndKnowQuotes()
    {
        const string Text = "Titre\n\n« J’ai gagné », a-t-il dit à l’AFP.";
        var syntax = DocumentSyntax.Create(SourceText.From(Text), DocumentKind.PlainText, DocumentLanguage.French);

        var tokens = syntax.Blocks[1].Sentences[0].Tokens;

        Assert.Equal(["«", "J’", "ai", "gagné", "»", ",", "a-t-il", "dit", "à", "l’", "AFP", "."], tokens.Select(t => t.Text));
        Assert.Equal([true, true, true, true, true, false, false, false, false, false, false, false], tokens.Select(t => t.IsInQuote));
        Assert.All(tokens, t => Assert.Equal(t.Text, Text[t.Span.Start..t.Span.End]));
    }

    [Fact]
    public void SentenceTokens_EnglishDocument_KeepsContractions()
    {
        var syntax = DocumentSyntax.Create(SourceText.From("I'm sure \"I'm right\" he said."), DocumentKind.PlainText, DocumentLanguage.English);

        var tokens = syntax.Blocks[0].Sentences[0].Tokens;

        Assert.Equal(["I'm", "sure", "\"", "I'm", "right", "\"", "he", "said", "."], tokens.Select(t => t.Text));
        Assert.False(tokens[0].IsInQuote);
        Assert.True(tokens[3].IsInQuote);
        Assert.False(tokens[6].IsInQuote);
    }

    [Fact]
    public void TokensForOneScan_AreTheSentenceTokens_BeforeAndAfterTheyAreBuilt()
    {
        const string Text = "Titre\n\n« J’ai gagné », a-t-il dit à l’AFP. Puis il est parti.";
        var syntax = DocumentSyntax.Create(SourceText.From(Text), DocumentKind.PlainText, DocumentLanguage.French);
        var first = syntax.Blocks[1].Sentences[0];
        var second = syntax.Blocks[1].Sentences[1];

        // Not built yet: a transient copy, which the next tokenization on this thread overwrites.
        var transient = first.TokensForOneScan().ToArray();
        _ = second.TokensForOneScan();

        Assert.Equal(first.Tokens, transient);
        Assert.Equal(first.Tokens, first.TokensForOneScan().ToArray());
        Assert.Equal(["Puis", "il", "est", "parti", "."], second.TokensForOneScan().ToArray().Select(t => t.Text));
    }
}
