using System.Diagnostics;

namespace RulesSdk.Roslyn.Tests.TestSupport;

/// <summary>Runs the built engine (docrules.dll) once and returns its standard output.</summary>
internal static class EngineRun
{
    public static async Task<string> RunAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(BuildInfo.DotnetHost)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(BuildInfo.DocRulesDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode is 0 or 1, $"docrules {string.Join(' ', arguments)} exited with {process.ExitCode}: {await errors}");
        return await output;
    }
}
