using System.Text;
using RulesSdk.Cli.Tests.TestSupport;

namespace RulesSdk.Cli.Tests.EndToEnd;

public sealed class FixTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public FixTests() => _folder.WriteTestPack();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string, bool> Variants()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var encoding in new[] { "utf-8", "utf-8-bom", "utf-16le-bom" })
        {
            foreach (var newLine in new[] { "\n", "\r\n" })
            {
                data.Add(encoding, newLine, true);
            }

            data.Add(encoding, "\r\n", false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Fix_KeepsEncodingByteOrderMarkAndLineBreaks_ByteForByte(string encoding, string newLine, bool finalNewLine)
    {
        var before = Lines(newLine, finalNewLine, "Titre « été »", string.Empty, "Je suis ravi de partager que, selon le ministre, le pont est ouvert.", "Vladimir Zelensky a parlé.", "Fin — ok.");
        var after = Lines(newLine, finalNewLine, "Titre « été »", string.Empty, "Selon le ministre, le pont est ouvert.", "Volodymyr Zelensky a parlé.", "Fin — ok.");
        var path = _folder.WriteBytes("doc.txt", Encode(before, encoding));

        var result = await _folder.RunAsync(TestPack.With("fix", "doc.txt"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Encode(after, encoding), File.ReadAllBytes(path));
        Assert.Equal(
            [
                "doc.txt(3,1): TL0001: Remove the lead-in",
                "doc.txt(4,1): TL0002: Use Volodymyr",
                "Applied 2 fixes in 1 file.",
            ],
            result.StdoutLines);
        Assert.Empty(Directory.GetFiles(_folder.Path, "*.docrules-tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Fix_SecondRun_ChangesNothing()
    {
        var path = _folder.Write("doc.md", "# Titre\r\n\r\nJe suis ravi de partager que, selon X, Vladimir Zelensky a parlé.\r\n");
        var first = await _folder.RunAsync(TestPack.With("fix", "doc.md"));
        var fixedBytes = File.ReadAllBytes(path);
        var writtenAt = File.GetLastWriteTimeUtc(path);

        var second = await _folder.RunAsync(TestPack.With("fix", "doc.md"));

        Assert.Equal(0, first.ExitCode);
        Assert.Equal("# Titre\r\n\r\nSelon X, Volodymyr Zelensky a parlé.\r\n", File.ReadAllText(path));
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(["Nothing to fix in 1 file."], second.StdoutLines);
        Assert.Equal(fixedBytes, File.ReadAllBytes(path));
        Assert.Equal(writtenAt, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public async Task Fix_Diff_PrintsAUnifiedDiff_AndWritesNothing()
    {
        var path = _folder.Write("doc.txt", "Titre\n\nJe suis ravi de partager que, selon le ministre, le pont est ouvert.\nFin.\n");
        var before = File.ReadAllBytes(path);

        var result = await _folder.RunAsync(TestPack.With("fix", "doc.txt", "--diff"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(
            "--- a/doc.txt\n" +
            "+++ b/doc.txt\n" +
            "@@ -1,4 +1,4 @@\n" +
            " Titre\n" +
            " \n" +
            "-Je suis ravi de partager que, selon le ministre, le pont est ouvert.\n" +
            "+Selon le ministre, le pont est ouvert.\n" +
            " Fin.\n",
            result.Stdout);
        Assert.Contains("doc.txt(3,1): TL0001: Remove the lead-in", result.StderrLines);
    }

    [Fact]
    public async Task Fix_Diff_SeparatesDistantHunks()
    {
        var lines = Enumerable.Range(1, 20).Select(i => $"Ligne {i}.").ToList();
        lines[1] = "Vladimir Zelensky a parlé.";
        lines[17] = "Vladimir Zelensky a répondu.";
        _folder.Write("long.txt", string.Join('\n', lines) + "\n");

        var result = await _folder.RunAsync(TestPack.With("fix", "long.txt", "--diff"));

        var hunks = result.StdoutLines.Where(l => l.StartsWith("@@", StringComparison.Ordinal)).ToList();
        Assert.Equal(["@@ -1,5 +1,5 @@", "@@ -15,6 +15,6 @@"], hunks);
        Assert.Contains("+Volodymyr Zelensky a répondu.", result.StdoutLines);
    }

    [Fact]
    public async Task Fix_DryRun_ListsTheFixes_AndWritesNothing()
    {
        var path = _folder.Write("doc.txt", "Je suis ravi de partager que, selon X, Vladimir Zelensky a parlé.\n");
        var before = File.ReadAllBytes(path);

        var result = await _folder.RunAsync(TestPack.With("fix", "doc.txt", "--dry-run"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(
            [
                "doc.txt(1,1): TL0001: Remove the lead-in",
                "doc.txt(1,40): TL0002: Use Volodymyr",
                "Would apply 2 fixes in 1 file.",
            ],
            result.StdoutLines);
    }

    [Fact]
    public async Task Fix_Rule_OnlyAppliesThatRule()
    {
        var path = _folder.Write("doc.txt", "Je suis ravi de partager que, selon X, Vladimir Zelensky a parlé.\n");

        var result = await _folder.RunAsync(TestPack.With("fix", "doc.txt", "--rule", "tl0002"));

        // The lead-in (a warning) is left, so the exit code says diagnostics remain.
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("Je suis ravi de partager que, selon X, Volodymyr Zelensky a parlé.\n", File.ReadAllText(path));
    }

    [Fact]
    public async Task Fix_Dash_WritesTheFixedTextToStandardOutput()
    {
        var result = await _folder.RunWithStdinAsync("Je suis ravi de partager que, selon X, Vladimir Zelensky a parlé.", TestPack.With("fix", "-"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Selon X, Volodymyr Zelensky a parlé.", result.Stdout);
        Assert.Contains("<stdin>(1,1): TL0001: Remove the lead-in", result.StderrLines);
    }

    [Fact]
    public async Task Fix_NoPath_Exits2()
    {
        var result = await _folder.RunAsync(TestPack.With("fix"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no PATH given", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fix_Folder_FixesEveryDocument()
    {
        _folder.Write("docs/a.md", "Vladimir Zelensky a parlé.\n");
        _folder.Write("docs/sub/b.txt", "Je suis ravi de partager que, oui.\n");
        _folder.Write("docs/c.txt", "Rien.\n");

        var result = await _folder.RunAsync(TestPack.With("fix", "docs"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Volodymyr Zelensky a parlé.\n", _folder.Read("docs/a.md"));
        Assert.Equal("Oui.\n", _folder.Read("docs/sub/b.txt"));
        Assert.Equal("Rien.\n", _folder.Read("docs/c.txt"));
        Assert.Equal("Applied 2 fixes in 2 files.", result.StdoutLines[^1]);
    }

    private static string Lines(string newLine, bool finalNewLine, params string[] lines) =>
        string.Join(newLine, lines) + (finalNewLine ? newLine : string.Empty);

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8" => new UTF8Encoding(false).GetBytes(text),
        "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. new UTF8Encoding(false).GetBytes(text)],
        "utf-16le-bom" => [0xFF, 0xFE, .. new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes(text)],
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };
}
