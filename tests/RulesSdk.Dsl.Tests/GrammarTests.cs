using RulesSdk.Dsl.Syntax;

namespace RulesSdk.Dsl.Tests;

public class GrammarTests
{
    private const string Full = """
        # A full pack: every construct of the reference.
        pack news.fr "Persona leakage in French paraphrased news"
        language fr                      # French only
        help "https://example.org/rules/{id}.md"
        import "names.rules"
        list reporting_verbs = "plaidé" "déclaré"
            "affirmé"
        list wrong_names from "wrong-names.txt"

        rule PL0001 first-person-attribution
          title       "Named speaker written in the first person"
          message     "{speaker} speaks in the first person outside quotation marks"
          severity    error
          category    attribution
          description "A named speaker is written as the narrator …"
          help        "https://x.org/PL0001"
          tags        persona, attribution, "two words"
          enabled     false
          scope       sentence outside quotes first in paragraph
          language    fr
          when option voice is not "first-person"
          when option kind is "news"
          match       /\bMoi,\s+(?<speaker>[A-Z]\w+)\/x @reporting_verbs \@/imsx
          unless      phrase "a déclaré" | @reporting_verbs
          fix         "Restore" => "{speaker}, {third_person(verb)}"
          fix         "Replace the speaker" => replace speaker with "{upper(speaker)}"
          suggest     "Delete the sentence" => delete sentence
          suggest     "Delete it" => delete match then capitalize next
          example     "Moi, Jens, j’ai plaidé."
                   => "Jens a plaidé."
          example     "Moi, Jens."
          clean       "« J’ai plaidé », a déclaré Jens."
        end

        rule PL0002 tokens-rule
          title "t" message "m"
          scope paragraph inside quotes last
          match tokens ("je" | "j’") ("suis" | "ai" "été") skip(0..3) who=Cap+ lower? word{1,3} number any @reporting_verbs "en tant que"
        end

        rule PL0003 checks
          title "t" message "m" scope document anywhere first
          match repeated block first
        end

        rule PL0004 checks-two
          title "t" message "m" scope document
          match repeated block
        end

        rule PL0005 trailing
          title "t" message "m" scope line last
          match trailing metadata
        end

        rule PL0006 lower
          title "t" message "m" scope heading
          match lowercase after stop
          fix "x" => delete paragraph
          fix "y" => delete block
          fix "z" => delete line
        end
        """;

    [Fact]
    public void Full_reference_pack_parses_without_errors()
    {
        var (file, diagnostics) = Dsl.Parse(Full);
        Assert.Empty(diagnostics);
        Assert.Equal(12, file.Items.Length);
        var header = Assert.IsType<PackHeader>(file.Items[0]);
        Assert.Equal("news.fr", header.Id);
        Assert.Equal("Persona leakage in French paraphrased news", header.Title);
        Assert.Equal(2, header.Position.Line);
        Assert.Equal(1, header.Position.Column);
        Assert.Equal("fr", Assert.IsType<PackLanguage>(file.Items[1]).Language);
        Assert.Equal("https://example.org/rules/{id}.md", Assert.IsType<PackHelp>(file.Items[2]).Template);
        Assert.Equal("names.rules", Assert.IsType<ImportDeclaration>(file.Items[3]).RelativePath);
        var inline = Assert.IsType<ListDeclaration>(file.Items[4]);
        Assert.Equal("reporting_verbs", inline.Name);
        Assert.Equal<string>(["plaidé", "déclaré", "affirmé"], inline.Entries);
        Assert.Null(inline.FromFile);
        var fromFile = Assert.IsType<ListDeclaration>(file.Items[5]);
        Assert.Equal("wrong-names.txt", fromFile.FromFile);
        Assert.Empty(fromFile.Entries);
    }

