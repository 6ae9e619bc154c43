using System.Text;
using System.Text.Json.Nodes;
using RulesSdk.LanguageServer.Protocol;
using static RulesSdk.LanguageServer.Tests.LspMessages;

namespace RulesSdk.LanguageServer.Tests;

/// <summary>The server as an editor sees it: a process spoken to over stdio.</summary>
public sealed class ProtocolTests : IDisposable
{
    private readonly TestPack _pack = new();

    public void Dispose() => _pack.Dispose();

    [Fact]
    public async Task RequestBeforeInitialize_GetsServerNotInitialized()
    {
        await using var server = LspProcess.Start(TestPack.CacheDirectory);
        var response = await server.RequestAsync("textDocument/hover", Hover("file:///x.md", 0, 0));
        Assert.Equal(LspErrorCodes.ServerNotInitialized, response["error"]!["code"]!.GetValue<int>());

        // The server is still there and initializes normally afterwards.
        var result = await server.ResultAsync("initialize", Initialize());
        Assert.NotNull(result!["capabilities"]);
    }

    [Fact]
    public async Task Garbage_GetsJsonRpcErrors_AndTheServerKeepsServing()
    {
        await using var server = LspProcess.Start(TestPack.CacheDirectory);
        await server.SendRawAsync(Encoding.UTF8.GetBytes("{ this is not json"));
        var parseError = await server.WaitForUnmatchedAsync(1);
        Assert.Equal(LspErrorCodes.ParseError, parseError["error"]!["code"]!.GetValue<int>());

        await server.SendRawAsync(Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":42}"));
        var invalid = await server.WaitForUnmatchedAsync(2);
        Assert.Equal(LspErrorCodes.InvalidRequest, invalid["error"]!["code"]!.GetValue<int>());
        Assert.Equal(7, invalid["id"]!.GetValue<int>());

        await server.SendRawAsync(Encoding.UTF8.GetBytes("{}"), "X-Nonsense\r\n\r\n");
        var badHeader = await server.WaitForUnmatchedAsync(3);
        Assert.Equal(LspErrorCodes.ParseError, badHeader["error"]!["code"]!.GetValue<int>());

        var result = await server.ResultAsync("initialize", Initialize());
        Assert.NotNull(result!["capabilities"]);

        // Well-formed JSON with wrong parameters is an error response, not a crash.
        var wrong = await server.RequestAsync("textDocument/codeAction", new JsonObject { ["textDocument"] = 3 });
        Assert.NotNull(wrong["error"]);
        var unknown = await server.RequestAsync("docrules/noSuchMethod", new JsonObject());
        Assert.Equal(LspErrorCodes.MethodNotFound, unknown["error"]!["code"]!.GetValue<int>());

