using System.Text;
using RulesSdk.Cli.Tests.TestSupport;

namespace RulesSdk.Cli.Tests.EndToEnd;

/// <summary>Issue 13, item 25: <c>fix -</c> writes back the encoding it read; <c>fix --diff</c> on a CR-only file gives a patch that patch and git apply accept.</summary>
public sealed class StdinAndDiffEncodingTests : IDisposable
{
    private const string Before = "Titre\rJe suis ravi de partager que, selon le ministre, le pont est ouvert.\rVladimir Zelensky a parlé.\rFin.\r";
    private const string After = "Titre\rSelon le ministre, le pont est ouvert.\rVolodymyr Zelensky a parlé.\rFin.\r";
    private readonly TempFolder _folder = new();

    public StdinAndDiffEncodingTests() => _folder.WriteTestPack();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Encodings() => ["utf-8-bom", "utf-16le-bom", "utf-16be-bom"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task FixStdin_WritesBackTheEncodingAndByteOrderMarkItRead(string encodingName)
    {
        Encoding encoding = encodingName switch
        {
            "utf-16le-bom" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "utf-16be-bom" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        };
        byte[] Encode(string text) => [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];

        var result = await _folder.RunWithStdinAsync(Encode("Vladimir Zelensky a parlé.\n"), TestPack.With("fix", "-"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Encode("Volodymyr Zelensky a parlé.\n"), result.StdoutBytes);
    }

    [SkippableFact]
    public async Task FixDiff_OnACrOnlyFile_IsAPatchThatPatchAndGitApplyAccept()
    {
        var patchTool = Shell.Find("patch");
        if (patchTool is null && Shell.IsRoot)
        {
            Shell.Run(_folder.Path, "apt-get", "install", "-y", "-qq", "patch");
            patchTool = Shell.Find("patch");
        }

        Skip.If(patchTool is null, "GNU patch is not installed and could not be installed with apt-get");
        Skip.If(Shell.Find("git") is null, "git is not installed");
        _folder.Write("doc.txt", Before);

        var result = await _folder.RunAsync(TestPack.With("fix", "doc.txt", "--diff"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(Before, _folder.Read("doc.txt"));
        var diff = _folder.Write("fix.diff", result.Stdout);

        foreach (var tool in new[] { "patch", "git" })
        {
            var copy = _folder.Write($"{tool}/doc.txt", Before);
            var (exit, output) = tool == "patch"
                ? Shell.Run(Path.GetDirectoryName(copy)!, patchTool!, "-p1", "-i", diff)
                : Shell.Run(Path.GetDirectoryName(copy)!, "git", "apply", "-p1", diff);
            Assert.True(exit == 0, $"{tool} rejected the diff (exit {exit}): {output}\n{result.Stdout}");
            Assert.Equal(After, File.ReadAllText(copy));
        }
    }

    [SkippableFact]
    public async Task FixDiff_OnAUtf8FileWithAByteOrderMark_KeepsTheMarkInTheFirstLine_SoGitApplyAccepts()
    {
        Skip.If(Shell.Find("git") is null, "git is not installed");
        var mark = new byte[] { 0xEF, 0xBB, 0xBF };
        var before = Encoding.UTF8.GetBytes(Before.Replace("\r", "\r\n", StringComparison.Ordinal));
        var after = Encoding.UTF8.GetBytes(After.Replace("\r", "\r\n", StringComparison.Ordinal));
        _folder.WriteBytes("doc.txt", [.. mark, .. before]);

        var result = await _folder.RunAsync(TestPack.With("fix", "doc.txt", "--diff"));

        Assert.True(result.ExitCode == 1, result.ToString());
        var diff = _folder.Write("fix.diff", result.Stdout);
        var copy = _folder.WriteBytes("git/doc.txt", [.. mark, .. before]);
        var (exit, output) = Shell.Run(Path.GetDirectoryName(copy)!, "git", "apply", "-p1", diff);
        Assert.True(exit == 0, $"git apply rejected the diff (exit {exit}): {output}\n{result.Stdout}");
        Assert.Equal([.. mark, .. after], File.ReadAllBytes(copy));
    }

    [Fact]
    public async Task FixDiff_OnAUtf16File_SaysTheDiffCannotBeApplied()
    {
        var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        _folder.WriteBytes("doc.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(Before)]);

        var result = await _folder.RunAsync(TestPack.With("fix", "doc.txt", "--diff"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("utf-16", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("cannot apply", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Volodymyr Zelensky a parlé.", result.Stdout, StringComparison.Ordinal);
    }
}