    [Fact]
    public void Rule_clauses_are_all_read()
    {
        var (file, _) = Dsl.Parse(Full);
        var rule = Assert.IsType<RuleDeclaration>(file.Items[6]);
        Assert.Equal("PL0001", rule.Id);
        Assert.Equal("first-person-attribution", rule.Name);
        Assert.Equal(10, rule.Position.Line);
        var texts = rule.Clauses.OfType<TextClause>().ToDictionary(t => t.Keyword, t => t.Value);
        Assert.Equal("Named speaker written in the first person", texts["title"]);
        Assert.Equal("error", texts["severity"]);
        Assert.Equal("attribution", texts["category"]);
        Assert.Equal("A named speaker is written as the narrator …", texts["description"]);
        Assert.Equal("https://x.org/PL0001", texts["help"]);
        Assert.Equal("false", texts["enabled"]);
        Assert.Equal("fr", texts["language"]);
        Assert.Equal<string>(["persona", "attribution", "two words"], rule.Clauses.OfType<TagsClause>().Single().Tags);
        var scope = rule.Clauses.OfType<ScopeClause>().Single();
        Assert.Equal("sentence", scope.Kind);
        Assert.Equal<string>(["outside quotes", "first in paragraph"], scope.Filters);
        var options = rule.Clauses.OfType<OptionClause>().ToList();
        Assert.Equal(new OptionClause("voice", true, "first-person", options[0].Position), options[0]);
        Assert.Equal(new OptionClause("kind", false, "news", options[1].Position), options[1]);
        var matches = rule.Clauses.OfType<MatchClause>().ToList();
        var regex = Assert.IsType<RegexMatcherSyntax>(matches[0].Matcher);
        Assert.Equal(@"\bMoi,\s+(?<speaker>[A-Z]\w+)/x @reporting_verbs \@", regex.Pattern);
        Assert.Equal("imsx", regex.Flags);
        Assert.False(matches[0].IsUnless);
        Assert.True(matches[1].IsUnless);
        var phrase = Assert.IsType<PhraseMatcherSyntax>(matches[1].Matcher);
        Assert.Equal([("a déclaré", false), ("reporting_verbs", true)], phrase.Items.Select(i => (i.Value, i.IsList)));
        var fixes = rule.Clauses.OfType<FixClause>().ToList();
        Assert.Equal(4, fixes.Count);
        Assert.Equal(new ReplaceFixSyntax(null, "{speaker}, {third_person(verb)}", fixes[0].Action.Position), fixes[0].Action);
        Assert.False(fixes[0].IsSuggestion);
        Assert.Equal(new ReplaceFixSyntax("speaker", "{upper(speaker)}", fixes[1].Action.Position), fixes[1].Action);
        Assert.True(fixes[2].IsSuggestion);
        Assert.Equal(new DeleteFixSyntax("sentence", false, fixes[2].Action.Position), fixes[2].Action);
        Assert.Equal(new DeleteFixSyntax("match", true, fixes[3].Action.Position), fixes[3].Action);
        var examples = rule.Clauses.OfType<ExampleClause>().ToList();
        Assert.Equal(("Moi, Jens, j’ai plaidé.", "Jens a plaidé.", false), (examples[0].Input, examples[0].Output, examples[0].IsClean));
        Assert.Equal(("Moi, Jens.", (string?)null, false), (examples[1].Input, examples[1].Output, examples[1].IsClean));
        Assert.Equal(("« J’ai plaidé », a déclaré Jens.", (string?)null, true), (examples[2].Input, examples[2].Output, examples[2].IsClean));
    }

