using System.Diagnostics;
using System.Text;

namespace RulesSdk.LanguageServer.Tests;

/// <summary>
/// Builds, lints and tests the VS Code extension (src/vscode) with npm, as CI must: its Node tests
/// drive the built server over stdio with vscode-languageserver-protocol, the client VS Code uses.
/// </summary>
public sealed class VsCodeExtensionTests
{
    [Fact]
    public void Extension_installs_compiles_lints_and_passes_its_tests()
    {
        var extension = Path.Combine(RepoRoot(), "src", "vscode");
        Assert.True(File.Exists(Path.Combine(extension, "package-lock.json")), "src/vscode/package-lock.json is missing");

        // The lock file pins every package; ci installs exactly those.
        Run(extension, "npm", "ci --no-audit --no-fund");
        Run(extension, "npm", "run compile");
        Run(extension, "npm", "run lint");
        Run(extension, "npm", "test", ("DOCRULES_SERVER_DLL", ServerPaths.HostDll));
    }

    private static void Run(string directory, string command, string arguments, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(command, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {command}");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Assert.Fail($"'{command}' is not installed ({ex.Message}); the extension needs Node.js and npm.");
            return;
        }

        using (process)
        {
            var output = new StringBuilder();
            process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
            process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{command} {arguments} did not finish within 5 minutes:\n{output}");
            }

            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{command} {arguments} exited with {process.ExitCode}:\n{output}");
        }
    }

    private static string RepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RulesSdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("RulesSdk.sln not found above the test assembly.");
    }
}
