namespace RulesSdk.Dsl.Tests;

public class BinderTests
{
    private static List<DslDiagnostic> Errors(string text, Dictionary<string, string>? files = null) => Dsl.Bind(text, files).Diagnostics;

    [Fact]
    public void Valid_rule_binds_without_errors()
    {
        var (pack, diagnostics) = Dsl.Bind(Dsl.Pack("list v = \"ai\" \"suis\"\n" + Dsl.Rule("match /(?<x>@v)/\nfix \"F\" => \"{x}\"")));
        Assert.Empty(diagnostics);
        var rule = Assert.Single(pack.Rules);
        Assert.Equal("test.pack", pack.Id);
        Assert.Equal("fr", rule.Language);
        Assert.Equal(["x"], rule.Matcher.Captures.ToArray());
    }

    [Fact]
    public void Unknown_list_in_regex_points_at_the_at_sign()
    {
        var error = Dsl.Single(Errors("list verbs = \"a\"\n" + Dsl.Rule("match /ab @verb c/")), "DSL0002");
        Assert.Equal((6, 11), (error.Line, error.Column));
        Assert.Equal("unknown list '@verb' in regex (did you mean '@verbs'?)", error.Message);
    }

    [Fact]
    public void Escaped_at_sign_in_regex_is_not_a_list()
    {
        var (pack, diagnostics) = Dsl.Bind(Dsl.Rule(@"match /a\@b/"));
        Assert.Empty(diagnostics);
        Assert.Equal("a@b", ((Binding.BoundRegexMatcher)pack.Rules[0].Matcher).Pattern);
    }

    [Fact]
    public void Unknown_list_in_tokens_and_phrase()
    {
        var tokens = Dsl.Single(Errors(Dsl.Rule("match tokens \"a\" @nope")), "DSL0002");
        Assert.Equal((5, 18), (tokens.Line, tokens.Column));
        Assert.Equal("unknown list '@nope' (no list is declared)", tokens.Message);
        var phrase = Dsl.Single(Errors(Dsl.Rule("match phrase \"a\" | @nope")), "DSL0002");
        Assert.Equal((5, 20), (phrase.Line, phrase.Column));
    }

