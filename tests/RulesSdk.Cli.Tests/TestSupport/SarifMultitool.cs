using System.Diagnostics;
using System.Text.Json;

namespace RulesSdk.Cli.Tests.TestSupport;

/// <summary>
/// Microsoft's SARIF validator (<c>@microsoft/sarif-multitool-linux</c>, from npm), installed once
/// per machine into a temp folder and reused. Without npm the SARIF validation test fails with a
/// message saying so (CI has npm).
/// </summary>
public static class SarifMultitool
{
    public const string Package = "@microsoft/sarif-multitool-linux";
    public const string Version = "5.7.0";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _binary;

    /// <summary>The validator's findings at level error or warning (an empty list means the log is valid).</summary>
    public static async Task<IReadOnlyList<string>> ValidateAsync(string sarifFile)
    {
        var binary = await InstallAsync();
        var output = Path.Combine(Path.GetDirectoryName(sarifFile)!, "validation." + Guid.NewGuid().ToString("N") + ".sarif");
        var (exit, stdout, stderr) = await RunAsync(binary, ["validate", sarifFile, "--output", output, "--level", "Error;Warning"], Path.GetDirectoryName(sarifFile)!, TimeSpan.FromMinutes(3));
        Assert.True(File.Exists(output), $"Sarif.Multitool wrote no output (exit {exit}).\n{stdout}\n{stderr}");
        using var log = JsonDocument.Parse(File.ReadAllText(output));
        var findings = new List<string>();
        foreach (var run in log.RootElement.GetProperty("runs").EnumerateArray())
        {
            if (!run.TryGetProperty("results", out var results))
            {
                continue;
            }

            foreach (var result in results.EnumerateArray())
            {
                var level = result.TryGetProperty("level", out var l) ? l.GetString() : "warning";
                var rule = result.TryGetProperty("ruleId", out var r) ? r.GetString() : "?";
                findings.Add($"{level} {rule}: {result.GetProperty("message").GetRawText()}");
            }
        }

        return findings;
    }

    private static async Task<string> InstallAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_binary is not null)
            {
                return _binary;
            }

            var prefix = Path.Combine(Path.GetTempPath(), $"docrules-sarif-multitool-{Version}");
            var binary = Path.Combine(prefix, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");
            if (!File.Exists(binary))
            {
                Directory.CreateDirectory(prefix);
                var npm = FindOnPath("npm");
                Assert.True(npm is not null, "npm is not installed: the SARIF validation test needs npm to install " + Package + "@" + Version + " (CI has npm; install Node.js and npm to run it locally).");
                var watch = Stopwatch.StartNew();
                var (exit, stdout, stderr) = await RunAsync(npm!, ["install", "--prefix", prefix, "--no-audit", "--no-fund", $"{Package}@{Version}"], prefix, TimeSpan.FromMinutes(8));
                Assert.True(exit == 0 && File.Exists(binary), $"npm install {Package}@{Version} failed (exit {exit}, {watch.Elapsed.TotalSeconds:F0} s):\n{stdout}\n{stderr}");
            }

            // npm may skip the package's postinstall chmod; make the validator executable either way.
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(binary, File.GetUnixFileMode(binary) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }
            _binary = binary;
            return binary;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static string? FindOnPath(string name)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string fileName, string[] args, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(fileName)} {string.Join(' ', args)} did not finish within {timeout} (slow network?).");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
