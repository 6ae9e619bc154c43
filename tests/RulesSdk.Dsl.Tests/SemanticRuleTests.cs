namespace RulesSdk.Dsl.Tests;

/// <summary>The DSL's access to the semantic model: where clauses, clause scope, semantic matchers, and their errors.</summary>
public sealed class SemanticRuleTests
{
    private static List<DslDiagnostic> Errors(string text) => Dsl.Bind(text).Diagnostics;

    [Theory]
    [InlineData("scope sentence where voice is narator", "'narator' is not a value of 'voice'; expected narrator, speaker", 6, 22)]
    [InlineData("scope sentence where voice is narrator and person is firts", "'firts' is not a value of 'person'; expected first, first-plural, first-singular, impersonal, second, third", 6, 44)]
    [InlineData("scope sentence where stance is feeling", "'feeling' is not a value of 'stance'; expected account, assistant, framing, newsroom, none, opinion, speaker, unmarked, witness", 6, 22)]
    [InlineData("scope sentence where leak is feeling", "'feeling' is not a value of 'leak'; expected assistant, lead-in, none, opinion, speaker, witness", 6, 22)]
    [InlineData("scope paragraph where genre is opinion", "'opinion' is not a value of 'genre'; expected interview, op-ed, press-release, report, speech", 6, 23)]
    [InlineData("scope sentence where source is incise", "'incise' is not a value of 'source'; expected block-quote, closing-incise, dialogue-dash, embedded-post, indirect-speech, interview-answer, interview-question, introduced-statement, narration, quotation, reported-speech, signed-contribution", 6, 22)]
    public void Unknown_value_is_DSL0030_at_its_position(string scope, string message, int line, int column)
    {
        var error = Dsl.Single(Errors(Dsl.Pack(Dsl.Rule(scope + "\nmatch /x/"))), "DSL0030");
        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Two_values_for_one_subject_is_DSL0031()
    {
        var error = Dsl.Single(Errors(Dsl.Pack(Dsl.Rule("scope clause where person is first and person is third\nmatch /x/"))), "DSL0031");
        Assert.Contains("could never match", error.Message, StringComparison.Ordinal);
        Assert.Empty(Errors(Dsl.Pack(Dsl.Rule("scope clause where genre is not op-ed and genre is not speech\nmatch /x/"))));
    }

    [Fact]
    public void Clause_scope_matches_only_the_clauses_that_pass()
    {
        var pack = Dsl.CompileOk(Dsl.Pack(Dsl.Rule("""
            scope clause where voice is narrator and person is first
            match /(?i)\bje\b[^,.]*/
            """)));
        Assert.Single(Dsl.Analyze(pack, "Titre\n\nJe pense que le projet est bon."));
        Assert.Empty(Dsl.Analyze(pack, "Titre\n\n« Je pense que le projet est bon », a dit le maire."));
        Assert.Empty(Dsl.Analyze(pack, "Titre\n\nJe pense que le projet est bon, a résumé une habitante."));
    }

    [Fact]
    public void Genre_condition_spares_an_op_ed()
    {
        var pack = Dsl.CompileOk(Dsl.Pack(Dsl.Rule("""
            scope paragraph where voice is narrator and person is first-singular and genre is not op-ed
            match /(?i)\bje\b/
            """)));
        Assert.Single(Dsl.Analyze(pack, "Le pont rouvre\n\nLe pont a rouvert lundi.\n\nJe pense que c’est bien.\n\nLes travaux ont duré deux ans."));
        Assert.Empty(Dsl.Analyze(pack, "Tribune : le pont\n\nJe suis maire depuis neuf ans.\n\nJe reçois des familles.\n\nJe pense que c’est bien."));
    }

    [Fact]
    public void Addressed_block_condition_spares_a_document_that_speaks_to_its_reader_throughout()
    {
        var pack = Dsl.CompileOk(Dsl.Pack(Dsl.Rule("""
            scope sentence where voice is narrator and person is second and block is not addressed
            match /(?s)\A.*\S/
            """)));
        Assert.Single(Dsl.Analyze(pack, "Le pont rouvre\n\nLe pont a rouvert lundi. Si vous tenez à la ville, vous devriez aller le voir."));
        Assert.Empty(Dsl.Analyze(pack, "Le pont rouvre\n\nVous trouverez les contacts ci-dessous. Vous devez d’abord vous inscrire. Vous pourrez ensuite déposer votre demande en ligne."));
    }

    [Fact]
    public void Source_condition_tells_an_unquoted_incise_from_a_quotation()
    {
        var pack = Dsl.CompileOk(Dsl.Pack(Dsl.Rule("""
            scope sentence outside quotes where source is closing-incise and person is first
            match /(?s).+/
            """)));
        Assert.Single(Dsl.Analyze(pack, "Titre\n\nJe demande l’ouverture de négociations, a conclu la syndicaliste.\n\nLa réunion a duré deux heures."));
        Assert.Empty(Dsl.Analyze(pack, "Titre\n\n« Je demande l’ouverture de négociations », a conclu la syndicaliste.\n\nLa réunion a duré deux heures."));
        Assert.Empty(Dsl.Analyze(pack, "Titre\n\nLa syndicaliste a demandé l’ouverture de négociations, a-t-on appris.\n\nLa réunion a duré deux heures."));
        Assert.Empty(Dsl.Analyze(pack, "Titre\n\nSelon la syndicaliste, je dois attendre.\n\nLa réunion a duré deux heures."));
    }

    [Fact]
    public void Stance_condition_keeps_one_kind_of_first_person_narrator()
    {
        var pack = Dsl.CompileOk(Dsl.Pack(Dsl.Rule("""
            scope sentence where voice is narrator and person is first and stance is opinion
            match /(?i)\b(?:je|j’)/
            """)));
        Assert.Single(Dsl.Analyze(pack, "Titre\n\nJe trouve ce projet regrettable."));
        Assert.Empty(Dsl.Analyze(pack, "Titre\n\nJ’ai vu la foule envahir la place."));
        Assert.Empty(Dsl.Analyze(pack, "Titre\n\nNicole Belloubet, ministre : j’ai félicité les lauréats."));
        Assert.Empty(Dsl.Analyze(pack, "Titre\n\nJe vous signale que le pont est fermé."));
    }

    [Theory]
    [InlineData("paragraph")]
    [InlineData("document")]
    public void Leak_condition_outside_a_sentence_scope_is_DSL0045(string scope)
    {
        var error = Dsl.Single(Errors(Dsl.Pack(Dsl.Rule($"scope {scope} where leak is opinion\nmatch /x/"))), "DSL0045");
        Assert.Equal($"'leak is opinion' reads one sentence; use scope sentence or clause, not {scope}", error.Message);
        Assert.Empty(Errors(Dsl.Pack(Dsl.Rule("scope clause where voice is narrator and leak is not opinion\nmatch /x/"))));
    }

    [Fact]
    public void Leak_condition_asks_the_learned_model_after_the_other_conditions()
    {
        var pack = Dsl.CompileOk(Dsl.Pack(Dsl.Rule("""
            scope sentence outside quotes where voice is narrator and person is not third and leak is witness
            match /(?s)\A.*\S/
            """)));
        const string Witness = "Incendie rue Victor-Hugo\n\nLes pompiers sont intervenus vers 23 heures. J’étais sur le trottoir d’en face quand le toit s’est effondré.";
        var flagged = Assert.Single(Dsl.Analyze(pack, Witness));
        Assert.StartsWith("J’étais", Witness[flagged.Location.SourceSpan.Start..], StringComparison.Ordinal);
        Assert.Empty(Dsl.Analyze(pack, "Incendie rue Victor-Hugo\n\nLes pompiers sont intervenus vers 23 heures, selon la préfecture."));
        Assert.Empty(Dsl.Analyze(pack, "Incendie rue Victor-Hugo\n\n« J’étais sur le trottoir d’en face quand le toit s’est effondré », a raconté une voisine."));
    }

    [Fact]
    public void Near_miss_names_are_corrected_and_official_variants_kept()
    {
        var pack = Dsl.CompileOk(Dsl.Pack(Dsl.Rule("""
            scope sentence anywhere
            match entity person near-miss
            fix "Écrire la graphie officielle" => "{canonical_name(match)}"
            example "Le président Emmanuel Macorn a parlé." => "Le président Emmanuel Macron a parlé."
            clean "Le président Volodymyr Zelenskyy a parlé."
            """)));
        Assert.Single(Dsl.Analyze(pack, "Titre\n\nLe président ukrainien Volodymyr Zelenksy a parlé."));
        Assert.Empty(Dsl.Analyze(pack, "Titre\n\nVolodymyr Zelenskyy et Volodymyr Zelensky ont parlé."));
    }

    [Fact]
    public void Speaker_functions_take_the_speaker_as_a_second_argument()
    {
        var pack = Dsl.CompileOk(Dsl.Pack(Dsl.Rule("""
            scope sentence anywhere
            match /\AEn tant que (?<role>[^,]+), (?<speaker>\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+), j’(?<verb>ai)(?<rest>[^.]*)/
            fix "Rétablir" => "{office_holder(role, speaker)}, {third_person(verb)}{third_person_possessive(rest, speaker)}"
            example "En tant que ministre de la Culture, Rachida Dati, j’ai reçu mes homologues." => "La ministre de la Culture, Rachida Dati, a reçu ses homologues."
            example "En tant que ministre des Sports, Dominique Larrieu, j’ai reçu les fédérations." => "Dominique Larrieu, ministre des Sports, a reçu les fédérations."
            """)));
        Assert.Single(Dsl.Analyze(pack, "Titre\n\nEn tant que présidente, Carole Delga, j’ai signé."));
    }

    [Fact]
    public void Reported_past_shifts_the_reported_verb_back()
    {
        var pack = Dsl.CompileOk(Dsl.Pack(Dsl.Rule("""
            scope sentence anywhere
            match /(?<lead>(?<who>\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+) said )I (?<verb>\p{Ll}+)(?<rest>[^.]*)/
            fix "Report" => "{lead}{subject_pronoun(who)} {reported_past(verb)}{third_person_possessive(rest, who)}"
            example "Mark Harper said I am delighted with my team." => "Mark Harper said he was delighted with his team."
            example "Michelle Donelan said I will publish the review." => "Michelle Donelan said she would publish the review."
            """), "en"));
        Assert.Equal("Title\n\nMark Harper said he had asked the regulator to act.", Dsl.FixAll(pack, "Title\n\nMark Harper said I have asked the regulator to act.", "en"));
    }

    [Fact]
    public void Date_at_end_finds_trailing_metadata_under_a_sign_off()
    {
        var pack = Dsl.CompileOk(Dsl.Pack(Dsl.Rule("""
            scope document
            match date at end
            fix "Supprimer" => delete line
            """)));
        var diagnostic = Assert.Single(Dsl.Analyze(pack, "Titre\n\nLe trafic reprendra.\n\nPublié le jeudi 13 juin 2024 à 21h07\n\nN’hésitez pas à me demander une autre version."));
        Assert.Equal(5, diagnostic.Location.LineSpan.Start.Line + 1);
    }
}
