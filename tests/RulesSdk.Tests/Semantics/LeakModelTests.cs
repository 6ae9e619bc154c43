using RulesSdk.Semantics;

namespace RulesSdk.Tests.Semantics;

/// <summary>The learned sentence model: its data format, its scoring, and the shipped models on plain cases.</summary>
public sealed class LeakModelTests
{
    private static readonly string[] Header = ["classes\tnone\topinion-paragraph\tnarrator-witness", "threshold\topinion-paragraph\t0.6", "bias\t1\t0\t0"];

    [Fact]
    public void A_kind_is_predicted_only_at_or_above_its_threshold()
    {
        var model = LeakModel.Parse([.. Header, "f\tw:regrettable\t0\t3\t0", "f\tw:vu\t0\t0\t5"], "test");

        var opinion = model.Predict(["w:regrettable"]);
        Assert.Equal(LeakKind.Opinion, opinion.Kind);
        Assert.InRange(opinion.Probability, 0.6f, 1f);

        // Witness is the most probable kind, but no threshold was trained for it: never predicted.
        Assert.Equal(LeakKind.None, model.Predict(["w:vu"]).Kind);
        Assert.Equal(LeakKind.None, model.Predict(["w:inconnu"]).Kind);
    }

    [Fact]
    public void Probabilities_are_a_softmax_over_the_classes()
    {
        var model = LeakModel.Parse([.. Header, "f\tw:x\t0\t1\t-1"], "test");

        var probabilities = model.Probabilities(["w:x", "w:unknown"]);

        Assert.Equal(1f, probabilities.Sum(), 3);
        Assert.Equal(MathF.Exp(1) / (MathF.Exp(1) + MathF.Exp(1) + MathF.Exp(-1)), probabilities[0], 4);
    }

