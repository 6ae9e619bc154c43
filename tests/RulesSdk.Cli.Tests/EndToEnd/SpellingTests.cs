using RulesSdk.Cli.Tests.TestSupport;

namespace RulesSdk.Cli.Tests.EndToEnd;

/// <summary>A <c>spelling</c> rule run by <c>docrules check</c> and <c>fix</c> as a user runs them, with the bundled dictionary and a bad one.</summary>
public sealed class SpellingTests : IDisposable
{
    private const string Rule = """
        pack house "House spelling"
        language en

        rule SP0001 spelling
          title    "Unknown word"
          message  "Unknown word '{word}' (did you mean {suggestions}?)"
          scope    paragraph
          match    spelling dictionary "en" ignore "words.txt" skip capitalized
          suggest  "Replace with '{suggestion}'" => "{suggestion}"
          example  "We recieve it."
          clean    "We receive it from Zorblax."
        end
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Check_reports_misspellings_in_prose_only_and_fix_leaves_them_to_the_writer()
    {
        _folder.Write("rules/spelling.rules", Rule);
        _folder.Write("rules/words.txt", "docrules\n");
        const string document = "# Notes\n\nWe recieve the docrules report from Zorblax.\n\n```\nteh code is not prose\n```\n\nSee `teh` and https://example.org/teh.\n";
        _folder.Write("doc.md", document);

        var check = await _folder.RunAsync("check", "doc.md", "--rules", "rules", "--no-builtin");
        Assert.True(check.ExitCode == 1, check.ToString());
        var finding = Assert.Single(check.StdoutLines, l => l.Contains("SP0001", StringComparison.Ordinal));
        Assert.StartsWith("doc.md(3,4): warning SP0001: Unknown word 'recieve' (did you mean receive", finding, StringComparison.Ordinal);

        var fix = await _folder.RunAsync("fix", "doc.md", "--rules", "rules", "--no-builtin");
        Assert.True(fix.ExitCode is 0 or 1, fix.ToString());
        Assert.Equal(document, _folder.Read("doc.md"));

        var test = await _folder.RunAsync("test", "rules");
        Assert.True(test.ExitCode == 0, test.ToString());
    }

    [Fact]
    public async Task A_malformed_dictionary_is_exit_2_naming_the_file_and_line()
    {
        _folder.Write("rules/spelling.rules", Rule.Replace("dictionary \"en\" ignore \"words.txt\"", "dictionary \"dict/house\"", StringComparison.Ordinal));
        _folder.Write("rules/dict/house.aff", "SET UTF-8\nPFX A Y 2\nPFX A 0 re .\n");
        _folder.Write("rules/dict/house.dic", "1\nwrite/A\n");
        _folder.Write("doc.md", "We rewrite it.\n");

        var check = await _folder.RunAsync("check", "doc.md", "--rules", "rules", "--no-builtin");
        Assert.True(check.ExitCode == 2, check.ToString());
        Assert.Contains(check.StderrLines, l => l.Contains("spelling.rules(8,", StringComparison.Ordinal) && l.Contains("error DSL0023: dictionary", StringComparison.Ordinal) && l.Contains("house.aff(2): the file ends before entry 2 of 2 of PFX A", StringComparison.Ordinal));
    }
}
