using System.Diagnostics;
using System.Text;

namespace RulesSdk.Tests.Hostile;

/// <summary>
/// hostile14: <c>docrules fix -</c>, <c>init</c> and <c>compile --emit-cs</c> with odd input, run as a process
/// (this project does not reference the CLI: the tests look for <c>src/RulesSdk.Cli/bin/&lt;configuration&gt;/net10.0/docrules.dll</c>,
/// so build src/RulesSdk.Cli first). Each was a finding of that hunt, fixed since.
/// </summary>
public sealed class CliHostile14Tests
{
    /// <summary>
    /// <c>docrules fix -</c> is a filter: the fixed document goes to standard output. When the standard input is
    /// skipped (binary: a NUL byte; over the 10 MB limit; invalid UTF-8), no stdin result exists, so
    /// FixCommand.RunAsync sends the listing to standard output (<c>listing = diff || stdinResult is not null ?
    /// Error : Out</c>): <c>docrules fix - &lt; in.md &gt; out.md</c> leaves "Nothing to fix in 0 files." in out.md,
    /// and the exit code is 0 for the binary and the oversized input (2 for invalid UTF-8).
    /// </summary>
    [Theory]
    [InlineData("abc\0def")]
    [InlineData("Je suis ravi de partager que\0 le pont est ouvert.\n")]
    public void FixStdin_SkippedInput_NeverReplacesTheDocumentWithTheListing(string input)
    {
        var (exit, stdout, _) = Run(Directory.GetCurrentDirectory(), Encoding.UTF8.GetBytes(input), "fix", "-");

        Assert.DoesNotContain("Nothing to fix", stdout, StringComparison.Ordinal);

        // Either the input comes back unchanged, or the command fails so a pipeline does not keep an empty file.
        Assert.True(exit != 0 || stdout == input, $"exit {exit}, stdout '{stdout}'");
    }

    /// <summary>
    /// <c>docrules init</c> where <c>rules</c> is a regular file: InitCommand checks only the two target files, writes
    /// .docrules.json, then Directory.CreateDirectory("rules") throws IOException (InitCommand.cs:88):
    /// "docrules: internal error: System.IO.IOException: The file '…/rules' already exists", exit 3, and the
    /// .docrules.json stays (a second init refuses: "already exists").
    /// </summary>
    [Fact]
    public void Init_WhereRulesIsAFile_WritesNothing_AndSaysWhy()
    {
        var folder = Directory.CreateTempSubdirectory("hostile14-init").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "rules"), string.Empty);

            var (exit, _, stderr) = Run(folder, null, "init");

            Assert.Equal(2, exit);
            Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(folder, ".docrules.json")), ".docrules.json was written before the failure");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary><c>docrules compile t.rules --emit-cs ""</c>: ArgumentException from Directory.CreateDirectory (CompileCommand.cs:90), exit 3.</summary>
    [Fact]
    public void Compile_EmitCsToAnEmptyPath_IsAUsageError()
    {
        var folder = Directory.CreateTempSubdirectory("hostile14-compile").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "t.rules"), """
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

            var (exit, _, stderr) = Run(folder, null, "compile", "t.rules", "--emit-cs", string.Empty);

            Assert.Equal(2, exit);
            Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (int Exit, string Stdout, string Stderr) Run(string workingDirectory, byte[]? stdin, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(CliDll());
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.BaseStream.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("docrules did not finish");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string CliDll()
    {
        // tests/RulesSdk.Tests/bin/<Configuration>/<tfm>/ → src/RulesSdk.Cli/bin/<Configuration>/<tfm>/docrules.dll, else the other configuration.
        var here = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var tfm = Path.GetFileName(here);
        var configuration = Path.GetFileName(Path.GetDirectoryName(here)!);
        var repository = Path.GetFullPath(Path.Combine(here, "..", "..", "..", "..", ".."));
        foreach (var candidate in new[] { configuration, "Release", "Debug" })
        {
            var dll = Path.Combine(repository, "src", "RulesSdk.Cli", "bin", candidate, tfm, "docrules.dll");
            if (File.Exists(dll))
            {
                return dll;
            }
        }

        throw new FileNotFoundException("Build src/RulesSdk.Cli first (dotnet build src/RulesSdk.Cli).");
    }
}
