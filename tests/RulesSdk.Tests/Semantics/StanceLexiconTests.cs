using RulesSdk.Semantics;

namespace RulesSdk.Tests.Semantics;

/// <summary>The stance lexicon the learned model reads a word's classes from: its format, stems and folding.</summary>
public sealed class StanceLexiconTests
{
    [Theory]
    [InlineData("fr", "Scandaleuse", "evaluative")]
    [InlineData("fr", "aperçu", "perception")]
    [InlineData("fr", "soulignerai", "telling")]
    [InlineData("en", "disgraceful", "evaluative")]
    [InlineData("en", "glimpsed", "perception")]
    [InlineData("en", "stressed", "telling")]
    public void The_shipped_lexicons_know_words_and_stems_whatever_their_case_and_accents(string language, string word, string expected)
    {
        Assert.Contains(expected, ClassesOf(StanceLexicon.For(language), word));
    }

    [Theory]
    [InlineData("fr", "conseil")]
    [InlineData("fr", "mardi")]
    [InlineData("fr", "oui")]
    [InlineData("fr", "peine")]
    [InlineData("fr", "touchés")]
    [InlineData("fr", "vu")]
    [InlineData("fr", "chers")]
    [InlineData("en", "council")]
    [InlineData("en", "tuesday")]
    [InlineData("en", "bullets")]
    [InlineData("en", "longer")]
    [InlineData("en", "stood")]
    public void Neutral_news_words_have_no_class(string language, string word)
    {
        Assert.Empty(ClassesOf(StanceLexicon.For(language), word));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void Every_shipped_class_has_entries(string language)
    {
        var lines = SemanticLexicon.ReadRawLines($"stance-lexicon-{language}.txt").ToList();

        Assert.All(StanceLexicon.Classes, c => Assert.True(lines.Count(l => l.StartsWith(c + "\t", StringComparison.Ordinal)) >= 50, $"{language}: class {c} has fewer than 50 entries"));
        Assert.InRange(StanceLexicon.For(language).WordCount + StanceLexicon.For(language).StemCount, 1000, 100_000);
    }

    [Fact]
    public void A_word_in_two_classes_and_under_a_stem_gets_each_class_once_per_entry()
    {
        var lexicon = StanceLexicon.Parse(["# comment", "", "evaluative\thonte", "emotion\thonte", "evaluative\thonteu*"], "test");

        Assert.Equal(["emotion", "evaluative"], ClassesOf(lexicon, "Honte").Order());
        Assert.Equal(["evaluative"], ClassesOf(lexicon, "honteusement"));
        Assert.Empty(ClassesOf(lexicon, "hont"));
    }

    [Theory]
    [InlineData("opinion\tscandale", "test(1): expected one of evaluative, emotion, stance, perception, telling, text, address, a tab and a word, not \"opinion\tscandale\"")]
    [InlineData("evaluative scandale", "test(1): expected one of")]
    [InlineData("# a comment\nevaluative\tfort*", "test(2): the stem \"fort*\" is shorter than 5 letters")]
    [InlineData("evaluative\ttrès bien", "test(1): \"très bien\" is not one word")]
    public void A_malformed_lexicon_names_its_line(string text, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => StanceLexicon.Parse(text.Split('\n'), "test"));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_learned_features_carry_the_classes_and_apart_in_the_head()
    {
        var semantics = SemanticsTestDocuments.Of("Titre\n\nJe tiens à souligner que cette décision est scandaleuse.", "fr");

        var features = LeakFeatures.Of(semantics, semantics.Syntax.Blocks[1].Sentences[0]);

        Assert.Contains("lex:telling", features);
        Assert.Contains("hlex:telling", features);
        Assert.Contains("lex:evaluative", features);
        // "scandaleuse" comes after the head closed by "que".
        Assert.DoesNotContain("hlex:evaluative", features);
    }

    private static List<string> ClassesOf(StanceLexicon lexicon, string word)
    {
        var sink = new ClassSink([]);
        var folded = new char[word.Length];
        lexicon.AddClasses(SemanticLexicon.Fold(word, folded), "", ref sink);
        return sink.Classes;
    }

    private readonly struct ClassSink(List<string> classes) : ILeakFeatureSink
    {
        public List<string> Classes => classes;

        public void Add(ReadOnlySpan<char> first, ReadOnlySpan<char> second = default, ReadOnlySpan<char> third = default, ReadOnlySpan<char> fourth = default) =>
            classes.Add(string.Concat(first, second, third, fourth));
    }
}
