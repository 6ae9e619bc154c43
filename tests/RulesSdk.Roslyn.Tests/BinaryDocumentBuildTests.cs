using System.Text.Json.Nodes;
using RulesSdk.Roslyn.Tests.TestSupport;

namespace RulesSdk.Roslyn.Tests;

/// <summary>
/// A binary file caught by DocRulesInclude used to fail <c>dotnet build</c> with the compiler's
/// <c>error CS2015: '…/docs/logo.png' is a binary file instead of a text file</c>, which names nothing of RulesSdk.
/// The targets now leave binary files out of AdditionalFiles (by a binary type's extension, or by content: NUL or
/// other control characters, what <c>docrules check</c> skips as binary) and the analyzer reports each as DR0103:
/// a warning for a file named in DocRulesInclude, a message (Info: in the IDE and the error log, not on the console)
/// for one a wildcard caught.
/// </summary>
public sealed class BinaryDocumentBuildTests(SampleBuild sample) : IClassFixture<SampleBuild>
{
    // The first bytes of a PNG: invalid UTF-8 and NULs, what the compiler refuses with CS2015.
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89];

    // A zip archive saved as .md: valid UTF-8, but NULs.
    private static readonly byte[] Zip = [(byte)'P', (byte)'K', 3, 4, 0x14, 0, 0, 0, 8, 0, (byte)'a', (byte)'.', (byte)'m', (byte)'d'];

    [Fact]
    public async Task BinaryFilesAGlobCatches_DoNotFailTheBuild_AndAreReportedAsMessages()
    {
        WriteBinaryFiles();
        UseInclude("README.md;docs/**/*");
        var errorLog = Path.Combine(sample.ProjectDirectory, "obj", "errors.sarif");

        var result = await sample.BuildAsync("ErrorLog=" + errorLog, "TreatWarningsAsErrors=true", "WarningsNotAsErrors=NE0003%3BNF0003%3BNF0004%3BNF0008%3BNF0009");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.DoesNotContain("error CS2015", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Contains("DR01", StringComparison.Ordinal));

        // The text documents are still checked; the binary ones are messages in the error log, named by path.
        Assert.Contains(result.Diagnostics, d => d.StartsWith("docs/communique.md(3,1): warning NF0003", StringComparison.Ordinal));
        Assert.Equal(
            [
                "note docs/archive.md: 'docs/archive.md' was not checked: it holds binary content (NUL or other control characters)",
                "note docs/blob.dat: 'docs/blob.dat' was not checked: it holds binary content (NUL or other control characters)",
                "note docs/logo.png: 'docs/logo.png' was not checked: '.png' is a binary file type",
            ],
            BinaryDocumentResults(errorLog));
    }

    [Fact]
    public async Task ABinaryFileNamedExplicitly_IsAWarningNamingIt()
    {
        WriteBinaryFiles();
        UseInclude("README.md;docs/logo.png;docs/**/*.md");

        var result = await sample.BuildAsync();

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.DoesNotContain("error CS2015", result.Output, StringComparison.Ordinal);
        var warning = Assert.Single(result.Diagnostics, d => d.Contains("DR0103", StringComparison.Ordinal));
        Assert.StartsWith(
            "docs/logo.png(1,1): warning DR0103: 'docs/logo.png' was not checked: '.png' is a binary file type; binary files are left out of the compiler's additional files (it can fail the build on them with CS2015)",
            warning,
            StringComparison.Ordinal);

        // The zip the wildcard caught is no warning.
        Assert.DoesNotContain(result.Diagnostics, d => d.Contains("archive.md", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.StartsWith("README.md(9,1): warning NE0003", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task AFifoAndAnEmptyFile_AreLeftOut_AndTheBuildDoesNotBlock()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs mkfifo");
        var docs = Path.Combine(sample.ProjectDirectory, "docs");
        Directory.CreateDirectory(docs);
        var fifo = Path.Combine(docs, "pipe.md");
        var empty = Path.Combine(docs, "empty.md");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        File.WriteAllText(empty, string.Empty);
        try
        {
            // Opening a FIFO blocks until a writer comes: the targets used to read every document whole, and so did the compiler.
            UseInclude("README.md;docs/**/*.md");
            var errorLog = Path.Combine(sample.ProjectDirectory, "obj", "fifo.sarif");

            var result = await sample.BuildAsync("ErrorLog=" + errorLog, "TreatWarningsAsErrors=true", "WarningsNotAsErrors=NE0003%3BNF0003%3BNF0004%3BNF0008%3BNF0009");

            Assert.True(result.ExitCode == 0, result.Output);
            // The class's other tests may have left their binary files in docs/: only these two lines are this test's.
            var results = BinaryDocumentResults(errorLog);
            Assert.Contains("note docs/empty.md: 'docs/empty.md' was not checked: it is empty, or not a regular file (a FIFO or a device, which the compiler would block on)", results);
            Assert.Contains("note docs/pipe.md: 'docs/pipe.md' was not checked: it is empty, or not a regular file (a FIFO or a device, which the compiler would block on)", results);
        }
        finally
        {
            File.Delete(fifo);
            File.Delete(empty);
        }
    }

    private void WriteBinaryFiles()
    {
        Directory.CreateDirectory(Path.Combine(sample.ProjectDirectory, "docs"));
        File.WriteAllBytes(Path.Combine(sample.ProjectDirectory, "docs", "logo.png"), Png);
        File.WriteAllBytes(Path.Combine(sample.ProjectDirectory, "docs", "archive.md"), Zip);

        // No binary type by its name: only its content tells (the build failed with CS2015 on it as on the .png).
        File.WriteAllBytes(Path.Combine(sample.ProjectDirectory, "docs", "blob.dat"), Png);
    }

    private void UseInclude(string include)
    {
        var project = Path.Combine(sample.ProjectDirectory, "RoslynDocs.csproj");
        var text = File.ReadAllText(project);
        var start = text.IndexOf("<DocRulesInclude>", StringComparison.Ordinal);
        var end = text.IndexOf("</DocRulesInclude>", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "the sample sets DocRulesInclude");
        sample.Write("RoslynDocs.csproj", text[..start] + "<DocRulesInclude>" + include + text[end..]);
    }

    /// <summary>The DR0103 results of the compiler's error log (SARIF 1.0, its default): level, path relative to the project, the message up to its first ';'.</summary>
    private List<string> BinaryDocumentResults(string errorLog)
    {
        var log = JsonNode.Parse(File.ReadAllText(errorLog))!;
        var results = log["runs"]![0]!["results"]!.AsArray();
        return [.. results
            .Where(r => r!["ruleId"]!.GetValue<string>() == "DR0103")
            .Select(r =>
            {
                var uri = r!["locations"]![0]!["resultFile"]!["uri"]!.GetValue<string>();
                var path = Path.GetRelativePath(sample.ProjectDirectory, new Uri(uri).LocalPath).Replace('\\', '/');
                var message = r["message"]!.GetValue<string>();
                return $"{r["level"]!.GetValue<string>()} {path}: {message[..message.IndexOf(';', StringComparison.Ordinal)]}";
            })
            .Order(StringComparer.Ordinal)];
    }
}
