using RulesSdk.Semantics;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Tests.Semantics;

/// <summary>
/// The model skips its costly patterns when a cheap test says they cannot match. Each test must be
/// a necessary condition: wherever the pattern matches, the test passes too. Checked on hand-written
/// sentences for every branch and on every sentence of the repository's news corpus.
/// </summary>
public sealed class CheapGateTests
{
    public static TheoryData<string, string> AttributedSentences => new()
    {
        { "fr", "Les négociations reprendront lundi, a déclaré le ministre." },
        { "fr", "Les négociations reprendront lundi, a notamment précisé la porte-parole." },
        { "fr", "« Nous ne céderons pas », ajoute-t-il." },
        { "fr", "Il faut agir vite, estime Jean Dupont." },
        { "fr", "Rien n’est décidé, s’est inquiété le maire." },
        { "en", "Talks will resume on Monday, the minister said." },
        { "en", "Talks will resume on Monday, said Jane Smith." },
        { "en", "\"We will not give in,\" she added." },
        { "en", "The deal is off, a spokesman for the ministry told reporters." },
    };

    [Theory]
    [MemberData(nameof(AttributedSentences))]
    public void ClosingIncise_NeverMatchesWithoutAReportingVerb(string language, string sentence)
    {
        var patterns = AttributionPatterns.For(language);
        Assert.True(patterns.ClosingIncise.IsMatch(sentence), $"the example no longer shows a closing incise: {sentence}");
        Assert.True(patterns.ReportingVerb.IsMatch(sentence), $"the reporting-verb test rejects a sentence the incise pattern matches: {sentence}");
    }

    [Theory]
    [InlineData("fr", "Le ministre a affirmé que")]
    [InlineData("fr", "Elle a ensuite rappelé qu’")]
    [InlineData("en", "The minister said that")]
    [InlineData("en", "She told reporters on Friday that ")]
    public void ReportingBeforeComplement_NeverMatchesWithoutTheFinalComplement(string language, string clause)
    {
        var patterns = AttributionPatterns.For(language);
        Assert.True(patterns.ReportingBeforeComplement.IsMatch(clause), $"the example no longer ends with a reporting verb and its complement: {clause}");
        Assert.Matches(patterns.ReportingVerb, clause);
        Assert.True(patterns.ComplementAtEnd.IsMatch(clause), $"the complement test rejects a clause the pattern matches: {clause}");
    }

