using System.Text.Json.Nodes;
using RulesSdk.LanguageServer.Server;
using RulesSdk.Workspaces;

namespace RulesSdk.LanguageServer.Tests.Hostile;

/// <summary>
/// A rule pack, rule file, list or analyzer assembly the server cannot read (a device, a FIFO, bytes that are
/// not UTF-8, garbage) is a problem naming the file and why, read under the CLI's policy: the rebuild
/// finishes (never waits on a FIFO nor reads /dev/zero to the end) and the other packs stay loaded.
/// </summary>
public sealed class SpecialPackFileTests : IDisposable
{
    private const string ListedPack = """
        pack test.listed "Listed"
        language fr
        list words from "words.txt"

        rule PL0201 listed-words
          title   "Listed"
          message "Listed"
          scope   sentence
          match   phrase @words
        end
        """;

    // A guard against a hang coming back, not a timing: the rebuild reads nothing that can block.
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(60);
    private readonly string _root = Directory.CreateTempSubdirectory("docrules-lsp-special-packs").FullName;

    public SpecialPackFileTests() => File.WriteAllText(Path.Combine(_root, "good.rules"), TestPack.Rules);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [SkippableFact]
    public async Task DevZeroAsARulePack_IsAProblem_AndTheOtherPackLoads()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs /dev/zero");
        Configure("""{ "rulePacks": ["good.rules", "/dev/zero"], "builtInPacks": false }""");

        var result = await RebuildAsync();