        Assert.Null(await server.ResultAsync("shutdown", null));
        await server.NotifyAsync("exit", null);
        Assert.Equal(0, await server.WaitForExitAsync());
    }

    [Fact]
    public async Task Document_DiagnosticsFixesHoverChangeClose_ThenShutdown()
    {
        await using var server = LspProcess.Start(TestPack.CacheDirectory);
        await server.ResultAsync("initialize", Initialize());
        await server.NotifyAsync("initialized", new JsonObject());
        await server.NotifyAsync("workspace/didChangeConfiguration", new JsonObject
        {
            ["settings"] = new JsonObject { ["docrules"] = new JsonObject { ["rulesPaths"] = new JsonArray(_pack.RulesFolder) } },
        });
        await server.WaitForNotificationAsync("docrules/status", p => p["rules"]!.GetValue<int>() == 2);

        var uri = TestPack.Uri(_pack.ArticlePath);
        await server.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "markdown", ["version"] = 1, ["text"] = TestPack.Article },
        });
        var published = await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == uri && Codes(p).Contains("PL0001"));
        Assert.Equal(["PL0001", "PL0007"], Codes(published));
        var pl0001 = (JsonObject)published["diagnostics"]!.AsArray().First(d => d!["code"]!.GetValue<string>() == "PL0001")!;
        Assert.Equal("docrules", pl0001["source"]!.GetValue<string>());
        Assert.Equal(2, pl0001["severity"]!.GetValue<int>());
        Assert.Equal("https://example.org/rules/PL0001.md", pl0001["codeDescription"]!["href"]!.GetValue<string>());
        Assert.Equal(4, pl0001["range"]!["start"]!["line"]!.GetValue<int>());

        // Hover on the diagnostic: the rule's title, description and an example.
        var hover = await server.ResultAsync("textDocument/hover", Hover(uri, 4, 10));
        var markdown = hover!["contents"]!["value"]!.GetValue<string>();
        Assert.Contains("Named speaker written in the first person", markdown, StringComparison.Ordinal);
        Assert.Contains("outside quotation marks", markdown, StringComparison.Ordinal);
        Assert.Contains("Moi, Jens Stoltenberg", markdown, StringComparison.Ordinal);

        // Code actions: the safe fix (preferred), fix all for the rule, suppress; and the source fix-all.
        var actions = (await server.ResultAsync("textDocument/codeAction", CodeActionRequest(uri, pl0001["range"]!)))!.AsArray();
        var titles = actions.Select(a => a!["title"]!.GetValue<string>()).ToList();
        Assert.Contains("Restore the third-person attribution", titles);
        Assert.Contains("Fix all PL0001 in document", titles);
        Assert.Contains("Suppress PL0001 on this line", titles);
        Assert.Contains("Fix all DocRules issues in document", titles);
        var fix = actions.First(a => a!["title"]!.GetValue<string>() == "Restore the third-person attribution")!;
        Assert.True(fix["isPreferred"]!.GetValue<bool>());
        Assert.Equal("quickfix", fix["kind"]!.GetValue<string>());

        // Apply the fix as the editor would: the edits come back as an incremental change.
        var edits = fix["edit"]!["changes"]![uri]!.AsArray();
        var text = TestPack.Article;
        var changes = new JsonArray();
        foreach (var edit in edits.Reverse())
        {
            text = Apply(text, edit!);
            changes.Add(new JsonObject { ["range"] = edit!["range"]!.DeepClone(), ["text"] = edit["newText"]!.DeepClone() });
        }

        Assert.Contains("Jens Stoltenberg, secrétaire général de l’OTAN, a fortement plaidé pour que", text, StringComparison.Ordinal);
        await server.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 2 },
            ["contentChanges"] = changes,
        });
        var afterFix = await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["version"]?.GetValue<int>() == 2);
        Assert.Equal(["PL0007"], Codes(afterFix));

        // Suppress the remaining one: the comment goes on its own line above.
        var pl0007 = afterFix["diagnostics"]![0]!;
        var suppressActions = (await server.ResultAsync("textDocument/codeAction", CodeActionRequest(uri, pl0007["range"]!)))!.AsArray();
        var suppress = suppressActions.First(a => a!["title"]!.GetValue<string>() == "Suppress PL0007 on this line")!;
        var insert = suppress["edit"]!["changes"]![uri]![0]!;
        Assert.Equal("<!-- docrules-disable-next-line PL0007 -->\n", insert["newText"]!.GetValue<string>());
        await server.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 3 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = insert["range"]!.DeepClone(), ["text"] = insert["newText"]!.DeepClone() }),
        });
        var afterSuppress = await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["version"]?.GetValue<int>() == 3);
        Assert.Empty(Codes(afterSuppress));

        // Close: diagnostics cleared.
        await server.NotifyAsync("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
        var cleared = await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == uri && p["version"] is null);
        Assert.Empty(cleared["diagnostics"]!.AsArray());

        Assert.Null(await server.ResultAsync("shutdown", null));
        var afterShutdown = await server.RequestAsync("textDocument/hover", Hover(uri, 0, 0));
        Assert.Equal(LspErrorCodes.InvalidRequest, afterShutdown["error"]!["code"]!.GetValue<int>());
        await server.NotifyAsync("exit", null);
        Assert.Equal(0, await server.WaitForExitAsync());
    }

    [Fact]
    public async Task FixAllSourceAction_FixesEveryRuleWithASafeFix()
    {
        await using var server = await StartWithPackAsync();
        var uri = TestPack.Uri(_pack.ArticlePath);
        await OpenAsync(server, uri, TestPack.Article);
        await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => Codes(p).Contains("PL0001"));
        var request = CodeActionRequest(uri, new JsonObject { ["start"] = Pos(0, 0), ["end"] = Pos(0, 0) });
        request["context"]!["only"] = new JsonArray("source.fixAll");
        var actions = (await server.ResultAsync("textDocument/codeAction", request))!.AsArray();
        var fixAll = Assert.Single(actions)!;
        Assert.Equal("source.fixAll.docrules", fixAll["kind"]!.GetValue<string>());
        var fixedText = Apply(TestPack.Article, fixAll["edit"]!["changes"]![uri]![0]!);
        Assert.DoesNotContain("Moi, Jens", fixedText, StringComparison.Ordinal);
        Assert.Contains("pas seulement un assistant", fixedText, StringComparison.Ordinal); // a suggestion only, never applied by fix-all
    }

    [Fact]
    public async Task RuleFile_ErrorsWhileTyping_HoverOnRuleId_SaveRecompilesAndReanalyses()
    {
        await using var server = await StartWithPackAsync();
        var article = TestPack.Uri(_pack.ArticlePath);
        await OpenAsync(server, article, TestPack.Article);
        await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == article && Codes(p).Contains("PL0007"));

        var rules = TestPack.Uri(_pack.RulesPath);
        await server.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = rules, ["languageId"] = "docrules", ["version"] = 1, ["text"] = TestPack.Rules },
        });
        var clean = await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == rules);
        Assert.Empty(clean["diagnostics"]!.AsArray());

        var hover = await server.ResultAsync("textDocument/hover", Hover(rules, 18, 8));
        Assert.Contains("The text calls itself an assistant", hover!["contents"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);

        // A typo: an error on the right line, while typing.
        var broken = TestPack.Rules.Replace("  scope       sentence outside quotes\n  match       phrase", "  scope       sentense outside quotes\n  match       phrase", StringComparison.Ordinal);
        Assert.NotEqual(TestPack.Rules, broken);
        await server.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = rules, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = broken }),
        });
        var errors = await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == rules && p["diagnostics"]!.AsArray().Count > 0);
        var error = errors["diagnostics"]![0]!;
        Assert.StartsWith("DSL", error["code"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, error["severity"]!.GetValue<int>());
        Assert.Equal(22, error["range"]!["start"]!["line"]!.GetValue<int>());

        // Rename the phrase, save: the pack is recompiled (with examples) and the article re-analysed with it.
        var renamed = TestPack.Rules
            .Replace("phrase \"pas seulement un assistant\"", "phrase \"expert en paraphrase\"", StringComparison.Ordinal);
        await server.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = rules, ["version"] = 3 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = renamed }),
        });
        File.WriteAllText(_pack.RulesPath, renamed);
        server.ClearNotifications();
        await server.NotifyAsync("textDocument/didSave", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = rules } });
        var reanalysed = await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == article);
        var diagnostic = reanalysed["diagnostics"]!.AsArray().Single(d => d!["code"]!.GetValue<string>() == "PL0007")!;
        Assert.Equal(11, diagnostic["range"]!["start"]!["character"]!.GetValue<int>());
    }

    [Fact]
    public async Task BadPack_IsReported_AndTheServerStillServes()
    {
        File.WriteAllText(_pack.RulesPath, "pack broken \"Broken\"\nrule PL0001 oops\n  title \"x\"\n");
        await using var server = await StartWithPackAsync(expectedRules: 0);
        var rules = TestPack.Uri(_pack.RulesPath);
        var errors = await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == rules);
        Assert.NotEmpty(errors["diagnostics"]!.AsArray());
        var uri = TestPack.Uri(_pack.ArticlePath);
        await OpenAsync(server, uri, TestPack.Article);
        var published = await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == uri);
        Assert.Empty(published["diagnostics"]!.AsArray());
        Assert.Null(await server.ResultAsync("shutdown", null));
    }

    [Fact]
    public async Task ExitWithoutShutdown_ExitsWithOne()
    {
        await using var server = LspProcess.Start(TestPack.CacheDirectory);
        await server.ResultAsync("initialize", Initialize());
        await server.NotifyAsync("exit", null);
        Assert.Equal(1, await server.WaitForExitAsync());
    }

    [Fact]
    public async Task Edits_ReanalyseOnlyChangedParagraphs_AndDiagnosticsMoveWithTheirText()
    {
        await using var server = LspProcess.Start(TestPack.CacheDirectory);
        var options = new JsonObject { ["docrules"] = new JsonObject { ["rulesPaths"] = new JsonArray(_pack.RulesFolder), ["documentDebounceMs"] = 0 } };
        await server.ResultAsync("initialize", Initialize(options));
        await server.NotifyAsync("initialized", new JsonObject());
        await server.WaitForNotificationAsync("docrules/status", p => p["rules"]!.GetValue<int>() == 2);
        var uri = TestPack.Uri(_pack.ArticlePath);
        await OpenAsync(server, uri, TestPack.Article);
        var before = await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == uri && p["version"]?.GetValue<int>() == 1);
        Assert.Equal(["PL0001", "PL0007"], Codes(before));

        // A new paragraph after the headline: the later diagnostics move down two lines, unchanged.
        await server.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject
            {
                ["range"] = new JsonObject { ["start"] = Pos(2, 0), ["end"] = Pos(2, 0) },
                ["text"] = "Un paragraphe ajouté.\n\n",
            }),
        });
        var after = await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == uri && p["version"]?.GetValue<int>() == 2);
        var moved = before["diagnostics"]!.AsArray().Select(d => Shift(d!, 2)).ToArray();
        Assert.Equal(moved, after["diagnostics"]!.AsArray().Select(d => d!.ToJsonString()).ToArray());

        // The same text opened fresh gives the same diagnostics.
        var copy = TestPack.Uri(Path.Combine(_pack.Root, "copy.md"));
        var edited = TestPack.Article.Replace("Dmitri", "Un paragraphe ajouté.\n\nDmitri", StringComparison.Ordinal);
        await OpenAsync(server, copy, edited);
        var fresh = await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == copy);
        Assert.Equal(moved, fresh["diagnostics"]!.AsArray().Select(d => d!.ToJsonString()).ToArray());

        static string Shift(JsonNode diagnostic, int lines)
        {
            var copy = diagnostic.DeepClone();
            foreach (var end in new[] { "start", "end" })
            {
                var line = copy["range"]![end]!["line"]!;
                copy["range"]![end]!["line"] = line.GetValue<int>() + lines;
            }

            return copy.ToJsonString();
        }
    }

    private Task<LspProcess> StartWithPackAsync(int expectedRules = 2) => LspMessages.StartWithPackAsync(_pack, expectedRules);

    private JsonObject Initialize(JsonObject? initializationOptions = null) => LspMessages.Initialize(_pack, initializationOptions);
}
