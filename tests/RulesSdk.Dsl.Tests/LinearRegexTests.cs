using RulesSdk.Dsl.Syntax;

namespace RulesSdk.Dsl.Tests;

/// <summary>
/// The <c>l</c> regex flag: the pattern runs on .NET's non-backtracking engine, in time linear in the
/// text (as RE2, which a Vale swap key like <c>(a+)+N</c> was written for); a pattern that needs
/// backtracking is DSL0047.
/// </summary>
public sealed class LinearRegexTests
{
    private static readonly string LongRunOfA = new('a', 50_000);

    private static RulePack Pack(string clauses, string language = "en") => Dsl.CompileOk(Dsl.Pack(Dsl.Rule(clauses), language));

    [Fact]
    public void The_l_flag_parses_beside_the_others()
    {
        var (file, diagnostics) = Dsl.Parse(Dsl.Pack(Dsl.Rule("match /a+/il")));

        Assert.Empty(diagnostics);
        var rule = file.Items.OfType<RuleDeclaration>().Single();
        Assert.Equal("il", Assert.IsType<RegexMatcherSyntax>(rule.Clauses.OfType<MatchClause>().Single().Matcher).Flags);
    }

    [Fact]
    public void A_catastrophic_pattern_flagged_l_answers_on_a_long_run_where_backtracking_times_out()
    {
        var linear = Pack("scope block\nmatch /(a+)+N/l");
        var backtracking = Pack("scope block\nmatch /(a+)+N/");

        Assert.DoesNotContain(Dsl.Analyze(linear, LongRunOfA + "!", "en"), d => d.Id == "DR0002");
        Assert.Contains(Dsl.Analyze(backtracking, LongRunOfA + "!", "en"), d => d.Id == "DR0002");
        Assert.Equal(["aaaN"], Dsl.Flagged(linear, "Then aaaN came.", "en"));
    }

    [Fact]
    public void A_pattern_flagged_l_finds_the_same_matches_and_captures()
    {
        const string clauses = """
            message "{who} {verb}"
            match /(?<who>\p{Lu}\p{Ll}+) (?<verb>said|told)|(?i:\bthe\s+\w+?s\b)/FLAGS
            example "Anna said so."
            clean "Nobody spoke."
            """;
        var linear = Pack(clauses.Replace("FLAGS", "l", StringComparison.Ordinal));
        var backtracking = Pack(clauses.Replace("FLAGS", string.Empty, StringComparison.Ordinal));
        const string text = "Anna said so. Then Bob told them. THE cats and the dogs left; Carl said.";

        var expected = Dsl.Analyze(backtracking, text, "en").Select(d => (d.Location.SourceSpan, d.GetMessage())).ToList();
        Assert.Equal(5, expected.Count);
        Assert.Equal(expected, Dsl.Analyze(linear, text, "en").Select(d => (d.Location.SourceSpan, d.GetMessage())));
    }

    [Theory]
    [InlineData(@"x(?=y)", "positive lookahead")]
    [InlineData(@"(?<=x)y", "positive lookbehind")]
    [InlineData(@"x(?!y)", "negative lookahead")]
    [InlineData(@"(?<word>\w+) \k<word>", "backreference")]
    [InlineData(@"(?>a+)b", "atomic")]
    [InlineData(@"(?(x)y|z)", "conditional")]
    public void A_pattern_that_needs_backtracking_is_DSL0047_naming_the_construct(string pattern, string construct)
    {
        var error = Dsl.Single(Dsl.Compile(Dsl.Pack(Dsl.Rule($"match /{pattern}/l"))).Diagnostics, "DSL0047");

        Assert.Contains("the l flag runs the pattern in linear time", error.Message, StringComparison.Ordinal);
        Assert.Contains(construct, error.Message, StringComparison.Ordinal);
        Assert.Contains("drop the flag, or rewrite the pattern", error.Message, StringComparison.Ordinal);
        Assert.Equal(7, error.Line);
    }