        Assert.True(result.Packs.Rules.ContainsKey("PL0001"));
        Assert.Contains(result.Problems, p => p.StartsWith("/dev/zero: DSL0011:", StringComparison.Ordinal) && p.Contains("a character device, not a regular file", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task FolderPackWithAFifo_IsAProblem_AndTheOtherPackLoads()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs mkfifo");
        var folder = Directory.CreateDirectory(Path.Combine(_root, "piped")).FullName;
        MkFifo(Path.Combine(folder, "a.rules"));
        File.WriteAllText(Path.Combine(folder, "b.rules"), TestPack.Rules.Replace("PL0001", "PL0101", StringComparison.Ordinal).Replace("PL0007", "PL0107", StringComparison.Ordinal));
        Configure("""{ "rulePacks": ["good.rules", "piped"], "builtInPacks": false }""");

        var result = await RebuildAsync();

        Assert.True(result.Packs.Rules.ContainsKey("PL0001"));
        Assert.False(result.Packs.Rules.ContainsKey("PL0101"));
        var problem = Assert.Single(result.Problems);
        Assert.Contains("a.rules", problem, StringComparison.Ordinal);
        Assert.Contains("a FIFO (named pipe), not a regular file", problem, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AListFileThatIsAFifo_IsADiagnosticOfThePack_NotAHang()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs mkfifo");
        MkFifo(Path.Combine(_root, "words.txt"));
        File.WriteAllText(Path.Combine(_root, "listed.rules"), ListedPack);
        Configure("""{ "rulePacks": ["good.rules", "listed.rules"], "builtInPacks": false }""");

        var result = await RebuildAsync();

        Assert.True(result.Packs.Rules.ContainsKey("PL0001"));
        var error = Assert.Single(result.Diagnostics, d => d.Id == "DSL0011");
        Assert.EndsWith("words.txt", error.Path, StringComparison.Ordinal);
        Assert.Contains("a FIFO (named pipe)", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Server_WithAListFileThatIsAFifo_PublishesTheProblemOnIt_AndServes()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs mkfifo");
        var words = Path.Combine(_root, "words.txt");
        MkFifo(words);
        File.WriteAllText(Path.Combine(_root, "listed.rules"), ListedPack);
        Configure("""{ "rulePacks": ["good.rules", "listed.rules"], "builtInPacks": false }""");
        await using var server = LspProcess.Start(TestPack.CacheDirectory);
        await server.ResultAsync("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = TestPack.Uri(_root), ["capabilities"] = new JsonObject() });
        await server.NotifyAsync("initialized", new JsonObject());

        // The diagnostic is placed in the FIFO's text, which must not be read (it would block).
        var published = await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == TestPack.Uri(words));
        var rules = await server.ResultAsync("docrules/rules", null);

        Assert.Equal("DSL0011", published["diagnostics"]![0]!["code"]!.GetValue<string>());
        Assert.Contains(rules!.AsArray(), r => r!["id"]!.GetValue<string>() == "PL0001");
    }

    [SkippableFact]
    public async Task DisableRuleInConfiguration_WhereTheConfigurationIsAFifo_IsAnError_NotAHang()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs mkfifo");
        var configuration = Path.Combine(_root, ".docrules.json");
        MkFifo(configuration);
        await using var server = LspProcess.Start(TestPack.CacheDirectory);
        await server.ResultAsync("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = TestPack.Uri(_root), ["capabilities"] = new JsonObject() });
        await server.NotifyAsync("initialized", new JsonObject());

        var answer = await server.RequestAsync("workspace/executeCommand", new JsonObject
        {
            ["command"] = "docrules.disableRuleInConfiguration",
            ["arguments"] = new JsonArray(TestPack.Uri(Path.Combine(_root, "a.md")), "PL0001"),
        });

        Assert.Contains("a FIFO (named pipe)", answer["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(FileStatusKind.Fifo, FileStatus.TryGet(configuration)!.Kind);
    }

    [Fact]
    public async Task DisableRuleInConfiguration_ForAPathOutsideTheWorkspace_WritesNothing()
    {
        var outside = Directory.CreateTempSubdirectory("docrules-outside").FullName;
        try
        {
            await using var server = LspProcess.Start(TestPack.CacheDirectory);
            await server.ResultAsync("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = TestPack.Uri(_root), ["capabilities"] = new JsonObject() });
            await server.NotifyAsync("initialized", new JsonObject());

            var answer = await server.RequestAsync("workspace/executeCommand", new JsonObject
            {
                ["command"] = "docrules.disableRuleInConfiguration",
                ["arguments"] = new JsonArray(TestPack.Uri(Path.Combine(outside, "a.md")), "PL0001"),
            });

            Assert.Contains("neither an open document nor a file of a workspace folder", answer["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(outside, ".docrules.json")));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    /// <summary>
    /// Round 16: a document reached through a link out of the workspace folder is not the folder's (the check now
    /// resolves links, <c>RealPath.IsUnder</c>); it was, by name, and the command rewrote the .docrules.json of the
    /// folder the link leads to.
    /// </summary>
    [SkippableFact]
    public async Task DisableRuleInConfiguration_ThroughALinkOutOfTheWorkspace_WritesNothing()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        var outside = Directory.CreateTempSubdirectory("docrules-outside").FullName;
        try
        {
            const string Theirs = "{ \"rules\": {} }\n";
            File.WriteAllText(Path.Combine(outside, ".docrules.json"), Theirs);
            Directory.CreateSymbolicLink(Path.Combine(_root, "linked"), outside);
            await using var server = LspProcess.Start(TestPack.CacheDirectory);
            await server.ResultAsync("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = TestPack.Uri(_root), ["capabilities"] = new JsonObject() });
            await server.NotifyAsync("initialized", new JsonObject());

            var answer = await server.RequestAsync("workspace/executeCommand", new JsonObject
            {
                ["command"] = "docrules.disableRuleInConfiguration",
                ["arguments"] = new JsonArray(TestPack.Uri(Path.Combine(_root, "linked", "a.md")), "PL0001"),
            });

            Assert.Contains("neither an open document nor a file of a workspace folder", answer["error"]?["message"]?.GetValue<string>() ?? answer.ToJsonString(), StringComparison.Ordinal);
            Assert.Equal(Theirs, File.ReadAllText(Path.Combine(outside, ".docrules.json")));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public async Task ARuleFileThatIsNotUtf8_IsAProblem_AndTheOtherPackLoads()
    {
        File.WriteAllBytes(Path.Combine(_root, "latin1.rules"), [.. "pack test.latin \"Caf"u8.ToArray(), 0xE9, .. "\"\n"u8.ToArray()]);
        Configure("""{ "rulePacks": ["good.rules", "latin1.rules"], "builtInPacks": false }""");

        var result = await RebuildAsync();

        Assert.True(result.Packs.Rules.ContainsKey("PL0001"));
        Assert.Contains(result.Problems, p => p.Contains("latin1.rules: DSL0042:", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task AnAnalyzerAssemblyThatIsAFifo_IsAProblem_AndThePacksStayLoaded()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs mkfifo");
        MkFifo(Path.Combine(_root, "piped.dll"));
        Configure("""{ "rulePacks": ["good.rules"], "analyzers": ["piped.dll"], "builtInPacks": false }""");

        var result = await RebuildAsync();

        Assert.True(result.Packs.Rules.ContainsKey("PL0001"));
        Assert.Contains(result.Problems, p => p.Contains("piped.dll", StringComparison.Ordinal) && p.Contains("FIFO", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAnalyzerAssemblyThatIsGarbage_IsAProblem_AndThePacksStayLoaded()
    {
        File.WriteAllText(Path.Combine(_root, "junk.dll"), "not an assembly");
        Configure("""{ "rulePacks": ["good.rules"], "analyzers": ["junk.dll"], "builtInPacks": false }""");

        var result = await RebuildAsync();

        Assert.True(result.Packs.Rules.ContainsKey("PL0001"));
        Assert.Contains(result.Problems, p => p.Contains("junk.dll", StringComparison.Ordinal));
    }

    private static void MkFifo(string path) =>
        Assert.Equal(0, Mono.Unix.Native.Syscall.mkfifo(path, Mono.Unix.Native.FilePermissions.DEFFILEMODE));

    private void Configure(string json) => File.WriteAllText(Path.Combine(_root, ".docrules.json"), json);

    private Task<PackBuildResult> RebuildAsync()
    {
        var packs = new PackManager(LanguageServerOptions.Default, _ => null);

        // Run off the test's thread: a rebuild that blocked would block before its first await.
        return Task.Run(() => packs.RebuildAsync(ServerSettings.Default, [_root], CancellationToken.None)).WaitAsync(Hang);
    }
}