    [Theory]
    [InlineData("fr", "Bien sûr ! Voici l’article reformulé :")]
    [InlineData("fr", "Remarque : j’ai reformulé le texte en conservant les faits.")]
    [InlineData("fr", "N’hésitez pas à me dire si vous souhaitez une version plus courte.")]
    [InlineData("fr", "J’espère que cette reformulation vous convient.")]
    [InlineData("fr", "En tant qu’assistant, je ne peux pas vérifier ces chiffres.")]
    [InlineData("en", "Sure! Here is the rewritten article:")]
    [InlineData("en", "Note: I have paraphrased the original story.")]
    [InlineData("en", "Let me know if you would like me to shorten it.")]
    [InlineData("en", "As an AI language model, I cannot verify these figures.")]
    [InlineData("fr", "J’ai simplifié quelques tournures et conservé tous les chiffres.")]
    [InlineData("fr", "Réécriture (ton neutre, 350 mots environ) :")]
    [InlineData("fr", "Hope this helps! Let me know if you need anything else.")]
    [InlineData("en", "Here's a cleaner version of the match report, with the quotes left intact:")]
    [InlineData("en", "Feel free to tweak the headline — I kept it close to the original.")]
    [InlineData("en", "Okay, rewriting the article now.")]
    [InlineData("en", "Anything else you'd like me to change?")]
    [InlineData("en", "I've rewritten the article below in plain English.")]
    [InlineData("en", "(Word count: 412)")]
    [InlineData("en", "All facts retained.")]
    [InlineData("en", "Happy to make further edits if needed.")]
    [InlineData("en", "I don't have access to real-time information, so I can't confirm it.")]
    [InlineData("en", "As of my last knowledge update, the storm had not been named.")]
    [InlineData("fr", "Cette version évite le plagiat tout en conservant le sens.")]
    [InlineData("fr", "(Nombre de mots : 215)")]
    [InlineData("fr", "Si vous voulez un autre style, il suffit de me le dire.")]
    [InlineData("fr", "Je n’ai pas accès aux informations en temps réel.")]
    [InlineData("fr", "Si vous souhaitez une version plus courte, dites-le-moi !")]
    [InlineData("fr", "Si vous préférez un résumé en trois points, c’est possible.")]
    [InlineData("fr", "Ce texte a été reformulé à partir de la dépêche originale.")]
    [InlineData("fr", "Je me suis efforcé de rester fidèle au texte source.")]
    [InlineData("fr", "J’ai fait de mon mieux pour garder le sens original.")]
    [InlineData("fr", "Je peux aussi en faire une version pour les réseaux sociaux.")]
    [InlineData("fr", "En espérant que cela vous soit utile !")]
    [InlineData("en", "This text was paraphrased from the original wire story.")]
    [InlineData("en", "I did my best to keep the original meaning.")]
    [InlineData("en", "Below, I've reworked the piece into a more neutral register.")]
    [InlineData("en", "Tell me if the tone works for you.")]
    [InlineData("en", "I can also turn this into a thread for social media.")]
    [InlineData("en", "End of rewrite.")]
    [InlineData("en", "Should you want a punchier headline, I can rework it.")]
    [InlineData("en", "If the tone feels too dry for your readers, I will happily soften the intro.")]
    [InlineData("fr", "Si le titre ne vous plaît pas, je peux en proposer d’autres.")]
    [InlineData("fr", "Dites-moi si ce chapeau vous convient.")]
    [InlineData("en", "NB: the quotes are given as in the original, only the surrounding sentences were condensed.")]
    [InlineData("fr", "NB : les citations sont reprises à l’identique, seul le récit a été condensé.")]
    // The words of making a text, weighed (TextProductionCues) when no phrase matches.
    [InlineData("en", "Paraphrase of the requested article follows; figures and quotations were checked against the source text.")]
    [InlineData("en", "Reworded throughout to avoid repeating the source; the web address has been left unchanged.")]
    [InlineData("en", "Okay, the press release has been rephrased below; the web address and dates are unchanged.")]
    [InlineData("en", "Sure thing, the reworked version follows.")]
    [InlineData("en", "If this is for a newsletter, I can also boil it down to two sentences.")]
    [InlineData("en", "Word count: roughly 230.")]
    [InlineData("en", "Hope this helps!")]
    [InlineData("en", "I can also turn the list of routes into a table if that's easier to read.")]
    [InlineData("en", "I kept the program's name as \"Large Construction\" throughout for consistency.")]
    [InlineData("fr", "Voilà la reformulation demandée 😊")]
    [InlineData("fr", "Comme demandé, les chiffres du scrutin ont été conservés à l’identique.")]
    [InlineData("fr", "Cette version condense l’article original tout en préservant les chiffres clés de l’étude.")]
    [InlineData("fr", "(Note : les âges des personnes interpellées sont repris tels quels de la dépêche initiale.)")]
    // Shapes of a note about the text, without a pronoun: the text pointing at itself, a passive editing verb, a
    // production noun heading the note, the register kept, a version of the source.
    [InlineData("fr", "Le texte ci-dessous a été reformulé dans un registre plus neutre ; les chiffres n’ont pas été modifiés.")]
    [InlineData("fr", "Traduction adaptée pour un lectorat non spécialiste ; les sigles ont été laissés tels quels.")]
    [InlineData("fr", "Résumé en quatre paragraphes, ton factuel, sans les intertitres de la dépêche.")]
    [InlineData("en", "(The names and job titles below are reproduced exactly as they appeared in the source.)")]
    [InlineData("en", "A simpler version of the announcement, suitable for a general audience, follows.")]
    [InlineData("en", "The translation stays close to the Ukrainian source; the figures have been left as they were.")]
    [InlineData("fr", "Comme demandé, seules les tournures ont changé ; les citations du ministre sont reprises mot pour mot.")]
    // A text part kept or smoothed in the passive, a translation from an original, an offer to produce or restore a version.
    [InlineData("fr", "Le ton a été gardé sobre et respectueux, puisqu’il s’agit d’un sujet religieux.")]
    [InlineData("fr", "Adaptation de l’anglais destinée à un public québécois ; les noms de lieux suivent l’usage local.")]
    [InlineData("fr", "Je peux, au besoin, ajouter un chapeau et des intertitres pour faciliter la lecture.")]
    [InlineData("en", "Translated from the Ukrainian original and lightly condensed; place names follow the official transliteration.")]
    [InlineData("en", "If it helps, I could also produce a shorter version of about 100 words for social media.")]
    [InlineData("en", "The quotations in this paragraph have been smoothed slightly for readability; I can restore them word for word if you prefer.")]
    public void MetaDetector_CuesPassEveryMetaSentence(string language, string sentence)
    {
        Assert.NotEqual(MetaReference.None, MetaDetector.Detect(sentence, language));
        Assert.True(MetaDetector.MightDetect(sentence, language), $"the cue test rejects a sentence the meta detector reads as meta: {sentence}");
        AssertCuesPass(sentence, sentence);
    }