    [Fact]
    public void Token_sequences_read_literals_lists_groups_skip_classes_quantifiers_and_captures()
    {
        var (file, _) = Dsl.Parse(Full);
        var rule = Assert.IsType<RuleDeclaration>(file.Items[7]);
        Assert.Equal<string>(["inside quotes", "last"], rule.Clauses.OfType<ScopeClause>().Single().Filters);
        var tokens = Assert.IsType<TokenMatcherSyntax>(rule.Clauses.OfType<MatchClause>().Single().Matcher);
        var sequence = Assert.IsType<SequenceTokenSyntax>(tokens.Pattern);
        Assert.Equal(10, sequence.Items.Length);
        var first = Assert.IsType<AlternationTokenSyntax>(sequence.Items[0]);
        Assert.Equal<string>(["je", "j’"], first.Alternatives.Select(a => Assert.IsType<LiteralTokenSyntax>(a).Text));
        var second = Assert.IsType<AlternationTokenSyntax>(sequence.Items[1]);
        Assert.IsType<LiteralTokenSyntax>(second.Alternatives[0]);
        Assert.Equal(2, Assert.IsType<SequenceTokenSyntax>(second.Alternatives[1]).Items.Length);
        var skip = Assert.IsType<SkipTokenSyntax>(sequence.Items[2]);
        Assert.Equal((0, 3), (skip.Min, skip.Max));
        var capture = Assert.IsType<CaptureTokenSyntax>(sequence.Items[3]);
        Assert.Equal("who", capture.Name);
        var plus = Assert.IsType<RepeatTokenSyntax>(capture.Item);
        Assert.Equal(("Cap", 1, 8), (Assert.IsType<ClassTokenSyntax>(plus.Item).ClassName, plus.Min, plus.Max));
        var optional = Assert.IsType<RepeatTokenSyntax>(sequence.Items[4]);
        Assert.Equal(("lower", 0, 1), (Assert.IsType<ClassTokenSyntax>(optional.Item).ClassName, optional.Min, optional.Max));
        var bounded = Assert.IsType<RepeatTokenSyntax>(sequence.Items[5]);
        Assert.Equal(("word", 1, 3), (Assert.IsType<ClassTokenSyntax>(bounded.Item).ClassName, bounded.Min, bounded.Max));
        Assert.Equal("number", Assert.IsType<ClassTokenSyntax>(sequence.Items[6]).ClassName);
        Assert.Equal("any", Assert.IsType<ClassTokenSyntax>(sequence.Items[7]).ClassName);
        Assert.Equal("reporting_verbs", Assert.IsType<ListTokenSyntax>(sequence.Items[8]).Name);
        Assert.Equal("en tant que", Assert.IsType<LiteralTokenSyntax>(sequence.Items[9]).Text);
    }

    [Fact]
    public void Checks_and_scopes_parse()
    {
        var (file, _) = Dsl.Parse(Full);
        var rules = file.Items.OfType<RuleDeclaration>().ToList();
        Assert.Equal("repeated block first", Assert.IsType<CheckMatcherSyntax>(rules[2].Clauses.OfType<MatchClause>().Single().Matcher).Check);
        Assert.Equal<string>(["anywhere", "first"], rules[2].Clauses.OfType<ScopeClause>().Single().Filters);
        Assert.Equal("repeated block", Assert.IsType<CheckMatcherSyntax>(rules[3].Clauses.OfType<MatchClause>().Single().Matcher).Check);
        Assert.Equal("trailing metadata", Assert.IsType<CheckMatcherSyntax>(rules[4].Clauses.OfType<MatchClause>().Single().Matcher).Check);
        Assert.Equal("line", rules[4].Clauses.OfType<ScopeClause>().Single().Kind);
        Assert.Equal("lowercase after stop", Assert.IsType<CheckMatcherSyntax>(rules[5].Clauses.OfType<MatchClause>().Single().Matcher).Check);
        Assert.Equal("heading", rules[5].Clauses.OfType<ScopeClause>().Single().Kind);
        Assert.Equal<string>(["paragraph", "block", "line"], rules[5].Clauses.OfType<FixClause>().Select(f => ((DeleteFixSyntax)f.Action).Target));
    }

