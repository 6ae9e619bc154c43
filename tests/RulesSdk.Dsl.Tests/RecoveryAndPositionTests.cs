namespace RulesSdk.Dsl.Tests;

public class RecoveryAndPositionTests
{
    [Fact]
    public void Continuation_lines_of_a_failed_clause_do_not_cascade()
    {
        var (file, diagnostics) = Dsl.Parse("rule PL0001 test-rule\n  scope galaxy\n        outside quotes\n  title \"T\"\nend\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal((2, 9), (error.Line, error.Column));
        Assert.Single(file.Items.OfType<Syntax.RuleDeclaration>().Single().Clauses);
    }

    [Fact]
    public void Unknown_word_after_a_failed_line_is_reported_too()
    {
        var (_, diagnostics) = Dsl.Parse("rule PL0001 test-rule\n  severity fatal\n  colour red\n  sevrity error\nend\n");
        Assert.Equal([(2, 12), (3, 3), (4, 3)], diagnostics.Select(d => (d.Line, d.Column)).ToArray());
        Assert.EndsWith("found 'sevrity'", diagnostics[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_top_level_word_is_reported_at_its_start()
    {
        var (_, diagnostics) = Dsl.Parse("pack p \"P\"\n  ruler PL0001 x\nlist a = \"b\"\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal((2, 3), (error.Line, error.Column));
        Assert.Equal("expected 'rule', 'list', 'import', 'pack', 'language' or 'help', found 'ruler'", error.Message);
    }

    [Fact]
    public void Binder_errors_point_at_their_clause()
    {
        const string text = "rule PL0001 test-rule\n  title \"T\"\n  message \"{nope}\"\n  scope sentence\n  match /x/\n    fix \"F\" => replace gone with \"y\"\nend\n";
        var diagnostics = Dsl.Bind(text).Diagnostics;
        Assert.Equal(
            [("DSL0003", 3, 3), ("DSL0003", 6, 16)],
            diagnostics.Select(d => (d.Id, d.Line, d.Column)).ToArray());
    }

    [Fact]
    public void Errors_across_several_sources_keep_their_own_paths()
    {
        var compilation = RulePack.Compile(
            [new RuleSource("/r/a.rules", "pack a \"A\"\n"), new RuleSource("/r/b.rules", "\npack b \"B\"\n")],
            new RulePackOptions { UseCache = false });
        var error = Dsl.Single(compilation.Diagnostics, "DSL0020");
        Assert.Equal(("/r/b.rules", 2, 1), (error.Path, error.Line, error.Column));
        Assert.Equal("pack b \"B\"", error.SourceLine);
    }

    [Fact]
    public void Import_cycles_terminate()
    {
        var files = new Dictionary<string, string>
        {
            ["/rules/b.rules"] = "import \"test.rules\"\n" + Dsl.Rule("match /b/", id: "PL0002", name: "b"),
        };
        var pack = Dsl.CompileOk("pack p \"P\"\nimport \"b.rules\"\n" + Dsl.Rule("match /a/"), files);
        Assert.Equal(2, pack.Rules.Length);
    }

    [Fact]
    public void RulePack_Load_throws_DslException_with_every_error()
    {
        var directory = Path.Combine(Path.GetTempPath(), "docrules-load-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            File.WriteAllText(Path.Combine(directory, "a.rules"), "rule PL0001 a\n  colour red\nend\nrule PL0002 B\n title \"t\" message \"m\" scope sentence match /x/\nend\n");
            var exception = Assert.Throws<DslException>(() => RulePack.Load(directory, new RulePackOptions { UseCache = false }));
            Assert.Equal(["DSL0001", "DSL0010", "DSL0010", "DSL0010", "DSL0010", "DSL0014"], exception.Diagnostics.Select(d => d.Id).Order().ToArray());
            Assert.Throws<DslException>(() => RulePack.Load(Path.Combine(directory, "missing.rules")));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
