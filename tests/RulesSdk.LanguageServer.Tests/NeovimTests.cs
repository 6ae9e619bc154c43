using System.Diagnostics;
using System.Text.Json.Nodes;

namespace RulesSdk.LanguageServer.Tests;

/// <summary>
/// A client nobody here wrote: headless Neovim (Debian's <c>neovim</c>, installed by .ci/run)
/// with no user configuration, starting the server from a few lines of Lua. Once without filetype
/// detection (every buffer's languageId is "") and once with it ("markdown", "text"): the
/// diagnostics of a .md and a .txt file must arrive either way. Skipped when nvim is absent.
/// </summary>
public sealed class NeovimTests : IDisposable
{
    private readonly TestPack _pack = new();

    public void Dispose() => _pack.Dispose();

    [SkippableTheory]
    [InlineData(false, "", "")]
    [InlineData(true, "markdown", "text")]
    public void Neovim_GetsDiagnostics_ForMarkdownAndPlainText(bool filetypeDetection, string markdownFiletype, string textFiletype)
    {
        var nvim = FindOnPath("nvim");
        Skip.If(nvim is null, "nvim is not installed (Debian: apt-get install neovim; .ci/run installs it when it can)");
        var text = Path.Combine(_pack.Root, "article.txt");
        File.WriteAllText(text, TestPack.Article);
        var output = Path.Combine(_pack.Root, "nvim-results.json");
        var script = Path.Combine(AppContext.BaseDirectory, "Neovim", "docrules-check.lua");

        var start = new ProcessStartInfo(nvim!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = _pack.Root,
        };
        foreach (var argument in new[] { "--headless", "-u", "NONE", "-i", "NONE", "-n" })
        {
            start.ArgumentList.Add(argument);
        }

        if (filetypeDetection)
        {
            start.ArgumentList.Add("--cmd");
            start.ArgumentList.Add("filetype on");
        }

        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("luafile " + script);
        start.Environment["DOCRULES_CMD"] = new JsonArray("dotnet", ServerPaths.HostDll, "lsp").ToJsonString();
        start.Environment["DOCRULES_FILES"] = new JsonArray(_pack.ArticlePath, text).ToJsonString();
        start.Environment["DOCRULES_ROOT"] = _pack.Root;
        start.Environment["DOCRULES_SETTINGS"] = new JsonObject { ["docrules"] = new JsonObject { ["rulesPaths"] = new JsonArray(_pack.RulesFolder), ["documentDebounceMs"] = 0 } }.ToJsonString();
        start.Environment["DOCRULES_OUT"] = output;
        start.Environment["DOCRULES_CACHE"] = TestPack.CacheDirectory;
        start.Environment["XDG_STATE_HOME"] = Path.Combine(_pack.Root, "nvim-state");
        start.Environment["XDG_DATA_HOME"] = Path.Combine(_pack.Root, "nvim-data");

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("nvim did not finish within 3 minutes");
        }

        process.WaitForExit();
        Assert.True(File.Exists(output), $"nvim wrote no results (exit {process.ExitCode}): {stdout.Result}\n{stderr.Result}");
        var results = JsonNode.Parse(File.ReadAllText(output))!.AsObject();
        foreach (var (path, filetype) in new[] { (_pack.ArticlePath, markdownFiletype), (text, textFiletype) })
        {
            var result = results[path]!;
            Assert.Equal(filetype, result["filetype"]!.GetValue<string>());
            Assert.Equal(["PL0001", "PL0007"], result["codes"]!.AsArray().Select(c => c!.GetValue<string>()));
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
}
