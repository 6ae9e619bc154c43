using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace RulesSdk.Cli.Tests.TestSupport;

/// <summary>
/// Runs the built <c>docrules.dll</c> (from src/RulesSdk.Cli's output folder) as a separate process,
/// with stdout and stderr redirected (so never coloured), CI set (no progress bar), and a compiled
/// pack cache shared by the test run only.
/// </summary>
public static class DocRulesProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    // Shared by the test runs of this machine, so later runs reuse compiled packs; entries left by
    // earlier builds (the cache key includes the SDK's build) are pruned after a day.
    private static readonly Lazy<string> CacheDirectory = new(() =>
    {
        var directory = Path.Combine(Path.GetTempPath(), "docrules-cli-tests-cache");
        Directory.CreateDirectory(directory);
        foreach (var file in Directory.GetFiles(directory))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(file) < DateTime.UtcNow.AddDays(-1))
                {
                    File.Delete(file);
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return directory;
    });

    public static string DllPath { get; } = typeof(DocRulesProcess).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "DocRulesDll").Value!;

    public static Task<CliResult> RunAsync(string workingDirectory, params string[] args) =>
        RunWithStdinAsync(workingDirectory, (byte[]?)null, args);

    public static Task<CliResult> RunWithStdinAsync(string workingDirectory, string stdin, params string[] args) =>
        RunWithStdinAsync(workingDirectory, new UTF8Encoding(false).GetBytes(stdin), args);

    public static Task<CliResult> RunWithStdinAsync(string workingDirectory, byte[]? stdin, params string[] args) =>
        RunWithEnvironmentAsync(workingDirectory, stdin, new Dictionary<string, string>(), args);

    /// <param name="environment">Variables set for this run, over the defaults (e.g. a DOCRULES_CACHE of its own).</param>
    public static async Task<CliResult> RunWithEnvironmentAsync(string workingDirectory, byte[]? stdin, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(environment);
        Assert.True(File.Exists(DllPath), $"The tool is not built at {DllPath}; build src/RulesSdk.Cli first.");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(DllPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["CI"] = "true";
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOCRULES_CACHE"] = CacheDirectory.Value;
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var readOut = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var readErr = process.StandardError.BaseStream.CopyToAsync(stderr);
        if (stdin is not null)
        {
            await process.StandardInput.BaseStream.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"docrules {string.Join(' ', args)} did not finish within {Timeout}.");
        }

        await Task.WhenAll(readOut, readErr);
        var outBytes = stdout.ToArray();
        return new CliResult(process.ExitCode, Encoding.UTF8.GetString(outBytes), Encoding.UTF8.GetString(stderr.ToArray()), outBytes);
    }
}
