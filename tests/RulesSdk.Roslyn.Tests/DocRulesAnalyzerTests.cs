using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using RulesSdk.Roslyn.Engine;
using RulesSdk.Roslyn.Tests.TestSupport;

namespace RulesSdk.Roslyn.Tests;

/// <summary>The analyzer in a compilation, with the real engine: findings, failures, caching, severities.</summary>
public sealed class DocRulesAnalyzerTests : IDisposable
{
    private const string FrenchArticle =
        "Titre\n\nJe suis ravi de partager que, selon le ministre, le pont est ouvert.\n\n« J’ai fortement plaidé pour l’aide », a déclaré Jens Stoltenberg.\n";

    private const string StarterPack = """
        pack local.sample "Starter rules"
        language any

        rule LOC0001 editorial-lead-in
          title       "Editorial lead-in"
          message     "The writer steps in with '{match}'"
          severity    warning
          category    style
          scope       sentence outside quotes
          match       /\b[Ww]e are happy to share that,?\s*/
          fix         "Remove the lead-in" => delete match then capitalize next
          example     "We are happy to share that, the bridge is open." => "The bridge is open."
        end
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task BuiltInFinding_ReportedAtItsLineAndColumn_WithTheRuleIdHelpLinkAndFix()
    {
        var harness = new AnalyzerHarness(_folder.Path);
        harness.AddDocument("docs/article.md", FrenchArticle);

        var diagnostics = await harness.RunAsync();

        var finding = Assert.Single(diagnostics);
        Assert.Equal(
            "docs/article.md(3,1): warning NF0003: Le rédacteur s’introduit dans l’article : « Je suis ravi de partager que, » (fix: Supprimer la formule d’introduction; run 'dotnet docrules fix')",
            harness.Format(finding));
        Assert.Equal("https://github.com/rulessdk/rulessdk/blob/main/docs/rules/NF0003.md", finding.Descriptor.HelpLinkUri);
        Assert.Equal(new TextSpan(7, 30), finding.Location.SourceSpan);
    }

    [Fact]
    public async Task OnlyDocuments_AreChecked_NotOtherAdditionalFiles()
    {
        var harness = new AnalyzerHarness(_folder.Path);
        harness.AddFile("notes.md", FrenchArticle, role: null);

        Assert.Empty(await harness.RunAsync());
    }

    [Fact]
    public async Task RuleOfAProjectPack_ArrivesAsDR1000_WithItsOwnIdFirst()
    {
        var harness = new AnalyzerHarness(_folder.Path);
        harness.AddFile(".docrules.json", """{ "rulePacks": ["rules"], "builtInPacks": false }""", "configuration");
        harness.AddFile("rules/sample.rules", StarterPack, "rules");
        harness.AddDocument("README.md", "Intro.\n\nWe are happy to share that, the bridge is open.\n");

        var finding = Assert.Single(await harness.RunAsync());

        Assert.Equal("README.md(3,1): warning DR1000: LOC0001: The writer steps in with 'We are happy to share that,' (docrules fix may repair it)", harness.Format(finding));
    }

    [Fact]
    public async Task PackThatDoesNotCompile_GivesOneDR0100_NamingTheFileAndTheDslError()
    {
        var harness = new AnalyzerHarness(_folder.Path);
        harness.AddFile(".docrules.json", """{ "rulePacks": ["rules"] }""", "configuration");
        harness.AddFile("rules/broken.rules", "pack broken \"Broken\"\nrule oops\nend\n", "rules");
        harness.AddDocument("a.md", FrenchArticle);
        harness.AddDocument("b.md", "Autre texte.\n");

        var diagnostics = await harness.RunAsync();

        var failure = Assert.Single(diagnostics);
        Assert.Equal("DR0100", failure.Id);
        var message = failure.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("broken.rules(2,", message, StringComparison.Ordinal);
        Assert.Contains("DSL", message, StringComparison.Ordinal);
        Assert.Contains("exited with code 2", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingEngine_GivesOneDR0100_NamingTheFileAndTheCause()
    {
        var harness = new AnalyzerHarness(_folder.Path);
        harness.Properties["DocRulesEnginePath"] = Path.Combine(_folder.Path, "no-such-engine.dll");
        harness.AddDocument("a.md", FrenchArticle);
        harness.AddDocument("b.md", "Autre texte.\n");

        var failure = Assert.Single(await harness.RunAsync());

        Assert.Equal("DR0100", failure.Id);
        var message = failure.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("no-such-engine.dll", message, StringComparison.Ordinal);
        Assert.EndsWith(".md", failure.Location.GetLineSpan().Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingDotnetHost_GivesDR0100_SayingItCouldNotStart()
    {
        var harness = new AnalyzerHarness(_folder.Path);
        harness.Properties["DocRulesDotnetHost"] = Path.Combine(_folder.Path, "no-such-dotnet");
        harness.AddDocument("a.md", FrenchArticle);

        var failure = Assert.Single(await harness.RunAsync());

        Assert.Equal("DR0100", failure.Id);
        Assert.Contains("could not start", failure.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task HungEngine_GivesDR0102_WithinTheBudget()
    {
        Skip.If(OperatingSystem.IsWindows(), "the hung engine is a shell script");
        var script = _folder.Write("hang.sh", "exec sleep 60\n");
        var harness = new AnalyzerHarness(_folder.Path);
        harness.Properties["DocRulesDotnetHost"] = "/bin/sh";
        harness.Properties["DocRulesEnginePath"] = script;
        harness.Properties["DocRulesTimeoutSeconds"] = "1";
        harness.Properties["DocRulesStartTimeoutSeconds"] = "1";
        harness.AddDocument("a.md", FrenchArticle);

        var clock = Stopwatch.StartNew();
        var diagnostics = await harness.RunAsync();

        var timeout = Assert.Single(diagnostics);
        Assert.Equal("DR0102", timeout.Id);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task DocumentTheCompilerCouldNotDecode_GivesDR0101_WithThePosition()
    {
        var harness = new AnalyzerHarness(_folder.Path);

        // What the compiler hands over for "caf\xE9" without a byte order mark: UTF-8 with a replacement character.
        harness.AddDocument("latin1.md", SourceText.From(new MemoryStream([.. "Titre\n\ncaf"u8, 0xE9, .. "\n"u8]), Encoding.UTF8));

        var failure = Assert.Single(await harness.RunAsync());

        Assert.Equal("DR0101", failure.Id);
        Assert.Contains("not valid UTF-8", failure.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("line 3, column 4", failure.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BinaryDocument_GivesDR0101()
    {
        var harness = new AnalyzerHarness(_folder.Path);
        harness.AddDocument("photo.txt", "PNG\0\0data");

        var failure = Assert.Single(await harness.RunAsync());

        Assert.Equal("DR0101", failure.Id);
        Assert.Contains("binary content", failure.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BinaryFilesTheTargetsLeftOut_AreDR0103_AWarningWhenNamed_AMessageWhenAWildcardCaughtThem()
    {
        var harness = new AnalyzerHarness(_folder.Path);
        var logo = Path.Combine(_folder.Path, "docs", "logo.png");
        var archive = Path.Combine(_folder.Path, "docs", "archive.md");
        harness.AddFile(
            "obj/Docs.DocRulesSkipped.txt",
            $"named extension {logo}\nmatched content {archive}\nmatched content {archive}\nnot a line\n",
            role: "skipped");

        var diagnostics = await harness.RunAsync();

        Assert.Equal(
            [
                "docs/archive.md(1,1): info DR0103: 'docs/archive.md' was not checked: it holds binary content (NUL or other control characters); binary files are left out of the compiler's additional files (it can fail the build on them with CS2015)",
                "docs/logo.png(1,1): warning DR0103: 'docs/logo.png' was not checked: '.png' is a binary file type; binary files are left out of the compiler's additional files (it can fail the build on them with CS2015)",
            ],
            diagnostics.Select(harness.Format));
    }

    [Fact]
    public async Task UnchangedDocument_IsNotSentToTheEngineAgain()
    {
        var first = new AnalyzerHarness(_folder.Path);
        first.AddDocument("a.md", FrenchArticle);
        first.AddDocument("b.md", "Texte inchangé.\n");
        await first.RunAsync();

        var before = EngineProcess.RequestsSent;
        var second = new AnalyzerHarness(_folder.Path);
        second.AddDocument("a.md", FrenchArticle);
        second.AddDocument("b.md", "Texte modifié.\n");
        var diagnostics = await second.RunAsync();

        Assert.Equal("NF0003", Assert.Single(diagnostics).Id);
        Assert.Equal(1, EngineProcess.RequestsSent - before);
    }

    [Fact]
    public async Task EditorConfigSectionForDocuments_SetsTheSeverity_OrTurnsTheRuleOff()
    {
        var harness = new AnalyzerHarness(_folder.Path);
        harness.AddFile(".editorconfig", "root = true\n\n[docs/**.md]\ndotnet_diagnostic.NF0003.severity = error\n\n[notes/*.md]\ndotnet_diagnostic.NF0003.severity = none\n", "editorconfig");
        harness.AddDocument("docs/a.md", FrenchArticle);
        harness.AddDocument("notes/b.md", FrenchArticle);
        harness.AddDocument("c.md", FrenchArticle);

        var diagnostics = await harness.RunAsync();

        Assert.Equal(
            ["c.md(3,1): warning NF0003", "docs/a.md(3,1): error NF0003"],
            diagnostics.Select(d => string.Join(": ", harness.Format(d).Split(": ").Take(2))));
    }

    [Fact]
    public async Task DisabledByProperty_ChecksNothing()
    {
        var harness = new AnalyzerHarness(_folder.Path);
        harness.Properties["DocRulesEnabled"] = "false";
        harness.AddDocument("a.md", FrenchArticle);

        Assert.Empty(await harness.RunAsync());
    }
}