    [Fact]
    public void A_pattern_too_large_for_the_engine_is_DSL0047()
    {
        var error = Dsl.Single(Dsl.Compile(Dsl.Pack(Dsl.Rule("match /(?:a{1000}){100}/l"))).Diagnostics, "DSL0047");

        Assert.Contains("its automaton could reach 100001 nodes, over the engine's limit of 10000", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("match tokens \"he\" /(?<=h)e/l")]
    [InlineData("match swap /x(?!y)/l => \"z\"")]
    [InlineData("match /a/\nunless /(?<=b)a/l")]
    [InlineData("match occurrence /(a)\\1/l max 3")]
    [InlineData("match repetition /(?>a)/l")]
    [InlineData("match conditional /x/ requires /(?=y)/l")]
    public void Every_kind_of_regex_checks_the_flag(string clauses)
    {
        Dsl.Single(Dsl.Compile(Dsl.Pack(Dsl.Rule(clauses))).Diagnostics, "DSL0047");
    }

    [Fact]
    public void The_generated_code_constructs_the_regex_on_the_non_backtracking_engine()
    {
        var compilation = Dsl.Compile(Dsl.Pack(Dsl.Rule("match /(a+)+N/l"), "en"));

        Assert.True(compilation.Success);
        var source = Assert.Single(compilation.GeneratedSources.Values);
        Assert.Contains("new RegexRuleMatcher(new Regex(\"(a+)+N\", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, TimeSpan.FromMilliseconds(1000)))", source, StringComparison.Ordinal);
        Assert.DoesNotContain("GeneratedRegex", source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_regex_flagged_l_runs_in_linear_time()
    {
        var pack = Pack("match tokens \"say\" /(a+)+N/l");

        Assert.Equal(["say aaN"], Dsl.Flagged(pack, "They say aaN.", "en"));
        Assert.DoesNotContain(Dsl.Analyze(pack, "They say " + LongRunOfA + ".", "en"), d => d.Id == "DR0002");
    }

    [Fact]
    public void A_swap_with_entries_flagged_l_runs_them_apart_and_merges_the_matches()
    {
        const string swap = """
            message "{replacement}"
            scope block
            match swap /\b(?:(a+)+N)\b/FLAGS => "N", "utilize" => "use", /\bmake use of\b/i => "use", /\b(?:in order to|in order)\b/FLAGS => "to"
            """;
        var merged = Dsl.Compile(Dsl.Pack(Dsl.Rule(swap.Replace("FLAGS", "l", StringComparison.Ordinal)), "en"));
        var single = Pack(swap.Replace("FLAGS", string.Empty, StringComparison.Ordinal));
        const string text = "We utilize aaN in order to Make use of it, in order, utilize.";

        Assert.True(merged.Success, string.Join("\n", merged.Diagnostics));
        var source = Assert.Single(merged.GeneratedSources.Values);
        Assert.Contains("RegexSwapMatcher(new Regex[] { new Regex(", source, StringComparison.Ordinal);
        Assert.Contains("RegexOptions.CultureInvariant | RegexOptions.NonBacktracking", source, StringComparison.Ordinal);
        Assert.Equal(Describe(Dsl.Analyze(single, text, "en")), Describe(Dsl.Analyze(merged.Pack!, text, "en")));
        Assert.DoesNotContain(Dsl.Analyze(merged.Pack!, LongRunOfA + " utilize", "en"), d => d.Id == "DR0002");
    }

    [Fact]
    public void A_swap_whose_entries_are_all_flagged_l_needs_no_backtracking_pattern()
    {
        var compilation = Dsl.Compile(Dsl.Pack(Dsl.Rule("message \"{replacement}\"\nmatch swap /\\b(?:(a+)+N)\\b/l => \"N\", /\\bb+c\\b/l => \"c\""), "en"));

        Assert.True(compilation.Success, string.Join("\n", compilation.Diagnostics));
        var source = Assert.Single(compilation.GeneratedSources.Values);
        Assert.Contains("RegexSwapMatcher(new Regex[] { new Regex(\"(?<swap0>", source, StringComparison.Ordinal);
        Assert.Equal(["N", "c"], Dsl.Analyze(compilation.Pack!, "An aaN and a bbc.", "en").Select(d => d.GetMessage()));
    }

    [Fact]
    public void A_swap_whose_entries_flagged_l_pass_the_engine_limit_together_is_split_into_several_alternations()
    {
        // 2,000 keys that the engine sizes at some seventy nodes each (a loop within a loop): about fifteen alternations of at most 10,000.
        var entries = string.Join(", ", Enumerable.Range(0, 2_000).Select(i => $"/\\b(?:(a+)+N{i})\\b/l => \"N{i}\""));
        var compilation = Dsl.Compile(Dsl.Pack(Dsl.Rule("message \"{replacement}\"\nscope block\nmatch swap " + entries + ", \"utilize\" => \"use\""), "en"));

        Assert.True(compilation.Success, string.Join("\n", compilation.Diagnostics));
        var source = Assert.Single(compilation.GeneratedSources.Values);
        Assert.InRange(source.Split("RegexOptions.NonBacktracking").Length - 1, 2, 32);
        Assert.Equal(["N7", "use", "N1999"], Dsl.Analyze(compilation.Pack!, "An aaN7, utilize aaaN1999.", "en").Select(d => d.GetMessage()));
        Assert.DoesNotContain(Dsl.Analyze(compilation.Pack!, LongRunOfA + " utilize", "en"), d => d.Id == "DR0002");
    }

    private static List<string> Describe(IEnumerable<RulesSdk.Diagnostics.Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => $"{d.Id} {d.Location.SourceSpan} {d.GetMessage()}")];
}
