using System.Diagnostics;
using System.Text;
using System.Text.Json;
using RulesSdk.Cli.Tests.TestSupport;

namespace RulesSdk.Cli.Tests.EndToEnd;

/// <summary>
/// The Dask distributed recipe of docs/batch.md (samples/batch/dask_docrules.py) run for real: a
/// LocalCluster of 2 worker processes, each piping its partitions through one long-lived docrules.
/// Skips, saying why, when Debian's python3-dask and python3-distributed are not installed.
/// </summary>
public sealed class DaskRecipeTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    private readonly TempFolder _folder = new();

    public DaskRecipeTests() => _folder.WriteTestPack();

    public void Dispose() => _folder.Dispose();

    [SkippableFact]
    public async Task DaskRecipe_TwoWorkers_ReturnEveryIdOnce_AndTheSameOutputAsADirectRun()
    {
        var python = await FindPythonWithDaskAsync();
        Skip.If(python is null, "Dask is not installed (apt-get install python3-dask python3-distributed; .ci/run tries it)");

        // Hugging Face-style lines: the text and id under other names, metadata passed through.
        var input = new StringBuilder();
        for (var i = 0; i < 400; i++)
        {
            var text = i % 4 == 0 ? "Je suis ravi de partager que, selon X, Vladimir Zelensky a parlé." : $"Document {i}, rien à signaler.";
            input.Append(JsonSerializer.Serialize(new { url = $"https://news.example/{i}", content = text, meta = new { n = i } })).Append('\n');
            if (i == 200)
            {
                input.Append("{not json\n");
            }
        }

        _folder.Write("data.jsonl", input.ToString());
        var docrulesArgs = new[] { "--id-field", "url", "--text-field", "content", "--rules", _folder.Combine(TestPack.RelativePath), "--no-builtin" };
        var direct = await _folder.RunWithStdinAsync(input.ToString(), ["check", "--jsonl", "--parallelism", "1", .. docrulesArgs]);
        Assert.Equal(2, direct.ExitCode);

        var recipe = await RunAsync(
            python!,
            [
                RecipeScript, _folder.Combine("data.jsonl"), _folder.Combine("out"),
                "--workers", "2", "--blocksize", "6000",
                "--docrules", $"\"{DotnetHost}\" \"{DocRulesProcess.DllPath}\"",
                "--", .. docrulesArgs,
            ]);
        Assert.True(recipe.ExitCode == 0, $"the recipe failed: exit {recipe.ExitCode}\n{recipe.Output}");

        var parts = Directory.GetFiles(_folder.Combine("out"), "part-*.jsonl").Order(StringComparer.Ordinal).ToArray();
        Assert.True(parts.Length >= 4, $"expected several partitions, got {parts.Length}");
        var output = string.Concat(parts.Select(File.ReadAllText));
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var ids = lines.Where(l => l.TryGetProperty("id", out _)).Select(l => l.GetProperty("id").GetString()).ToList();
        Assert.Equal(Enumerable.Range(0, 400).Select(i => $"https://news.example/{i}"), ids);
        Assert.Single(lines, l => l.TryGetProperty("error", out _));
        Assert.Equal(100, lines.Count(l => l.TryGetProperty("diagnostics", out var d) && d.GetArrayLength() > 0));
        // Identical but for an error line's number: a worker's docrules counts the lines it was sent.
        Assert.Equal(WithoutErrorLineNumbers(direct.Stdout), WithoutErrorLineNumbers(output));
    }

    private static string WithoutErrorLineNumbers(string jsonl) =>
        System.Text.RegularExpressions.Regex.Replace(jsonl, "^\\{\"line\":[0-9]+,\"error\"", "{\"line\":0,\"error\"", System.Text.RegularExpressions.RegexOptions.Multiline);

    private static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static string RecipeScript
    {
        get
        {
            for (var directory = new DirectoryInfo(Path.GetDirectoryName(DocRulesProcess.DllPath)!); directory is not null; directory = directory.Parent)
            {
                var script = Path.Combine(directory.FullName, "samples", "batch", "dask_docrules.py");
                if (File.Exists(script))
                {
                    return script;
                }
            }

            throw new FileNotFoundException("samples/batch/dask_docrules.py not found above the tool's build folder");
        }
    }

    private static async Task<string?> FindPythonWithDaskAsync()
    {
        // Debian's packages install for the system Python, which a pyenv or venv python3 may hide.
        foreach (var candidate in new[] { "/usr/bin/python3", "python3" })
        {
            try
            {
                if ((await RunAsync(candidate, ["-c", "import dask.bag, distributed"])).ExitCode == 0)
                {
                    return candidate;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not installed under that name.
            }
        }

        return null;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string[] args)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOCRULES_CACHE"] = Path.Combine(Path.GetTempPath(), "docrules-cli-tests-cache");
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish within {Timeout}.");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