    [Theory]
    // News that uses the words of rewriting, requests or versions without being about the text.
    [InlineData("en", "The bill was reworded after the original version drew criticism.")]
    [InlineData("en", "He paraphrased Churchill in his speech, and the summary follows below.")]
    [InlineData("en", "The rewritten constitution keeps the original preamble unchanged.")]
    [InlineData("en", "As requested by the court, the documents were released in full.")]
    [InlineData("fr", "Comme demandé par les syndicats, la hausse a été votée.")]
    [InlineData("fr", "Le ministre a reformulé sa question, et la version finale a été conservée.")]
    [InlineData("fr", "Les chiffres ont été repris tels quels par l’Insee dans sa note.")]
    [InlineData("fr", "Le gouvernement veut réécrire la Constitution, dont la version actuelle date de 1958.")]
    [InlineData("fr", "Le texte de loi a été réécrit par le Sénat, qui a supprimé trois articles.")]
    [InlineData("fr", "Le rapport, résumé en quatre points par la ministre, a été publié lundi.")]
    [InlineData("en", "The full list of measures follows below, the ministry said.")]
    [InlineData("en", "The treaty was reproduced in full in the official gazette, as it appeared in 1921.")]
    [InlineData("en", "The final version of the statement is reproduced in full below.")]
    [InlineData("en", "The figures below, taken from the original source data published by the ONS, show deaths by region.")]
    [InlineData("fr", "Le texte a été simplifié, comme l’avait demandé le Conseil d’État, et la version finale sera présentée mercredi.")]
    [InlineData("en", "The minister read the letter word for word, and its original length surprised the chamber.")]
    [InlineData("fr", "Le ministre a repris mot pour mot la déclaration du président.")]
    [InlineData("en", "Negotiators kept word for word the original House version of the provision, leaving the text unchanged.")]
    [InlineData("en", "The final version of the bill, half its original length, drops the original text's language on diversity.")]
    [InlineData("en", "If a more neutral tone is needed, editors should choose other words, the guidance says.")]
    [InlineData("fr", "Les dispositions sont reprises mot pour mot de la version adoptée par le Sénat, et restent donc inchangées.")]
    [InlineData("fr", "Les démarches ont été simplifiées : voici la liste des pièces demandées.")]
    [InlineData("fr", "Le passage de la loi a été maintenu au calendrier, a indiqué le gouvernement, malgré l’opposition du Sénat.")]
    [InlineData("en", "The names of the victims have been released by police, and the quotations in the report were checked by the court.")]
    [InlineData("en", "The treaty, translated from the French original in 1921, is still in force.")]
    public void MetaDetector_LeavesNewsAboutRewritingAlone(string language, string sentence)
    {
        Assert.Equal(MetaReference.None, MetaDetector.Detect(sentence, language));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void Gates_HoldOnEverySentenceOfTheCorpus(string language)
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "corpus", language);
        var patterns = AttributionPatterns.For(language);
        var sentences = 0;
        var incises = 0;
        var firstPerson = 0;
        var otherPerson = 0;
        var metaBlocks = 0;
        foreach (var path in Directory.EnumerateFiles(folder, "*.txt"))
        {
            var syntax = DocumentSyntax.Create(SourceText.From(File.ReadAllText(path)), DocumentKind.PlainText, language);
            var semantics = DocumentSemantics.For(syntax);
            foreach (var block in syntax.Blocks)
            {
                // The meta gate: a block is read clause by clause only when a sentence as written is about the text.
                var blockSemantics = semantics.Block(block);
                if (blockSemantics.NarratorMeta() != MetaReference.None)
                {
                    metaBlocks++;
                    Assert.True(blockSemantics.MightBeMeta(), $"{Path.GetFileName(path)}: the meta gate rejects the block \"{block.Prose}\"");
                }
            }

            foreach (var sentence in syntax.Blocks.SelectMany(b => b.Sentences))
            {
                // The rules' first-person gate: a clause in the first person only where the sentence has a first-person word.
                if (semantics.GetClauses(sentence).Any(c => c.IsFirstPerson))
                {
                    firstPerson++;
                    Assert.True(semantics.MayHaveFirstPersonClause(sentence.Span), $"{Path.GetFileName(path)}: the first-person gate rejects \"{syntax.Prose.Substring(sentence.Span.Start, sentence.Span.Length)}\"");
                }

                // The same for "person is not third": a clause in another person only where the wider scan lets the sentence through.
                if (semantics.GetClauses(sentence).Any(c => c.Person != GrammaticalPerson.Third))
                {
                    otherPerson++;
                    Assert.True(semantics.MayHaveNonThirdPersonClause(sentence.Span), $"{Path.GetFileName(path)}: the non-third-person gate rejects \"{syntax.Prose.Substring(sentence.Span.Start, sentence.Span.Length)}\"");
                }

                var text = syntax.Prose.Substring(sentence.Span.Start, sentence.Span.Length);
                sentences++;
                if (patterns.ClosingIncise.IsMatch(text))
                {
                    incises++;
                    Assert.True(patterns.ReportingVerb.IsMatch(text), $"{Path.GetFileName(path)}: the reporting-verb test rejects \"{text}\"");
                }

                if (MetaDetector.Detect(text, language) != MetaReference.None)
                {
                    Assert.True(MetaDetector.MightDetect(text, language), $"{Path.GetFileName(path)}: the meta cue test rejects \"{text}\"");
                }

                AssertCuesPass(text, Path.GetFileName(path));
            }
        }

