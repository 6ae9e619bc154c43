using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RulesSdk.Analyzers;
using RulesSdk.Text;

namespace RulesSdk.Benchmarks;

/// <summary>
/// Editor latency: starts the built language server as a process, opens a ~100 KB news document,
/// then makes one-character edits at random paragraphs (fixed seed) and times, for each, the
/// interval from writing <c>didChange</c> to reading the <c>publishDiagnostics</c> of that version.
/// Runs once with the default debounce (150 ms) and once with <c>documentDebounceMs: 0</c>; then
/// replays the same edits in-process through the driver, with and without the block cache.
/// </summary>
internal static partial class LspLatency
{
    public static int Run(string[] args)
    {
        var server = Path.Combine(BenchEnvironment.RepositoryRoot, "src", "RulesSdk.Cli", "bin", "Release", "net10.0", "docrules.dll");
        var edits = 200;
        var targetBytes = 100_000;
        var seed = 20240531;
        var debounces = new List<int?> { null, 0 };
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--server": server = Path.GetFullPath(args[++i]); break;
                case "--edits": edits = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--bytes": targetBytes = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--debounce":
                    debounces = [.. args[++i].Split(',').Select(d => d == "default" ? (int?)null : int.Parse(d, CultureInfo.InvariantCulture))];
                    break;
                default: Console.Error.WriteLine($"lsp-latency: unknown argument {args[i]}"); return 2;
            }
        }

        if (!File.Exists(server))
        {
            Console.Error.WriteLine($"no server at {server}: run `dotnet build -c Release src/RulesSdk.Cli` first");
            return 1;
        }

        var text = NewsDocument(targetBytes);
        var plan = PlanEdits(text, edits, seed);
        var syntax = BenchEnvironment.Document("bench.md", text).GetSyntax();
        Console.WriteLine($"document: {Encoding.UTF8.GetByteCount(text) / 1000.0:F1} KB, {text.Length} chars, {syntax.Blocks.Length} blocks, language {syntax.Language}; {edits} one-character edits, seed {seed}");
        Console.WriteLine($"server: {server}");
        Console.WriteLine($"{"run",-34} {"p50",8} {"p95",8} {"p99",8} {"max",8} {"mean",8}   (ms)");
        foreach (var debounce in debounces)
        {
            var latencies = RunServer(server, text, plan, debounce).GetAwaiter().GetResult();
            var label = debounce is null ? "server, default debounce (150 ms)" : $"server, documentDebounceMs={debounce}";
            Print(label + ", raw", latencies);
            if (debounce is null)
            {
                Print("  minus the 150 ms debounce", [.. latencies.Select(l => l - 150)]);
            }
        }

        RunInProcess(text, plan);
        return 0;
    }

    /// <summary>
    /// About <paramref name="targetBytes"/> of Markdown news: the samples (French and English)
    /// repeated, every number varied per copy so that no two paragraphs are the same.
    /// </summary>
    public static string NewsDocument(int targetBytes)
    {
        var samples = new[] { "fr/g7-pret-ukraine.txt", "en/allies-deeper-strikes.txt", "fr/paris-2024-securite.md", "en/tax-helpline-ai.md" }
            .Select(p => File.ReadAllText(Path.Combine(BenchEnvironment.RepositoryRoot, "samples", p)).Replace("\r\n", "\n", StringComparison.Ordinal).Trim())
            .ToArray();
        var builder = new StringBuilder();
        for (var copy = 0; Encoding.UTF8.GetByteCount(builder.ToString()) < targetBytes; copy++)
        {
            var sample = samples[copy % samples.Length];
            var varied = Number().Replace(sample, m => (long.Parse(m.Value, CultureInfo.InvariantCulture) + copy).ToString(CultureInfo.InvariantCulture));
            var lines = varied.Split('\n');
            if (!lines[0].StartsWith('#'))
            {
                lines[0] = "# " + lines[0];
            }

            builder.Append(string.Join('\n', lines)).Append("\n\n");
        }

        return builder.ToString();
    }

    /// <summary>Where each edit goes: a random non-blank line, a random column; a letter inserted.</summary>
    private static List<(int Line, int Column, string Text)> PlanEdits(string text, int count, int seed)
    {
        var random = new Random(seed);
        var lines = text.Split('\n');
        var proseLines = Enumerable.Range(0, lines.Length).Where(i => lines[i].Length > 2).ToArray();
        var plan = new List<(int, int, string)>(count);
        for (var i = 0; i < count; i++)
        {
            var line = proseLines[random.Next(proseLines.Length)];
            plan.Add((line, random.Next(1, lines[line].Length), ((char)('a' + random.Next(26))).ToString()));
            lines[line] = lines[line].Insert(plan[^1].Item2, (string)plan[^1].Item3);
        }

        return plan;
    }

    private static async Task<double[]> RunServer(string server, string text, List<(int Line, int Column, string Text)> plan, int? debounce)
    {
        var root = Directory.CreateTempSubdirectory("docrules-lsp-latency-");
        try
        {
            var path = Path.Combine(root.FullName, "article.md");
            await File.WriteAllTextAsync(path, text).ConfigureAwait(false);
            await using var client = LspClient.Start(server, root.FullName);
            var rootUri = new Uri(root.FullName).AbsoluteUri;
            var uri = new Uri(path).AbsoluteUri;
            var options = new JsonObject { ["docrules"] = debounce is { } ms ? new JsonObject { ["documentDebounceMs"] = ms } : new JsonObject() };
            await client.RequestAsync("initialize", new JsonObject
            {
                ["processId"] = Environment.ProcessId,
                ["rootUri"] = rootUri,
                ["capabilities"] = new JsonObject(),
                ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = rootUri, ["name"] = "bench" }),
                ["initializationOptions"] = options,
            }).ConfigureAwait(false);
            await client.NotifyAsync("initialized", new JsonObject()).ConfigureAwait(false);
            var opened = Stopwatch.StartNew();
            await client.NotifyAsync("textDocument/didOpen", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "markdown", ["version"] = 1, ["text"] = text },
            }).ConfigureAwait(false);
            var first = await client.WaitForDiagnosticsAsync(uri, 1).ConfigureAwait(false);
            Console.WriteLine($"  first diagnostics after open: {opened.Elapsed.TotalMilliseconds:F0} ms ({first["diagnostics"]!.AsArray().Count} diagnostics, packs load included)");

            // Warm-up: the JIT and the block cache of a fresh server; not measured.
            var version = 1;
            for (var i = 0; i < 5; i++)
            {
                await EditAsync(client, uri, ++version, (0, 2, " ")).ConfigureAwait(false);
                await client.WaitForDiagnosticsAsync(uri, version).ConfigureAwait(false);
                await EditAsync(client, uri, ++version, (0, 2, null)).ConfigureAwait(false);
                await client.WaitForDiagnosticsAsync(uri, version).ConfigureAwait(false);
            }

            var latencies = new double[plan.Count];
            for (var i = 0; i < plan.Count; i++)
            {
                var sent = Stopwatch.GetTimestamp();
                await EditAsync(client, uri, ++version, plan[i]).ConfigureAwait(false);
                var published = await client.WaitForDiagnosticsAsync(uri, version).ConfigureAwait(false);
                latencies[i] = Stopwatch.GetElapsedTime(sent, client.ArrivalOf(published)).TotalMilliseconds;
            }

            await client.RequestAsync("shutdown", null).ConfigureAwait(false);
            await client.NotifyAsync("exit", null).ConfigureAwait(false);
            return latencies;
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    /// <summary>Inserts <paramref name="edit"/>'s text at its position, or deletes one character when it is null.</summary>
    private static Task EditAsync(LspClient client, string uri, int version, (int Line, int Column, string? Text) edit)
    {
        var start = new JsonObject { ["line"] = edit.Line, ["character"] = edit.Column };
        var end = new JsonObject { ["line"] = edit.Line, ["character"] = edit.Column + (edit.Text is null ? 1 : 0) };
        return client.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = new JsonObject { ["start"] = start, ["end"] = end }, ["text"] = edit.Text ?? string.Empty }),
        });
    }

    /// <summary>The same edits through the driver alone: analysis time with and without the block cache.</summary>
    private static void RunInProcess(string text, List<(int Line, int Column, string Text)> plan)
    {
        var syntaxTimes = new double[plan.Count];
        for (var i = 0; i < plan.Count; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            _ = BenchEnvironment.Document("bench.md", text).GetSyntax().Blocks.Sum(b => b.Sentences.Length);
            syntaxTimes[i] = stopwatch.Elapsed.TotalMilliseconds;
        }

        Print("in-process syntax (+ sentences) only", syntaxTimes);
        foreach (var cached in new[] { false, true })
        {
            var options = new AnalyzerDriverOptions { MaxDegreeOfParallelism = 1, BlockCache = cached ? new BlockResultCache(100_000) : null };
            var driver = new AnalyzerDriver(BenchEnvironment.AllAnalyzers, options);
            var document = BenchEnvironment.Document("bench.md", text);
            driver.Analyze(document);
            var times = new double[plan.Count];
            for (var i = 0; i < plan.Count; i++)
            {
                var position = document.Text.Lines.GetPosition(new LinePosition(plan[i].Line, plan[i].Column));
                var stopwatch = Stopwatch.StartNew();
                document = document.WithText(document.Text.WithChanges(new TextChange(new TextSpan(position, 0), plan[i].Text)));
                driver.Analyze(document);
                times[i] = stopwatch.Elapsed.TotalMilliseconds;
            }

            Print(cached ? "in-process driver, block cache" : "in-process driver, no cache", times);
        }
    }

    internal static void Print(string label, double[] values)
    {
        var sorted = values.Order().ToArray();
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-34} {At(0.50),8:F1} {At(0.95),8:F1} {At(0.99),8:F1} {sorted[^1],8:F1} {sorted.Average(),8:F1}"));
    }

    [GeneratedRegex(@"\b[0-9]{1,6}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    /// <summary>A minimal LSP client over the server's stdio: Content-Length framing, JSON-RPC ids.</summary>
    private sealed partial class LspClient : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly Stream _input;
        private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonObject>> _pending = new();
        private readonly ConcurrentDictionary<(string Uri, int Version), TaskCompletionSource<JsonObject>> _diagnostics = new();
        private readonly ConditionalWeakTable<JsonObject, object> _arrivals = new();
        private readonly SemaphoreSlim _writeLock = new(1, 1);
        private readonly Task _reader;
        private long _nextId;

        private LspClient(Process process)
        {
            _process = process;
            _input = process.StandardInput.BaseStream;
            _reader = Task.Run(ReadLoopAsync);
        }

        public static LspClient Start(string server, string workingDirectory)
        {
            var info = new ProcessStartInfo("dotnet")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = workingDirectory,
            };
            info.ArgumentList.Add(server);
            info.ArgumentList.Add("lsp");
            var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the server");
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            return new LspClient(process);
        }

        /// <summary>The timestamp at which the message's last byte was read.</summary>
        public long ArrivalOf(JsonObject message) => _arrivals.TryGetValue(message, out var stamp) ? (long)stamp : Stopwatch.GetTimestamp();

        public async Task<JsonObject> RequestAsync(string method, JsonNode? parameters)
        {
            var id = Interlocked.Increment(ref _nextId);
            var completion = _pending.GetOrAdd(id, _ => new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously));
            await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters }).ConfigureAwait(false);
            return await completion.Task.WaitAsync(TimeSpan.FromSeconds(120)).ConfigureAwait(false);
        }

        public Task NotifyAsync(string method, JsonNode? parameters) =>
            SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

        public Task<JsonObject> WaitForDiagnosticsAsync(string uri, int version) =>
            Diagnostics(uri, version).Task.WaitAsync(TimeSpan.FromSeconds(120));

        private TaskCompletionSource<JsonObject> Diagnostics(string uri, int version) =>
            _diagnostics.GetOrAdd((uri, version), _ => new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously));

        private async Task SendAsync(JsonObject message)
        {
            var body = Encoding.UTF8.GetBytes(message.ToJsonString());
            var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
            await _writeLock.WaitAsync().ConfigureAwait(false);
            try
            {
                await _input.WriteAsync(header).ConfigureAwait(false);
                await _input.WriteAsync(body).ConfigureAwait(false);
                await _input.FlushAsync().ConfigureAwait(false);
            }
            finally
            {
                _writeLock.Release();
            }
        }

        private async Task ReadLoopAsync()
        {
            var output = _process.StandardOutput.BaseStream;
            var buffer = new List<byte>();
            var chunk = new byte[1 << 16];
            while (true)
            {
                var headerEnd = IndexOf(buffer, "\r\n\r\n"u8);
                int length;
                while (headerEnd < 0)
                {
                    var read = await output.ReadAsync(chunk).ConfigureAwait(false);
                    if (read == 0)
                    {
                        return;
                    }

                    buffer.AddRange(chunk.AsSpan(0, read));
                    headerEnd = IndexOf(buffer, "\r\n\r\n"u8);
                }

                var header = Encoding.ASCII.GetString([.. buffer.GetRange(0, headerEnd)]);
                length = int.Parse(ContentLength().Match(header).Groups[1].Value, CultureInfo.InvariantCulture);
                while (buffer.Count < headerEnd + 4 + length)
                {
                    var read = await output.ReadAsync(chunk).ConfigureAwait(false);
                    if (read == 0)
                    {
                        return;
                    }

                    buffer.AddRange(chunk.AsSpan(0, read));
                }

                var stamp = Stopwatch.GetTimestamp();
                var body = buffer.GetRange(headerEnd + 4, length).ToArray();
                buffer.RemoveRange(0, headerEnd + 4 + length);
                if (JsonNode.Parse(body) is not JsonObject message)
                {
                    continue;
                }

                _arrivals.AddOrUpdate(message, stamp);
                if (message["id"] is JsonValue id && message["method"] is null && id.TryGetValue<long>(out var number) && _pending.TryRemove(number, out var request))
                {
                    request.TrySetResult(message);
                }
                else if (message["method"]?.GetValue<string>() == "textDocument/publishDiagnostics" &&
                         message["params"] is JsonObject parameters && parameters["version"] is JsonValue version)
                {
                    Diagnostics(parameters["uri"]!.GetValue<string>(), version.GetValue<int>()).TrySetResult(parameters);
                    _arrivals.AddOrUpdate(parameters, stamp);
                }
            }
        }

        private static int IndexOf(List<byte> buffer, ReadOnlySpan<byte> pattern)
        {
            for (var i = 0; i + pattern.Length <= buffer.Count; i++)
            {
                var match = true;
                for (var j = 0; j < pattern.Length && match; j++)
                {
                    match = buffer[i + j] == pattern[j];
                }

                if (match)
                {
                    return i;
                }
            }

            return -1;
        }

        [GeneratedRegex(@"Content-Length:\s*(\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
        private static partial Regex ContentLength();

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (!_process.WaitForExit(5000))
                {
                    _process.Kill(entireProcessTree: true);
                }
            }
            catch (InvalidOperationException)
            {
            }

            await _reader.ConfigureAwait(false);
            _process.Dispose();
            _writeLock.Dispose();
        }
    }
}