    [Theory]
    [InlineData("match repeated block", "repeated block")]
    [InlineData("match repeated block first", "repeated block first")]
    [InlineData("match repeated block last", "repeated block last")]
    [InlineData("match repeated block inside", "repeated block inside")]
    [InlineData("match repeated block opening", "repeated block opening")]
    [InlineData("match repeated block first near", "repeated block first near")]
    [InlineData("match repeated block last near", "repeated block last near")]
    [InlineData("match repeated block inside near", "repeated block inside near")]
    [InlineData("match repeated block opening near", "repeated block opening near")]
    [InlineData("match repeated block reworded", "repeated block reworded")]
    [InlineData("match repeated phrase", "repeated phrase")]
    public void Repeated_block_takes_first_or_last(string match, string check)
    {
        // "near" follows a position; "reworded" stands alone.
        var (file, diagnostics) = Dsl.Parse("rule PL0001 r\n  title \"t\" message \"m\" scope document\n  " + match + "\nend\n");
        Assert.Empty(diagnostics);
        var rule = file.Items.OfType<RuleDeclaration>().Single();
        Assert.Equal(check, Assert.IsType<CheckMatcherSyntax>(rule.Clauses.OfType<MatchClause>().Single().Matcher).Check);
    }

    [Theory]
    [InlineData("document")]
    [InlineData("block")]
    [InlineData("paragraph")]
    [InlineData("heading")]
    [InlineData("sentence")]
    [InlineData("line")]
    public void Every_scope_kind_parses(string kind)
    {
        var (file, diagnostics) = Dsl.Parse(Dsl.Rule($"scope {kind}\nmatch /x/"));
        Assert.Empty(diagnostics);
        Assert.Equal(kind, file.Items.OfType<RuleDeclaration>().Single().Clauses.OfType<ScopeClause>().Single().Kind);
    }

    [Theory]
    [InlineData(@"""a\""b""", "a\"b")]
    [InlineData(@"""a\\b""", "a\\b")]
    [InlineData(@"""a\nb""", "a\nb")]
    [InlineData(@"""a\tb""", "a\tb")]
    [InlineData(@"""a\u00A0b""", "a\u00A0b")]
    [InlineData(@"""a\u{1F600}b""", "a\U0001F600b")]
    [InlineData(@"""a\u{A0}b""", "a\u00A0b")]
    [InlineData("\"’ « » \u00A0\u202F\"", "’ « » \u00A0\u202F")]
    [InlineData("\"\"\"line one\n  \"quoted\" \\n raw\r\nline three\"\"\"", "line one\n  \"quoted\" \\n raw\nline three")]
    public void Strings_and_escapes(string literal, string expected)
    {
        var (file, diagnostics) = Dsl.Parse(Dsl.Rule($"title {literal}\nmatch /x/"));
        Assert.Empty(diagnostics);
        var title = file.Items.OfType<RuleDeclaration>().Single().Clauses.OfType<TextClause>().Single(t => t.Keyword == "title");
        Assert.Equal(expected, title.Value);
    }

    [Fact]
    public void Regex_slash_escape_and_flags()
    {
        var (file, diagnostics) = Dsl.Parse(Dsl.Rule(@"match /a\/b\d/ix"));
        Assert.Empty(diagnostics);
        var regex = Assert.IsType<RegexMatcherSyntax>(file.Items.OfType<RuleDeclaration>().Single().Clauses.OfType<MatchClause>().Single().Matcher);
        Assert.Equal(@"a/b\d", regex.Pattern);
        Assert.Equal("ix", regex.Flags);
    }

    [Fact]
    public void Clauses_may_continue_on_the_next_line_and_comments_anywhere()
    {
        var text = "rule PL0001 test-rule # comment\n  title\n    \"T\" # c\n  message \"M\"\n  scope\n sentence\n  match\n  /x/ # trailing\n# full line\nend # done\n";
        var (file, diagnostics) = Dsl.Parse(text);
        Assert.Empty(diagnostics);
        Assert.Equal(4, file.Items.OfType<RuleDeclaration>().Single().Clauses.Length);
    }

    // ---- errors ----

