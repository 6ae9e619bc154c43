using System.Diagnostics;
using System.Text;

namespace RulesSdk.Dsl.Assemblies;

/// <summary>
/// Builds a C# project of analyzers (<c>dotnet build -c Release</c>) and returns the assembly it
/// produced, so <c>--analyzers project.csproj</c> always runs the current source.
/// </summary>
public static class AnalyzerProjectBuilder
{
    /// <summary>How long a build may take before it is stopped and reported.</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromMinutes(5);

    /// <exception cref="AnalyzerAssemblyException">The project is missing or does not build.</exception>
    public static string Build(string projectPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(projectPath);
        var full = Path.GetFullPath(projectPath);
        if (!File.Exists(full))
        {
            throw new AnalyzerAssemblyException($"{projectPath}: error: analyzer project not found");
        }

        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(full)!,
        };
        foreach (var argument in (string[])["build", full, "-c", "Release", "-nologo", "-v", "q", "-t:Build", "-getProperty:TargetPath"])
        {
            start.ArgumentList.Add(argument);
        }

        // The build must not inherit the host's own runtime settings (a test host, say).
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBuildSDKsPath");

        using var process = Process.Start(start) ?? throw new AnalyzerAssemblyException($"{projectPath}: error: could not start 'dotnet build'");
        var output = new StringBuilder();
        var errors = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (errors) { errors.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using (cancellationToken.Register(() => Kill(process)))
        {
            if (!process.WaitForExit(Timeout))
            {
                Kill(process);
                throw new AnalyzerAssemblyException($"{projectPath}: error: 'dotnet build' did not finish within {Timeout.TotalMinutes:0} minutes");
            }

            process.WaitForExit();
        }

        cancellationToken.ThrowIfCancellationRequested();
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (process.ExitCode != 0)
        {
            // The build's own error lines say what and where; keep the last few.
            var detail = lines.Concat(errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).TakeLast(10).ToList();
            var reason = detail.Count > 0 ? string.Join(Environment.NewLine, detail) : "exit code " + process.ExitCode;
            throw new AnalyzerAssemblyException($"{projectPath}: error: the analyzer project did not build:{Environment.NewLine}{reason}");
        }

        var target = lines.LastOrDefault(l => l.EndsWith(".dll", StringComparison.OrdinalIgnoreCase));
        return target is not null && File.Exists(target)
            ? target
            : throw new AnalyzerAssemblyException($"{projectPath}: error: the project built but its output assembly was not found (TargetPath '{target}')");
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }
}
