using System.Text;
using System.Text.Json.Nodes;
using RulesSdk.Dsl;
using RulesSdk.Dsl.Assemblies;
using RulesSdk.LanguageServer.Framing;
using RulesSdk.LanguageServer.Protocol;
using RulesSdk.LanguageServer.Server;

namespace RulesSdk.LanguageServer.Tests.Hostile;

/// <summary>
/// hostile14: hostile input to the language server (docrules lsp) that kills it, makes it stop answering, or
/// loses a message. Each test is skipped with the finding; remove the Skip once it is fixed.
/// </summary>
public sealed class Hostile14ServerTests
{
    // ---- a duplicate top-level key kills the server ----

    /// <summary>
    /// <c>MessageGate.Inspect</c> parses with <c>JsonNode.Parse</c> inside a try, but the first
    /// <c>message["id"]</c> (outside it) materialises the object's properties and throws ArgumentException
    /// ("An item with the same key has already been added") when a top-level key repeats. The exception leaves
    /// <c>LanguageServerHost.PumpInputAsync</c> (it catches only OperationCanceledException and IOException),
    /// the input pump faults, and the server exits with code 1, nothing on stderr.
    /// </summary>
    [Theory]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":1,\"id\":2,\"method\":\"docrules/rules\"}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"docrules/rules\"}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"method\":\"x\"}")]
    public void MessageGate_DuplicateTopLevelKey_IsAnErrorResponse_NotAnException(string body)
    {
        var (error, _) = MessageGate.Inspect(Encoding.UTF8.GetBytes(body));

        Assert.NotNull(error);
        var code = JsonNode.Parse(error!)!["error"]!["code"]!.GetValue<int>();
        Assert.True(code is LspErrorCodes.ParseError or LspErrorCodes.InvalidRequest, $"code {code}");
    }

    [Fact]
    public async Task Server_SurvivesAFrameWithADuplicateKey()
    {
        await using var server = LspProcess.Start(TestPack.CacheDirectory);
        await server.ResultAsync("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = null, ["capabilities"] = new JsonObject() });
        await server.NotifyAsync("initialized", new JsonObject());

        await server.SendRawAsync(Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":900,\"id\":901,\"method\":\"docrules/rules\"}"));

        // Answered (with an error or not); what matters is that the server is still there.
        var rules = await server.RequestAsync("docrules/rules", null);
        Assert.NotNull(rules["result"]);
        Assert.False(server.HasExited);
    }

    // ---- the frame after an oversized one is lost ----

    /// <summary>
    /// A Content-Length over the 64 MB limit is refused, but its body is not skipped: the body is read as header
    /// lines. <c>FrameReader.ReadLineAsync</c> keeps only the first 8 KB of a line, so when the refused body is
    /// longer than that and the client's next header follows it on the same line (bodies end without a line
    /// break), the "Content-Length:" the resynchronisation looks for is discarded and the next message is lost:
    /// a request is never answered. Seen over stdio with a 100 MB didOpen-sized body, and with 9,000 bytes.
    /// </summary>
    [Fact]
    public async Task FrameReader_AfterAnOversizedFrame_ReadsTheNextFrame()
    {
        var bytes = Encoding.ASCII.GetBytes("Content-Length: 70000000\r\n\r\n" + new string('a', 9_000) + "Content-Length: 2\r\n\r\n{}");
        var reader = new FrameReader(new MemoryStream(bytes));
        var bodies = new List<string>();
        while (await reader.ReadAsync(CancellationToken.None) is { } frame)
        {
            if (frame.Body is not null)
            {
                bodies.Add(Encoding.ASCII.GetString(frame.Body));
            }
        }

        Assert.Contains("{}", bodies);
    }

    // ---- a rule pack that is a FIFO or a device ----

    /// <summary>
    /// <c>PackManager.ReadFile</c> (PackManager.cs, the private ReadFile of CollectSpecs) reads rule files with
    /// <c>File.ReadAllText</c>: a <c>rulePacks</c> entry (or <c>docrules.rulesPaths</c>) naming a FIFO blocks the
    /// rebuild forever, and every request that waits for the packs (docrules/rules, hover, codeAction, the first
    /// publish) is never answered; one naming /dev/zero runs the server out of memory (27 s here, then
    /// "loading the rule packs failed: Insufficient memory", with no rule loaded at all). The CLI reads the same
    /// entries through its bounded, regular-files-only reader (DSL0011).
    /// </summary>
    [SkippableFact]
    public async Task PackRebuild_WithAFifoRulePack_FinishesWithAProblem()
    {
        Skip.If(OperatingSystem.IsWindows(), "FIFOs are a Unix thing");
        var root = Directory.CreateTempSubdirectory("hostile14-fifo-pack").FullName;
        try
        {
            var fifo = Path.Combine(root, "p.rules");
            Assert.Equal(0, MkFifo(fifo));
            File.WriteAllText(Path.Combine(root, ".docrules.json"), """{ "rulePacks": ["p.rules"], "builtInPacks": false }""");
            var packs = new PackManager(LanguageServerOptions.Default, _ => null);

            // RebuildAsync reads the rule files before its first await: run it off the test's thread.
            var rebuild = Task.Run(() => packs.RebuildAsync(ServerSettings.Default, [root], CancellationToken.None));
            var finished = await Task.WhenAny(rebuild, Task.Delay(TimeSpan.FromSeconds(60)));

            try
            {
                Assert.Same(rebuild, finished);
                var result = await rebuild;
                Assert.Contains(result.Diagnostics.Select(d => d.Message).Concat(result.Problems), m => m.Contains("FIFO", StringComparison.OrdinalIgnoreCase));
            }
            finally
            {
                UnblockFifo(fifo);
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// <c>RulePack.FromAnalyzerAssembly</c> (RulePack.Assembly.cs:43) reads the assembly with
    /// <c>File.ReadAllBytes</c>: an <c>analyzers</c> entry (or <c>--analyzers</c>) that is a FIFO hangs
    /// <c>docrules check</c> and the language server; one that is /dev/zero gives
    /// "docrules: internal error: System.OutOfMemoryException: Array dimensions exceeded supported range"
    /// (exit 3, 4.2 GB resident, 9 s) in the CLI and "loading the rule packs failed" with no rule loaded in the server.
    /// </summary>
    [SkippableFact]
    public async Task FromAnalyzers_WithAFifo_IsAnAnalyzerAssemblyException()
    {
        Skip.If(OperatingSystem.IsWindows(), "FIFOs are a Unix thing");
        var root = Directory.CreateTempSubdirectory("hostile14-fifo-dll").FullName;
        try
        {
            var fifo = Path.Combine(root, "an.dll");
            Assert.Equal(0, MkFifo(fifo));
            var load = Task.Run(() => RulePack.FromAnalyzers(fifo));
            var finished = await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(60)));
            try
            {
                Assert.Same(load, finished);
                await Assert.ThrowsAsync<AnalyzerAssemblyException>(() => load);
            }
            finally
            {
                UnblockFifo(fifo);
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    // ---- a URI with %00 ----

    /// <summary>
    /// <c>DocumentUris.ToLocalPath</c> passes the decoded path to <c>Path.GetFullPath</c>, which throws
    /// ArgumentException ("Null character in path") for <c>file:///tmp/%00.md</c>: didOpen fails (logged on
    /// stderr only), the document is unknown to the server, it gets no diagnostics and hover answers null.
    /// A URI that is not a usable local path should be treated as a non-file document (null), as http: is.
    /// </summary>
    [Fact]
    public void ToLocalPath_OfAFileUriWithANul_IsNullNotAnException()
    {
        var error = Record.Exception(() => DocumentUris.ToLocalPath("file:///tmp/a%00b.md"));

        Assert.Null(error);
    }

    [Fact]
    public async Task Server_AnalysesADocumentWhoseFileUriHasANul_InMemory()
    {
        await using var server = LspProcess.Start(TestPack.CacheDirectory);
        await server.ResultAsync("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = null, ["capabilities"] = new JsonObject() });
        await server.NotifyAsync("initialized", new JsonObject());

        const string uri = "file:///tmp/hostile14%00nul.md";
        await server.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "markdown", ["version"] = 1, ["text"] = "# Title\n\nSome text.\n" },
        });

        // Published at all means the document was opened and analysed.
        var published = await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == uri);
        Assert.NotNull(published["diagnostics"]);
        Assert.False(server.HasExited);
    }

    private static int MkFifo(string path)
    {
        using var process = System.Diagnostics.Process.Start("mkfifo", [path]);
        process.WaitForExit();
        return process.ExitCode;
    }

    // Opening the FIFO read-write never blocks on Linux, and lets a reader blocked in open() go on to the end of the file.
    private static void UnblockFifo(string path)
    {
        try
        {
            using var writer = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, 1);
        }
        catch (IOException)
        {
        }
    }
}