    [Theory]
    [InlineData("classes\tnone\tfeeling", "test(1): unknown class \"feeling\"")]
    [InlineData("classes\tnone\topinion-paragraph\nbias\t1", "test(2): expected fingerprint, classes, threshold, bias or f with one value per class, not \"bias\" with 1 values")]
    [InlineData("classes\tnone\topinion-paragraph\nbias\t1\tNaN", "test(2): \"NaN\" is not a finite number")]
    [InlineData("classes\tnone\topinion-paragraph", "test: the model has no classes or no bias line")]
    public void A_malformed_model_file_names_its_line(string text, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => LeakModel.Parse(text.Split('\n'), "test"));
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("fr", "Incendie rue Victor-Hugo\n\nLes pompiers sont intervenus vers 23 heures. J’étais sur le trottoir d’en face quand le toit s’est effondré.", LeakKind.Witness)]
    [InlineData("en", "Fire on Main Street\n\nFirefighters arrived at 11 p.m., police said. Let me know if you would like a shorter version.", LeakKind.Assistant)]
    [InlineData("en", "Fire on Main Street\n\nFirefighters arrived at 11 p.m., police said. Frankly, I find this decision a disgrace.", LeakKind.Opinion)]
    public void The_shipped_models_read_a_plain_leak(string language, string text, LeakKind expected)
    {
        var semantics = SemanticsTestDocuments.Of(text, language);
        var sentences = semantics.Syntax.Blocks[1].Sentences;

        Assert.Equal(LeakKind.None, semantics.LeakOf(sentences[0]).Kind);
        Assert.Equal(expected, semantics.LeakOf(sentences[1]).Kind);
    }

    [Fact]
    public void Features_carry_the_semantic_reading_beside_the_words()
    {
        var semantics = SemanticsTestDocuments.Of("Titre\n\nLe maire a parlé. J’ai vu la foule, hier !", "fr");
        var sentence = semantics.Syntax.Blocks[1].Sentences[1];

        var features = LeakFeatures.Of(semantics, sentence);

        Assert.Contains("first:j'", features);
        Assert.Contains("w:foule", features);
        Assert.Contains("b:la foule", features);
        Assert.Contains("p:!", features);
        Assert.Contains("voice:narrator", features);
        Assert.Contains("person:narrator/firstsingular", features);
        Assert.Contains("stance:witness", features);
        Assert.Contains("closes-paragraph", features);
        Assert.Equal(features.Count, features.Distinct().Count());
    }

    [Theory]
    [InlineData("fr", "Je tiens à souligner que le chantier a coûté cher.", "head:que:3-4", "headverb:souli")]
    [InlineData("fr", "Précisons, pour nos lecteurs, que le chantier a coûté cher.", "head:comma:1-2", null)]
    [InlineData("fr", "Point essentiel à retenir : le chantier a coûté cher.", "head:colon:3-4", null)]
    [InlineData("en", "I would stress that the project cost a great deal.", "head:que:3-4", "headverb:stres")]
    public void The_head_of_a_sentence_is_read_apart_from_its_body(string language, string text, string head, string? verb)
    {
        var semantics = SemanticsTestDocuments.Of("Titre\n\n" + text, language);

        var features = LeakFeatures.Of(semantics, semantics.Syntax.Blocks[1].Sentences[0]);

        Assert.Contains(head, features);
        Assert.Single(features, f => f.StartsWith("head:", StringComparison.Ordinal));
        if (verb is not null)
        {
            Assert.Contains(verb, features);
        }

        // The first three words are also head words; the body's are not.
        Assert.Equal(3, features.Count(f => f.StartsWith("h:", StringComparison.Ordinal)));
        Assert.DoesNotContain("h:chantier", features);
        Assert.DoesNotContain("h:project", features);
    }

    [Fact]
    public void A_sentence_with_no_short_head_has_no_head_shape_and_long_words_give_stems()
    {
        var semantics = SemanticsTestDocuments.Of("Titre\n\nLe conseil municipal de la commune a finalement approuvé le projet, selon la mairie.", "fr");

        var features = LeakFeatures.Of(semantics, semantics.Syntax.Blocks[1].Sentences[0]);

        // The comma comes after eleven words: not a lead-in's head.
        Assert.DoesNotContain(features, f => f.StartsWith("head:", StringComparison.Ordinal));
        Assert.Contains("pre:munic", features);
        Assert.Contains("pre:final", features);
        Assert.DoesNotContain("pre:le", features);
    }

    [Theory]
    [InlineData("fr", "Titre\n\nMme Claire Dumont dirige le festival. Je trouve ce programme superbe.", true, false)]
    [InlineData("fr", "Titre\n\n« Nous tiendrons », a déclaré le maire. Je trouve ce programme superbe.", false, true)]
    [InlineData("en", "Title\n\nMrs. Janet Rowe runs a bakery in Leeds. I find these prices shocking.", true, false)]
    [InlineData("en", "Title\n\nThe council met on Monday. I find these prices shocking.", false, false)]
    public void The_previous_sentence_tells_whose_first_person_it_may_be(string language, string text, bool names, bool quotes)
    {
        var semantics = SemanticsTestDocuments.Of(text, language);

        var features = LeakFeatures.Of(semantics, semantics.Syntax.Blocks[1].Sentences[1]);

        Assert.Equal(names, features.Contains("ctx:prev-names"));
        // The conjunction carries the sentence's own stance, only after a name.
        var stances = features.Where(f => f.StartsWith("stance:", StringComparison.Ordinal)).Select(f => "ctx:prev-names:" + f["stance:".Length..]);
        Assert.Equal(names ? stances.Order() : [], features.Where(f => f.StartsWith("ctx:prev-names:", StringComparison.Ordinal)).Order());
        Assert.Contains(features, f => f.StartsWith("stance:", StringComparison.Ordinal));
        Assert.Equal(quotes, features.Contains("ctx:prev-quoted"));
        Assert.DoesNotContain("ctx:names", features);
    }

    [Fact]
    public void A_sentence_that_names_a_person_says_so_and_an_opening_sentence_has_no_previous_one()
    {
        var semantics = SemanticsTestDocuments.Of("Title\n\nNobody likes a tax increase, Mayor Daniel Okafor conceded, and I do not like it either.", "en");

        var features = LeakFeatures.Of(semantics, semantics.Syntax.Blocks[1].Sentences[0]);

        Assert.Contains("ctx:names", features);
        Assert.DoesNotContain(features, f => f.StartsWith("ctx:prev", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fr", "Le pont rouvre\n\nLe pont a rouvert lundi, a indiqué la mairie. Franchement, je trouve cette décision honteuse ! « Nous avons vu les voitures », raconte un riverain.\n\nIl est temps d’agir ; on verra bien : 12 millions d’euros.")]
    [InlineData("en", "Bridge reopens\n\nThe bridge reopened on Monday, the city said. Frankly, I find this decision a disgrace! “We saw the cars,” a resident said.\n\nIt is time to act; we shall see: $12 million. Supercalifragilisticexpialidociouslyextraordinarilylongword.")]
    public void Hashed_scoring_equals_scoring_by_name(string language, string text)
    {
        var semantics = SemanticsTestDocuments.Of(text, language);
        var model = LeakModel.For(language);

        foreach (var sentence in semantics.Syntax.Blocks.SelectMany(b => b.Sentences))
        {
            Assert.Equal(model.Predict(LeakFeatures.Of(semantics, sentence)), model.Predict(semantics, sentence));
        }
    }

    [Fact]
    public void The_sentence_at_a_position_is_the_one_holding_it()
    {
        var semantics = SemanticsTestDocuments.Of("Titre\n\nUne. Deux phrases. Trois !", "fr");
        var block = semantics.Syntax.Blocks[1];
        var text = semantics.Syntax.Text.ToString();

        foreach (var sentence in block.Sentences)
        {
            Assert.Same(sentence, DocumentSemantics.SentenceAt(block, sentence.Span.Start));
            Assert.Same(sentence, DocumentSemantics.SentenceAt(block, sentence.Span.End - 1));
        }

        Assert.Null(DocumentSemantics.SentenceAt(block, text.IndexOf(" Deux", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_repeated_feature_counts_once_by_name_as_by_hash()
    {
        var model = LeakModel.Parse([.. Header, "f\tw:x\t0\t1\t0"], "test");

        Assert.Equal(model.Probabilities(["w:x"]), model.Probabilities(["w:x", "w:x"]));
    }

    [Fact]
    public void A_sentence_is_scored_once_per_document()
    {
        var semantics = SemanticsTestDocuments.Of("Titre\n\nJe trouve ce projet regrettable.", "fr");
        var sentence = semantics.Syntax.Blocks[1].Sentences[0];

        Assert.Equal(semantics.LeakOf(sentence), semantics.LeakOf(sentence));
    }
}
