using System.Diagnostics;
using System.Text;

namespace RulesSdk.Roslyn.Tests.TestSupport;

/// <summary>
/// A copy of samples/roslyn-docs in a temp folder, built with <c>dotnet build</c> as a user would, with the
/// analyzer and engine of this build (the sample's DocRulesFromSource wiring). Offline: a NuGet.config with no
/// source; no build server or MSBuild node outlives the build. Restored once; every build compiles afresh
/// (an up-to-date build would skip the compiler and print nothing).
/// </summary>
public sealed class SampleBuild : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private readonly TempFolder _folder = new();
    private bool _restored;

    public SampleBuild()
    {
        var sample = Path.Combine(BuildInfo.RepoRoot, "samples", "roslyn-docs");
        foreach (var file in Directory.EnumerateFiles(sample, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(sample, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal))
            {
                continue;
            }

            var target = _folder.Combine(relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        _folder.Write("NuGet.config", """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources><clear /></packageSources>
            </configuration>
            """);
    }

    public string ProjectDirectory => _folder.Path;

    public string Write(string relativePath, string text) => _folder.Write(relativePath, text);

    public async Task<BuildResult> BuildAsync(params string[] properties)
    {
        if (!_restored)
        {
            var restore = await RunAsync(["restore", "-nologo", "-nodeReuse:false", "-p:RulesSdkRepoRoot=" + BuildInfo.RepoRoot]);
            Assert.True(restore.ExitCode == 0, restore.Output);
            _restored = true;
        }

        return await RunAsync([
            "build", "--no-restore", "--no-incremental", "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-clp:NoSummary",
            "-p:RulesSdkRepoRoot=" + BuildInfo.RepoRoot, "-p:RulesSdkConfiguration=" + BuildInfo.Configuration,
            .. properties.Select(property => "-p:" + property)]);
    }

    public void Delete(string relativePath) => File.Delete(_folder.Combine(relativePath));

    private async Task<BuildResult> RunAsync(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(BuildInfo.DotnetHost)
        {
            WorkingDirectory = _folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        await process.WaitForExitAsync(timeout.Token);
        var text = new StringBuilder().Append(await output).Append(await errors).ToString();
        return new BuildResult(process.ExitCode, text, _folder.Path);
    }

    public void Dispose() => _folder.Dispose();
}
