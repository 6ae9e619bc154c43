using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace RulesSdk.Benchmarks;

/// <summary>
/// Editor latency through Neovim's own LSP client: headless <c>nvim -u NONE</c> opens the same
/// ~100 KB news document as <see cref="LspLatency"/>, attaches the built server with both
/// debounces at 0 (the client's <c>debounce_text_changes</c>, the server's
/// <c>documentDebounceMs</c>), and times each one-letter edit to the arrival of the diagnostics of
/// that version in Neovim's handler (Neovim/docrules-latency.lua).
/// </summary>
internal static class NvimLatency
{
    public static int Run(string[] args)
    {
        var server = Path.Combine(BenchEnvironment.RepositoryRoot, "src", "RulesSdk.Cli", "bin", "Release", "net10.0", "docrules.dll");
        var nvim = "nvim";
        var edits = 200;
        var targetBytes = 100_000;
        var seed = 20240531;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--server": server = Path.GetFullPath(args[++i]); break;
                case "--nvim": nvim = args[++i]; break;
                case "--edits": edits = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--bytes": targetBytes = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default: Console.Error.WriteLine($"nvim-latency: unknown argument {args[i]}"); return 2;
            }
        }

        if (!File.Exists(server))
        {
            Console.Error.WriteLine($"no server at {server}: run `dotnet build -c Release src/RulesSdk.Cli` first");
            return 1;
        }

        var root = Directory.CreateTempSubdirectory("docrules-nvim-latency-");
        try
        {
            var text = LspLatency.NewsDocument(targetBytes);
            var document = Path.Combine(root.FullName, "article.md");
            File.WriteAllText(document, text);
            var output = Path.Combine(root.FullName, "latencies.json");
            var start = new ProcessStartInfo(nvim) { UseShellExecute = false, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root.FullName };
            foreach (var argument in new[] { "--headless", "-u", "NONE", "-i", "NONE", "-n", "--cmd", "filetype on", "-c", "luafile " + Path.Combine(AppContext.BaseDirectory, "Neovim", "docrules-latency.lua") })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["DOCRULES_CMD"] = new JsonArray("dotnet", server, "lsp").ToJsonString();
            start.Environment["DOCRULES_SETTINGS"] = new JsonObject { ["docrules"] = new JsonObject { ["documentDebounceMs"] = 0 } }.ToJsonString();
            start.Environment["DOCRULES_FILE"] = document;
            start.Environment["DOCRULES_ROOT"] = root.FullName;
            start.Environment["DOCRULES_EDITS"] = edits.ToString(CultureInfo.InvariantCulture);
            start.Environment["DOCRULES_SEED"] = seed.ToString(CultureInfo.InvariantCulture);
            start.Environment["DOCRULES_OUT"] = output;
            start.Environment["XDG_STATE_HOME"] = Path.Combine(root.FullName, "state");
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {nvim}");
            process.StandardInput.Close();
            var errors = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            process.WaitForExit();
            if (!File.Exists(output))
            {
                Console.Error.WriteLine($"nvim wrote no results (exit {process.ExitCode}): {errors.Result}");
                return 1;
            }

            var results = JsonNode.Parse(File.ReadAllText(output))!;
            var latencies = results["latencies"]!.AsArray().Select(l => l!.GetValue<double>()).ToArray();
            Console.WriteLine($"document: {Encoding.UTF8.GetByteCount(text) / 1000.0:F1} KB; {edits} one-letter edits, seed {seed}; {results["version"]}; server {server}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  first diagnostics after open: {results["first"]!.GetValue<double>():F0} ms (packs load included)"));
            Console.WriteLine($"{"run",-34} {"p50",8} {"p95",8} {"p99",8} {"max",8} {"mean",8}   (ms)");
            LspLatency.Print("nvim, both debounces 0", latencies);
            return 0;
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