        Assert.True(sentences > 100 && incises > 0 && firstPerson > 0 && otherPerson > firstPerson && metaBlocks > 0, $"{folder}: {sentences} sentences, {incises} closing incises, {firstPerson} in the first person, {otherPerson} in another person than the third, {metaBlocks} meta blocks: the corpus no longer exercises the gates");
    }

    [Theory]
    [InlineData("fr", "Il faut agir vite.", true)]
    [InlineData("fr", "Vous trouverez le texte en ligne.", true)]
    [InlineData("fr", "Nous reviendrons.", true)]
    [InlineData("fr", "Il a voté contre le texte lundi.", false)]
    [InlineData("en", "It seems the deal is off.", true)]
    [InlineData("en", "You can read the text online.", true)]
    [InlineData("en", "She voted against the bill on Monday.", false)]
    public void NonThirdPersonGate_LetsThroughTheWordsOfOtherPersons(string language, string sentence, bool expected)
    {
        var syntax = DocumentSyntax.Create(SourceText.From("Titre\n\n" + sentence), DocumentKind.PlainText, language);
        var semantics = DocumentSemantics.For(syntax);
        var span = syntax.Blocks[1].Sentences[0].Span;

        Assert.Equal(expected, semantics.MayHaveNonThirdPersonClause(span));
        Assert.Equal(expected, semantics.GetClauses(span).Any(c => c.Person != GrammaticalPerson.Third));
    }

    // One pattern without a required literal would send every paragraph of every document through all of them.
    [Fact]
    public void EveryMetaPattern_HasCues()
    {
        Assert.All(MetaDetector.AllPatterns, pattern => Assert.True(pattern.HasCues, $"/{pattern.Pattern}/ has no cues"));
        Assert.True(MetaDetector.HasCueGate);
    }

    /// <summary>Each meta pattern that matches <paramref name="text"/> has cues that let it through.</summary>
    private static void AssertCuesPass(string text, string where)
    {
        foreach (var pattern in MetaDetector.AllPatterns)
        {
            if (pattern.Pattern.IsMatch(text))
            {
                Assert.True(pattern.MightMatch(text), $"{where}: the cues of /{pattern.Pattern}/ reject \"{text}\"");
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RulesSdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no RulesSdk.sln above {AppContext.BaseDirectory}");
    }
}