    [Fact]
    public void Unknown_clause_keyword_is_reported_at_its_position()
    {
        var (_, diagnostics) = Dsl.Parse("rule PL0001 test-rule\n  title \"T\"\n  colour \"red\"\nend\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal("DSL0001", error.Id);
        Assert.Equal((3, 3), (error.Line, error.Column));
        Assert.Contains("expected", error.Message, StringComparison.Ordinal);
        Assert.Contains("'title'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'end'", error.Message, StringComparison.Ordinal);
        Assert.Contains("found 'colour'", error.Message, StringComparison.Ordinal);
        Assert.Equal("  colour \"red\"", error.SourceLine);
    }

    [Fact]
    public void Missing_end_is_DSL0012_at_the_next_rule()
    {
        var (file, diagnostics) = Dsl.Parse("rule PL0001 test-rule\n  title \"T\"\nrule PL0002 other\n  title \"U\"\nend\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal("DSL0012", error.Id);
        Assert.Equal((3, 1), (error.Line, error.Column));
        Assert.Equal("expected 'end' after rule PL0001", error.Message);
        Assert.Equal(2, file.Items.OfType<RuleDeclaration>().Count());
    }

    [Fact]
    public void Missing_end_at_end_of_file()
    {
        var (_, diagnostics) = Dsl.Parse("rule PL0001 test-rule\n  title \"T\"\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal("DSL0012", error.Id);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Unterminated_string_is_reported_at_the_line_end()
    {
        var (_, diagnostics) = Dsl.Parse("rule PL0001 test-rule\n  title \"Never closed\n  message \"M\"\nend\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal("DSL0001", error.Id);
        Assert.Equal(2, error.Line);
        Assert.Equal(22, error.Column); // the line break after the last character
        Assert.Contains("closing '\"'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_severity_word_says_what_was_expected()
    {
        var (_, diagnostics) = Dsl.Parse("rule PL0001 test-rule\n  severity fatal\nend\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal("DSL0001", error.Id);
        Assert.Equal((2, 12), (error.Line, error.Column));
        Assert.Equal("expected error, warning, info or hidden, found 'fatal'", error.Message);
    }

    [Fact]
    public void Several_errors_are_all_reported()
    {
        var text = "pack p \"P\"\nbogus statement\nrule PL0001 test-rule\n  severity fatal\n  colour red\n  title \"ok\"\n  scope galaxy\nend\nlist = \"x\"\n";
        var (file, diagnostics) = Dsl.Parse(text);
        Assert.Equal(
            [(2, 1), (4, 12), (5, 3), (7, 9), (9, 6)],
            diagnostics.Select(d => (d.Line, d.Column)));
        Assert.All(diagnostics, d => Assert.Equal("DSL0001", d.Id));
        Assert.Contains("found 'galaxy'", diagnostics[3].Message, StringComparison.Ordinal);
        Assert.Contains("document, block, paragraph, sentence, clause, line, heading, list or blockquote", diagnostics[3].Message, StringComparison.Ordinal);
        // Recovery keeps the good clause.
        Assert.Single(file.Items.OfType<RuleDeclaration>().Single().Clauses);
    }

    [Fact]
    public void Bad_fix_action_says_what_was_expected()
    {
        var (_, diagnostics) = Dsl.Parse("rule PL0001 test-rule\n  fix \"T\" => erase match\nend\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal((2, 14), (error.Line, error.Column));
        Assert.Equal("expected a string, 'replace', 'delete' or 'restore', found 'erase'", error.Message);
    }

    [Fact]
    public void Diagnostic_display_has_caret_under_column()
    {
        var (_, diagnostics) = Dsl.Parse("rule PL0001 test-rule\n  severity fatal\nend\n");
        Assert.Equal(
            "/rules/test.rules(2,12): error DSL0001: expected error, warning, info or hidden, found 'fatal'\n      severity fatal\n               ^",
            diagnostics[0].ToDisplayString());
    }
}