    [Theory]
    [InlineData("message \"{who} said\"\nmatch /(?<speaker>x)/", "message uses capture '{who}' but the pattern has captures 'speaker'")]
    [InlineData("match /x/\nfix \"F\" => \"{who}\"", "fix template uses capture '{who}' but the pattern has no named captures")]
    [InlineData("match /x/\nfix \"F\" => replace who with \"y\"", "fix replaces capture 'who' but the pattern has no named captures")]
    [InlineData("match tokens a=\"x\"\nfix \"F\" => \"{upper(b)}\"", "fix template uses capture '{b}' but the pattern has captures 'a'")]
    public void Unknown_capture_is_DSL0003(string clauses, string message)
    {
        var error = Dsl.Single(Errors(Dsl.Rule(clauses)), "DSL0003");
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Match_capture_is_always_known()
    {
        Assert.Empty(Errors(Dsl.Rule("message \"{match}!\"\nmatch /x/\nfix \"F\" => \"{capitalize(match)}\"")));
    }

    [Fact]
    public void Duplicate_rule_id_is_DSL0004_case_insensitive()
    {
        var error = Dsl.Single(Errors(Dsl.Rule("match /x/") + Dsl.Rule("match /y/", id: "pl0001", name: "other")), "DSL0004");
        Assert.Equal((7, 1), (error.Line, error.Column));
        Assert.Equal("duplicate rule id 'pl0001' (first declared at /rules/test.rules(1,1))", error.Message);
    }

    [Fact]
    public void Invalid_regex_has_the_dotnet_message_and_a_column_inside_the_regex()
    {
        var error = Dsl.Single(Errors(Dsl.Rule("match /ab[c/")), "DSL0005");
        Assert.StartsWith("invalid regex: Invalid pattern 'ab[c' at offset 4. Unterminated [] set.", error.Message, StringComparison.Ordinal);
        Assert.Equal(5, error.Line);
        // "match /ab[c/": the regex occupies columns 8..11.
        Assert.InRange(error.Column, 8, 12);
        Assert.Equal(11, error.Column);
    }

    [Fact]
    public void Unknown_function_is_DSL0006()
    {
        var error = Dsl.Single(Errors(Dsl.Rule("match /(?<v>x)/\nfix \"F\" => \"{shout(v)}\"")), "DSL0006");
        Assert.StartsWith("unknown function 'shout' (known: antecedent_subject, canonical_name, capitalize, lower, office_holder, passe_compose", error.Message, StringComparison.Ordinal);
        Assert.Equal((6, 12), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("{office_holder(v)}", "'office_holder' takes 2 arguments, not 1")]
    [InlineData("{upper(v, v)}", "'upper' takes 1 argument, not 2")]
    [InlineData("{capitalize(subject_pronoun(v, v))} {lower(third_person(v, v))}", "'third_person' takes 1 argument, not 2")]
    public void Wrong_number_of_arguments_is_DSL0006(string template, string message)
    {
        var error = Dsl.Single(Errors(Dsl.Rule($"match /(?<v>x)/\nfix \"F\" => \"{template}\"")), "DSL0006");
        Assert.Equal("fix template: function " + message, error.Message);
    }

    [Fact]
    public void Wrong_number_of_arguments_in_a_fix_title_is_DSL0006()
    {
        var error = Dsl.Single(Errors(Dsl.Rule("match /(?<v>x)/\nfix \"Use {lower(v, v)}\" => \"{v}\"")), "DSL0006");
        Assert.Equal("fix title: function 'lower' takes 1 argument, not 2", error.Message);
    }

    [Fact]
    public void Function_in_message_is_DSL0006()
    {
        Dsl.Single(Errors(Dsl.Rule("message \"{upper(v)}\"\nmatch /(?<v>x)/")), "DSL0006");
    }

    [Theory]
    [InlineData("title")]
    [InlineData("message")]
    [InlineData("scope")]
    [InlineData("match")]
    public void Missing_required_clause_is_DSL0010(string missing)
    {
        var clauses = new Dictionary<string, string> { ["title"] = "title \"T\"", ["message"] = "message \"M\"", ["scope"] = "scope sentence", ["match"] = "match /x/" };
        clauses.Remove(missing);
        var error = Dsl.Single(Errors("rule PL0001 test-rule\n" + string.Join("\n", clauses.Values) + "\nend\n"), "DSL0010");
        Assert.Equal($"rule PL0001 has no '{missing}' clause", error.Message);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    [Fact]
    public void List_file_not_found_is_DSL0011()
    {
        var error = Dsl.Single(Errors("list names from \"missing.txt\"\n"), "DSL0011");
        Assert.Equal("list file 'missing.txt' not found (looked for /rules/missing.txt)", error.Message);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    [Fact]
    public void List_file_is_read_relative_to_the_rule_file_ignoring_comments_and_blank_lines()
    {
        var (pack, diagnostics) = Dsl.Bind(
            "list names from \"data/names.txt\"\n" + Dsl.Rule("match phrase @names"),
            new() { ["/rules/data/names.txt"] = "# header\nAlice\r\n\n  Bob  \n# Carol\n" });
        Assert.Empty(diagnostics);
        Assert.Equal(["Alice", "Bob"], ((Binding.BoundPhraseMatcher)pack.Rules[0].Matcher).Phrases.ToArray());
    }

    [Fact]
    public void Import_not_found_is_DSL0011_at_the_import()
    {
        var compilation = Dsl.Compile("pack p \"P\"\n  import \"other.rules\"\n");
        var error = Dsl.Single(compilation.Diagnostics, "DSL0011");
        Assert.Equal("imported file 'other.rules' not found (looked for /rules/other.rules)", error.Message);
        Assert.Equal((2, 3), (error.Line, error.Column));
    }

    [Fact]
    public void Import_brings_lists_and_rules()
    {
        var pack = Dsl.CompileOk(
            "pack p \"P\"\nimport \"sub/more.rules\"\n" + Dsl.Rule("match phrase @shared"),
            new() { ["/rules/sub/more.rules"] = "list shared = \"bonjour\"\n" + Dsl.Rule("match /zzz/", id: "PL0002", name: "second") });
        Assert.Equal(["PL0001", "PL0002"], pack.Rules.Select(r => r.Id).Order().ToArray());
        Assert.Equal(["bonjour"], Dsl.Flagged(pack, "Il a dit bonjour."));
    }

    [Fact]
    public void Duplicate_list_is_DSL0013()
    {
        var error = Dsl.Single(Errors("list a = \"x\"\nlist a = \"y\"\n"), "DSL0013");
        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.Equal("duplicate list 'a'", error.Message);
    }

    [Theory]
    [InlineData("TestRule")]
    [InlineData("test_rule")]
    [InlineData("test-Rule")]
    [InlineData("test.rule")]
    public void Non_kebab_name_is_DSL0014(string name)
    {
        var error = Dsl.Single(Errors(Dsl.Rule("match /x/", name: name)), "DSL0014");
        Assert.Equal($"rule name '{name}' must be kebab-case (lower-case words joined by '-')", error.Message);
    }

    [Fact]
    public void Example_with_output_but_no_fix_is_DSL0016()
    {
        var error = Dsl.Single(Errors(Dsl.Rule("match /x/\nexample \"x\" => \"y\"")), "DSL0016");
        Assert.Equal((6, 1), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("scope sentence", "match repeated block", "'repeated block' needs 'document' scope (this rule's scope is sentence)")]
    [InlineData("scope paragraph", "match repeated block first", "'repeated block first' needs 'document' scope (this rule's scope is paragraph)")]
    [InlineData("scope sentence", "match repeated block last", "'repeated block last' needs 'document' scope (this rule's scope is sentence)")]
    [InlineData("scope paragraph", "match repeated block opening", "'repeated block opening' needs 'document' scope (this rule's scope is paragraph)")]
    [InlineData("scope sentence", "match trailing metadata", "'trailing metadata' needs 'line' scope (this rule's scope is sentence)")]
    [InlineData("scope paragraph first in paragraph", "match /x/", "'first in paragraph' applies to sentence scope only")]
    [InlineData("scope paragraph", "match /x/\nfix \"F\" => delete sentence", "'delete sentence' needs sentence scope (this rule's scope is paragraph)")]
    public void Wrong_scope_is_DSL0017(string scope, string match, string message)
    {
        var error = Dsl.Single(Errors(Dsl.Rule(scope + "\n" + match)), "DSL0017");
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("message \"{unclosed\"\nmatch /x/", "message: invalid template")]
    [InlineData("message \"a } b\"\nmatch /x/", "message: invalid template")]
    [InlineData("match /x/\nfix \"F\" => \"{upper(match}\"", "fix template: invalid template")]
    public void Bad_template_is_DSL0018(string clauses, string prefix)
    {
        var error = Dsl.Single(Errors(Dsl.Rule(clauses)), "DSL0018");
        Assert.StartsWith(prefix, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Literal_braces_are_fine_in_messages()
    {
        var (pack, diagnostics) = Dsl.Bind(Dsl.Rule("message \"{{x}} {match}\"\nmatch /x/"));
        Assert.Empty(diagnostics);
        Assert.Equal("{{x}} {0}", pack.Rules[0].MessageFormat);
    }

    [Theory]
    [InlineData("match tokens skip(3..1)", "skip(3..1): the bounds must satisfy min <= max <= 50")]
    [InlineData("match tokens skip(0..51)", "skip(0..51): the bounds must satisfy min <= max <= 50")]
    [InlineData("match tokens \"a\"{3,2}", "repetition {3,2}: the bounds must satisfy min <= max <= 50")]
    [InlineData("match tokens \"a\"{1,99}", "repetition {1,99}: the bounds must satisfy min <= max <= 50")]
    [InlineData("match tokens \"  \"", "an empty literal matches nothing")]
    public void Bad_bounds_are_DSL0019(string match, string message)
    {
        var error = Dsl.Single(Errors(Dsl.Rule(match)), "DSL0019");
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Two_pack_headers_are_DSL0020()
    {
        var error = Dsl.Single(Errors("pack a \"A\"\npack b \"B\"\n"), "DSL0020");
        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.Equal("the pack is already declared as 'a'; a pack has one 'pack' header", error.Message);
    }

    [Fact]
    public void Duplicate_text_clause_is_DSL0015()
    {
        Dsl.Single(Errors(Dsl.Rule("title \"A\"\ntitle \"B\"\nmatch /x/")), "DSL0015");
    }

    [Fact]
    public void Every_binder_error_of_a_file_is_reported()
    {
        var text = Dsl.Rule("match /@nope/", id: "PL0001") + Dsl.Rule("match /(/", id: "PL0002", name: "b") + Dsl.Rule("match /x/\nfix \"F\" => \"{zz}\"", id: "PL0003", name: "C");
        var ids = Errors(text).Select(d => d.Id).Order().ToArray();
        Assert.Equal(["DSL0002", "DSL0003", "DSL0005", "DSL0014"], ids);
    }

    // ---- examples, via RulePack.Compile ----

    [Fact]
    public void Example_not_flagged_is_DSL0007()
    {
        var compilation = Dsl.Compile(Dsl.Pack(Dsl.Rule("match /zut/\nexample \"Rien ici.\"")));
        var error = Dsl.Single(compilation.Diagnostics, "DSL0007");
        Assert.Equal("example of rule PL0001 fails: the example is not flagged", error.Message);
        Assert.Equal(8, error.Line);
        Assert.Null(compilation.Pack);
        Assert.False(compilation.Success);
        Assert.NotEmpty(compilation.GeneratedSources);
    }

    [Fact]
    public void Example_fixed_differently_is_DSL0008()
    {
        var compilation = Dsl.Compile(Dsl.Pack(Dsl.Rule("match /zut/\nfix \"F\" => \"flûte\"\nexample \"Oh zut.\" => \"Oh mince.\"")));
        var error = Dsl.Single(compilation.Diagnostics, "DSL0008");
        Assert.Equal("example of rule PL0001 fails: the fix gives \"Oh flûte.\"; expected \"Oh mince.\"", error.Message);
    }

    [Fact]
    public void Clean_case_flagged_is_DSL0009()
    {
        var compilation = Dsl.Compile(Dsl.Pack(Dsl.Rule("match /zut/\nclean \"Ah zut alors.\"")));
        var error = Dsl.Single(compilation.Diagnostics, "DSL0009");
        Assert.Equal("clean case of rule PL0001 fails: the clean case is flagged at column 4: Test message", error.Message);
    }

    [Fact]
    public void Passing_examples_compile()
    {
        var pack = Dsl.CompileOk(Dsl.Pack(Dsl.Rule("match /zut/\nfix \"F\" => \"flûte\"\nexample \"Oh zut.\" => \"Oh flûte.\"\nexample \"zut\"\nclean \"Oh là.\"")));
        Assert.Equal(3, pack.Rules[0].Examples.Length);
        Assert.All(RulePackTester.Run(pack), r => Assert.True(r.Passed, r.Failure));
    }

    [Fact]
    public void RunExamples_false_skips_the_cases()
    {
        var compilation = Dsl.Compile(Dsl.Pack(Dsl.Rule("match /zut/\nexample \"Rien ici.\"")), options: new RulePackOptions { UseCache = false, RunExamples = false });
        Assert.True(compilation.Success);
        var failed = Assert.Single(RulePackTester.Run(compilation.Pack!));
        Assert.False(failed.Passed);
    }
}

public class BinderMessageTests
{
    [Fact]
    public void Literal_braces_without_captures_show_single_braces()
    {
        var pack = Dsl.CompileOk(Dsl.Pack(Dsl.Rule("message \"Use {{x}} here\"\nmatch /zut/")));
        var diagnostic = Assert.Single(Dsl.Analyze(pack, "Il dit zut."));
        Assert.Equal("Use {x} here", diagnostic.GetMessage());
    }

    [Fact]
    public void Literal_braces_with_captures_show_single_braces()
    {
        var pack = Dsl.CompileOk(Dsl.Pack(Dsl.Rule("message \"{{{w}}}\"\nmatch /(?<w>zut)/")));
        Assert.Equal("{zut}", Assert.Single(Dsl.Analyze(pack, "Il dit zut.")).GetMessage());
    }

    [Theory]
    [InlineData("title \"   \"", "title")]
    [InlineData("category \"\"", "category")]
    public void Blank_title_or_category_is_a_DSL_error_not_a_load_crash(string clause, string keyword)
    {
        var compilation = Dsl.Compile(Dsl.Rule(clause + "\nmatch /x/"));
        var error = Dsl.Single(compilation.Diagnostics, "DSL0010");
        Assert.Equal($"rule PL0001 has an empty '{keyword}'", error.Message);
    }
}
