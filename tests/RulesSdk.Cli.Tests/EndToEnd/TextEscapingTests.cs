using RulesSdk.Cli.Tests.TestSupport;

namespace RulesSdk.Cli.Tests.EndToEnd;

/// <summary>Issue 13, item 19: control characters in a message, a fix title or a path cannot forge or hide a line of text output.</summary>
public sealed class TextEscapingTests : IDisposable
{
    // A hostile pack: its message and fix title try to print a second, forged diagnostic line and a terminal sequence.
    private const string HostilePack = """
        pack test.hostile "Hostile strings"
        language any

        rule HX0001 forged-line
          title    "Forged line"
          message  "innocent\nforged.md(9,9): error XX0001: injected\r\t\u001B[31mred"
          severity warning
          category test
          scope    sentence
          match    /\b(?<word>Zut)\b/
          fix      "Title\nforged.md(1,1): XX0001: fake" => replace word with "Flûte"
        end

        """;

    private readonly TempFolder _folder = new();

    public TextEscapingTests() => _folder.Write("rules/hostile.rules", HostilePack);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Check_Text_EscapesControlCharactersInMessages()
    {
        _folder.Write("doc.md", "Zut alors.\n");

        var result = await _folder.RunAsync("check", "doc.md", "--rules", "rules/hostile.rules", "--no-builtin", "--verbose");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(@"doc.md(1,1): warning HX0001: innocent\nforged.md(9,9): error XX0001: injected\r\t\e[31mred", result.StdoutLines[0]);
        Assert.Contains(@"    fix: Title\nforged.md(1,1): XX0001: fake", result.StdoutLines);
        Assert.DoesNotContain(result.StdoutLines, l => l.StartsWith("forged.md", StringComparison.Ordinal));
        Assert.DoesNotContain('\u001B', result.Stdout);
    }

    [Fact]
    public async Task Fix_Listing_EscapesControlCharactersInTitles()
    {
        _folder.Write("doc.md", "Zut alors.\n");

        var result = await _folder.RunAsync("fix", "doc.md", "--rules", "rules/hostile.rules", "--no-builtin", "--dry-run");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(@"doc.md(1,1): HX0001: Title\nforged.md(1,1): XX0001: fake", result.StdoutLines[0]);
        Assert.Equal("Would apply 1 fix in 1 file.", result.StdoutLines[1]);
    }

    [Fact]
    public async Task Check_Text_EscapesALineBreakInAFileName_AndKeepsABackslash()
    {
        _folder.Write("a\nb.md", "Zut.\n");
        _folder.Write("c\\d.md", "Zut.\n");

        var result = await _folder.RunAsync("check", ".", "--rules", "rules/hostile.rules", "--no-builtin");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith(@"a\nb.md(1,1): warning HX0001:", result.StdoutLines[0], StringComparison.Ordinal);
        Assert.StartsWith(@"c\d.md(1,1): warning HX0001:", result.StdoutLines[1], StringComparison.Ordinal);
        Assert.Equal(3, result.StdoutLines.Length);
    }

    /// <summary>Round 29: <c>docrules test</c> printed a snapshot input named with a line break on two lines; <c>check</c> escaped it.</summary>
    [SkippableFact]
    public async Task Test_EscapesALineBreakInASnapshotInputsName_AsCheckDoes()
    {
        Skip.If(OperatingSystem.IsWindows(), "a line break is not allowed in a Windows file name");
        _folder.Write("rules/tests/new\nline.md", "Zut.\n");

        var first = await _folder.RunAsync("test", "rules");

        Assert.True(first.ExitCode == 1, first.ToString());
        Assert.Contains(@"FAIL snapshot new      rules/tests/new\nline.md (accept with", first.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(first.StdoutLines, l => l.StartsWith("line.md", StringComparison.Ordinal));

        var accepted = await _folder.RunAsync("test", "rules", "--accept");

        Assert.True(accepted.ExitCode == 0, accepted.ToString());
        Assert.Equal([@"accepted rules/tests/new\nline.md", "1 passed, 0 failed"], accepted.StdoutLines);
    }
}
