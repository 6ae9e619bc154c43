using RulesSdk.Diagnostics;

namespace RulesSdk.Dsl.Tests;

/// <summary>
/// <c>yields to</c>: a general rule gives way to a specific rule on the same text, so one artifact gets
/// one finding and fix-all applies the specific repair.
/// </summary>
public sealed class PrecedenceTests
{
    // A general rule that deletes any sentence with "je", and a specific one that strips "Sous mes yeux, ".
    private static string Rules(string yields) =>
        Dsl.Rule($"category opinion\n{yields}match /(?i)\\bje\\b|\\bmes\\b.*/\nfix \"Delete\" => delete sentence", "PL0001", "general") +
        Dsl.Rule("category witness\nmatch /\\ASous mes yeux,\\s*/\nfix \"Strip\" => delete match then capitalize next", "PL0002", "specific");

    private const string Text = "Le pont a rouvert. Sous mes yeux, des habitants ont applaudi.";

    [Fact]
    public void Yields_to_compiles_to_a_precedence_tag()
    {
        var pack = Dsl.CompileOk(Dsl.Pack(Rules("yields to witness, PL0009\n")));
        var general = pack.Rules.Single(r => r.Id == "PL0001");
        Assert.Contains(WellKnownDiagnosticTags.YieldsToPrefix + "witness", general.Descriptor.CustomTags);
        Assert.Contains(WellKnownDiagnosticTags.YieldsToPrefix + "PL0009", general.Descriptor.CustomTags);
    }

    [Fact]
    public void A_yield_to_no_loaded_rule_id_or_category_is_a_warning_naming_the_fix()
    {
        var pack = Dsl.CompileOk(Dsl.Pack(Rules("yields to witness, specific, PL0002, witnes\n")));

        var warnings = YieldTargetCheck.Find([pack]).ToList();

        Assert.All(warnings, w => Assert.True(w.IsWarning && w.Id == "DSL0046"));
        Assert.Equal(["specific", "witnes"], warnings.Select(w => w.Message.Split('\'')[1]));
        Assert.Contains("it is the name of rule PL0002: write its id", warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("name a rule id or a category", warnings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yields_to_ids_and_categories_of_another_loaded_pack_are_not_warned()
    {
        var general = Dsl.CompileOk(Dsl.Pack(Dsl.Rule("category opinion\nyields to witness, PL0002\nmatch /je/", "PL0001", "general")));
        var specific = Dsl.CompileOk(Dsl.Pack(Dsl.Rule("category witness\nmatch /yeux/", "PL0002", "specific")));

        Assert.Empty(YieldTargetCheck.Find([general, specific]));
        Assert.Equal(2, YieldTargetCheck.Find([general]).Count());
    }

    [Fact]
    public void The_general_finding_gives_way_and_fix_all_applies_the_specific_repair()
    {
        var pack = Dsl.CompileOk(Dsl.Pack(Rules("yields to witness\n")));
        var diagnostic = Assert.Single(Dsl.Analyze(pack, Text));
        Assert.Equal("PL0002", diagnostic.Id);
        Assert.Equal("Le pont a rouvert. Des habitants ont applaudi.", Dsl.FixAll(pack, Text));
    }

    [Fact]
    public void Without_yields_to_both_rules_report_and_the_sentence_is_lost()
    {
        var pack = Dsl.CompileOk(Dsl.Pack(Rules("")));
        Assert.Equal(["PL0001", "PL0002"], Dsl.Analyze(pack, Text).Select(d => d.Id).Order());
    }

    [Fact]
    public void Yields_to_needs_a_name()
    {
        var compilation = Dsl.Compile(Dsl.Pack(Dsl.Rule("yields to\nmatch /x/")));
        Assert.False(compilation.Success);
    }

    [Fact]
    public void Third_person_plural_restores_a_group_written_as_nous()
    {
        var pack = Dsl.CompileOk(Dsl.Pack(Dsl.Rule(
            "match /\\ANous,\\s+(?<group>les\\s+[^,]+),\\s+(?<verb>\\p{Ll}+)/\nfix \"Restore\" => \"{capitalize(group)} {third_person_plural(verb)}\"")));
        Assert.Equal("Les maires des grandes villes réclament des moyens.", Dsl.FixAll(pack, "Nous, les maires des grandes villes, réclamons des moyens."));
    }

    [Fact]
    public void Lowercase_after_stop_reads_quotations_when_the_scope_allows_it()
    {
        const string text = "« Nous avons. observé une fonte », explique-t-il.";
        var anywhere = Dsl.CompileOk(Dsl.Pack(Dsl.Rule("scope paragraph anywhere\nmatch lowercase after stop")));
        var outside = Dsl.CompileOk(Dsl.Pack(Dsl.Rule("scope paragraph outside quotes\nmatch lowercase after stop")));
        Assert.Equal(["avons. observé"], Dsl.Flagged(anywhere, text));
        Assert.Empty(Dsl.Flagged(outside, text));
    }
}
