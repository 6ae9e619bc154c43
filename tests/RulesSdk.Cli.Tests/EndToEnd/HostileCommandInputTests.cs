using System.Text;
using RulesSdk.Cli.Tests.TestSupport;

namespace RulesSdk.Cli.Tests.EndToEnd;

/// <summary>
/// Findings of the fourteenth round's hostile hunt in the small commands, each once an internal error or a
/// destroyed pipeline: <c>fix -</c> with a skipped standard input, <c>init</c> where <c>rules</c> is a file,
/// <c>compile --emit-cs ""</c>.
/// </summary>
public sealed class HostileCommandInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>
    /// <c>docrules fix -</c> is a filter. A skipped standard input (binary: a NUL byte) has no fixed document; the
    /// listing went to standard output in its place with exit 0, so <c>fix - &lt; in.md &gt; out.md</c> kept
    /// "Nothing to fix in 0 files." as the document.
    /// </summary>
    [Theory]
    [InlineData("abc\0def")]
    [InlineData("Je suis ravi de partager que\0 le pont est ouvert.\n")]
    public async Task FixStdin_SkippedInput_NeverReplacesTheDocumentWithTheListing(string input)
    {
        var result = await _folder.RunWithStdinAsync(Encoding.UTF8.GetBytes(input), "fix", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Contains("binary content", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary><c>docrules init</c> where <c>rules</c> is a file wrote .docrules.json, then failed with an internal error.</summary>
    [Fact]
    public async Task Init_WhereRulesIsAFile_WritesNothing_AndSaysWhy()
    {
        _folder.Write("rules", string.Empty);

        var result = await _folder.RunAsync("init");

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("internal error", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("rules: error: is a file", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.Combine(".docrules.json")), ".docrules.json was written before the failure");
    }

    /// <summary><c>docrules compile t.rules --emit-cs ""</c> was an ArgumentException (internal error, exit 3).</summary>
    [Fact]
    public async Task Compile_EmitCsToAnEmptyPath_IsAUsageError()
    {
        _folder.Write("t.rules", """
            pack local.t "T"
            language any

            rule LOC0001 lead-in
              title "Lead-in"
              message "lead-in '{match}'"
              severity warning
              scope sentence
              match /\bWe are happy to share that,?\s*/
            end

            """);

        var result = await _folder.RunAsync("compile", "t.rules", "--emit-cs", string.Empty);

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("internal error", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("--emit-cs", result.Stderr, StringComparison.Ordinal);
    }
}
