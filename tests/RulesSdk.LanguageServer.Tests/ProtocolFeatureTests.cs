using System.Text;
using System.Text.Json.Nodes;
using RulesSdk.LanguageServer.Protocol;
using static RulesSdk.LanguageServer.Tests.LspMessages;

namespace RulesSdk.LanguageServer.Tests;

/// <summary>
/// Hardening and editor features over the protocol: stray responses, bad parameters, bursts of
/// edits, documents by extension, pull diagnostics, resolve, commands, completion, watchers.
/// </summary>
public sealed class ProtocolFeatureTests : IDisposable
{
    private readonly TestPack _pack = new();

    public void Dispose() => _pack.Dispose();

    [Fact]
    public async Task ResponseWithAnUnknownId_IsIgnored_AndTheServerStaysUp()
    {
        await using var server = LspProcess.Start(TestPack.CacheDirectory);
        await server.ResultAsync("initialize", Initialize(_pack));
        foreach (var id in new JsonNode[] { 4242, "nobody-asked", 1 })
        {
            await server.SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["result"] = null });
            await server.SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["error"] = new JsonObject { ["code"] = -1, ["message"] = "x" } });
        }

        var rules = await server.ResultAsync("docrules/rules", null);
        Assert.NotNull(rules);
        Assert.Empty(server.Unmatched);
        Assert.Null(await server.ResultAsync("shutdown", null));
        await server.NotifyAsync("exit", null);
        Assert.Equal(0, await server.WaitForExitAsync());
    }

    [Fact]
    public async Task MalformedParams_GetAShortMessage_NeverAStackTrace()
    {
        await using var server = LspProcess.Start(TestPack.CacheDirectory);
        await server.ResultAsync("initialize", Initialize(_pack));
        var requests = new (string Method, JsonObject Params)[]
        {
            ("textDocument/codeAction", new JsonObject { ["textDocument"] = 3 }),
            ("textDocument/hover", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "file:///x.md" }, ["position"] = new JsonObject { ["line"] = "a" } }),
            ("textDocument/hover", new JsonObject()),
            ("textDocument/completion", new JsonObject { ["textDocument"] = new JsonObject() }),
            ("codeAction/resolve", new JsonObject { ["title"] = "x", ["kind"] = "quickfix", ["data"] = new JsonObject { ["uri"] = 1 } }),
            ("workspace/executeCommand", new JsonObject { ["command"] = "docrules.fixAll", ["arguments"] = new JsonArray(7) }),
            ("workspace/executeCommand", new JsonObject { ["command"] = "docrules.nothing" }),
        };
        foreach (var (method, parameters) in requests)
        {
            var response = await server.RequestAsync(method, parameters);
            var error = response["error"] as JsonObject;
            Assert.True(error is not null, $"{method}: expected an error, got {response.ToJsonString()}");
            Assert.Equal(LspErrorCodes.InvalidParams, error["code"]!.GetValue<int>());
            Assert.Null(error["data"]);
            var message = error["message"]!.GetValue<string>();
            Assert.True(message.Length < 200, message);
            Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', message);
            Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
        }

        Assert.Null(await server.ResultAsync("shutdown", null));
    }

    [Fact]
    public async Task ABurstOfAThousandChanges_GivesOnePublish()
    {
        // The quiet time is long enough that a loaded CI machine reading the burst never pauses that long.
        await using var server = await StartWithPackAsync(_pack, settings: new JsonObject { ["documentDebounceMs"] = 2000 });
        var uri = TestPack.Uri(_pack.ArticlePath);
        await OpenAsync(server, uri, TestPack.Article);
        await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == uri && p["version"]?.GetValue<int>() == 1);
        server.ClearNotifications();

        // One write holding every change, as a fast typist's editor would send them.
        var burst = new MemoryStream();
        for (var version = 2; version <= 1001; version++)
        {
            var change = new JsonObject
            {
                ["jsonrpc"] = "2.0",
                ["method"] = "textDocument/didChange",
                ["params"] = new JsonObject
                {
                    ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
                    ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = new JsonObject { ["start"] = Pos(0, 0), ["end"] = Pos(0, 0) }, ["text"] = "x" }),
                },
            };
            var body = Encoding.UTF8.GetBytes(change.ToJsonString());
            burst.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
            burst.Write(body);
        }

        await server.SendRawAsync(burst.ToArray(), header: string.Empty);
        var last = await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["version"]?.GetValue<int>() == 1001);
        Assert.Equal(["PL0001", "PL0007"], Codes(last));

        // Every publish is sent before the answer to a later request: none but the last one came.
        await server.ResultAsync("docrules/rules", null);
        Assert.Empty(server.Notifications("textDocument/publishDiagnostics").Select(p => $"version {p["version"]?.ToJsonString() ?? "none"} of {p["uri"]}"));
    }

    [Theory]
    [InlineData("", "article.md")]
    [InlineData("latex", "article.md")]
    [InlineData("restructuredtext", "article.txt")]
    [InlineData("text", "article.txt")]
    public async Task UnknownOrEmptyLanguageId_TheExtensionDecides(string languageId, string fileName)
    {
        await using var server = await StartWithPackAsync(_pack);
        var path = Path.Combine(_pack.Root, fileName);
        File.WriteAllText(path, TestPack.Article);
        var uri = TestPack.Uri(path);
        await OpenAsync(server, uri, TestPack.Article, languageId);
        var published = await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == uri);
        Assert.Equal(["PL0001", "PL0007"], Codes(published));

        if (languageId == "text")
        {
            return; // "text" is plain text whatever the extension
        }

        // Not prose by either: nothing to act on.
        var script = TestPack.Uri(Path.Combine(_pack.Root, "script.py"));
        await OpenAsync(server, script, TestPack.Article, languageId);
        var actions = await server.ResultAsync("textDocument/codeAction", CodeActionRequest(script, new JsonObject { ["start"] = Pos(0, 0), ["end"] = Pos(99, 0) }));
        Assert.Empty(actions!.AsArray());
    }

    [Fact]
    public async Task PullDiagnostics_ForAClientThatPulls_WithUnchangedReports()
    {
        var capabilities = new JsonObject
        {
            ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject { ["dynamicRegistration"] = false } },
            ["workspace"] = new JsonObject { ["diagnostics"] = new JsonObject { ["refreshSupport"] = true } },
        };
        await using var server = LspProcess.Start(TestPack.CacheDirectory);
        var initialize = await server.ResultAsync("initialize", Initialize(_pack, new JsonObject { ["docrules"] = new JsonObject { ["rulesPaths"] = new JsonArray(_pack.RulesFolder), ["documentDebounceMs"] = 0 } }, capabilities));
        Assert.True(initialize!["capabilities"]!["diagnosticProvider"]!["workspaceDiagnostics"]!.GetValue<bool>());
        await server.NotifyAsync("initialized", new JsonObject());
        var uri = TestPack.Uri(_pack.ArticlePath);
        await OpenAsync(server, uri, TestPack.Article);

        var full = await server.ResultAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
        Assert.Equal("full", full!["kind"]!.GetValue<string>());
        Assert.Equal(["PL0001", "PL0007"], Codes(full["items"]!.AsArray()));
        var resultId = full["resultId"]!.GetValue<string>();

        var again = await server.ResultAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["previousResultId"] = resultId });
        Assert.Equal("unchanged", again!["kind"]!.GetValue<string>());
        Assert.Equal(resultId, again["resultId"]!.GetValue<string>());

        var workspace = await server.ResultAsync("workspace/diagnostic", new JsonObject
        {
            ["previousResultIds"] = new JsonArray(new JsonObject { ["uri"] = uri, ["value"] = resultId }),
        });
        var report = Assert.Single(workspace!["items"]!.AsArray())!;
        Assert.Equal(uri, report["uri"]!.GetValue<string>());
        Assert.Equal("unchanged", report["kind"]!.GetValue<string>());
        Assert.Equal(1, report["version"]!.GetValue<int>());

        // An edit that removes a finding: a new full report.
        var fixedText = TestPack.Article.Replace("pas seulement un assistant", "pas seulement un rédacteur", StringComparison.Ordinal);
        await server.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = fixedText }),
        });
        var changed = await server.ResultAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["previousResultId"] = resultId });
        Assert.Equal("full", changed!["kind"]!.GetValue<string>());
        Assert.Equal(["PL0001"], Codes(changed["items"]!.AsArray()));

        // A client that pulls is not also pushed the same diagnostics; it is told to pull again when packs change.
        Assert.DoesNotContain(server.Notifications("textDocument/publishDiagnostics"), p => p["uri"]!.GetValue<string>() == uri);
        await server.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["docrules"] = new JsonObject { ["severityThreshold"] = "error" } } });
        await server.WaitForServerRequestAsync("workspace/diagnostic/refresh");
    }

    [Fact]
    public async Task CodeActions_ForAClientThatResolves_CarryNoEditUntilResolved()
    {
        var capabilities = new JsonObject
        {
            ["textDocument"] = new JsonObject { ["codeAction"] = new JsonObject { ["resolveSupport"] = new JsonObject { ["properties"] = new JsonArray("edit") } } },
        };
        await using var server = await StartWithPackAsync(_pack, capabilities: capabilities);
        var uri = TestPack.Uri(_pack.ArticlePath);
        await OpenAsync(server, uri, TestPack.Article);
        var published = await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == uri);
        var pl0001 = published["diagnostics"]!.AsArray().First(d => d!["code"]!.GetValue<string>() == "PL0001")!;

        var actions = (await server.ResultAsync("textDocument/codeAction", CodeActionRequest(uri, pl0001["range"]!)))!.AsArray();
        var titles = actions.Select(a => a!["title"]!.GetValue<string>()).ToList();
        Assert.Equal(
            ["Restore the third-person attribution", "Suppress PL0001 on this line", "Fix all PL0001 in document", "Disable PL0001 for this file", "Disable PL0001 in .docrules.json", "Fix all DocRules issues in document"],
            titles);
        Assert.All(actions, a => Assert.Null(a!["edit"]));

        async Task<string> ResolvedText(string title)
        {
            var action = actions.First(a => a!["title"]!.GetValue<string>() == title)!;
            var resolved = await server.ResultAsync("codeAction/resolve", action.DeepClone());
            var edits = resolved!["edit"]!["changes"]![uri]!.AsArray();
            return edits.Reverse().Aggregate(TestPack.Article, (text, edit) => Apply(text, edit!));
        }

        Assert.Contains("Jens Stoltenberg, secrétaire général de l’OTAN, a fortement plaidé pour que", await ResolvedText("Restore the third-person attribution"), StringComparison.Ordinal);
        Assert.DoesNotContain("Moi, Jens", await ResolvedText("Fix all PL0001 in document"), StringComparison.Ordinal);
        Assert.DoesNotContain("Moi, Jens", await ResolvedText("Fix all DocRules issues in document"), StringComparison.Ordinal);
        Assert.Contains("<!-- docrules-disable-next-line PL0001 -->\nMoi, Jens", await ResolvedText("Suppress PL0001 on this line"), StringComparison.Ordinal);
        Assert.StartsWith("<!-- docrules-disable-file PL0001 -->\nDes armes", await ResolvedText("Disable PL0001 for this file"), StringComparison.Ordinal);
        var disable = actions.First(a => a!["title"]!.GetValue<string>() == "Disable PL0001 in .docrules.json")!;
        Assert.Equal("docrules.disableRuleInConfiguration", disable["command"]!["command"]!.GetValue<string>());
    }

    [Fact]
    public async Task FixAllCommand_SendsTheEditWithApplyEdit()
    {
        var capabilities = new JsonObject { ["workspace"] = new JsonObject { ["applyEdit"] = true } };
        await using var server = await StartWithPackAsync(_pack, capabilities: capabilities);
        server.AnswerServerRequest = request => request["method"]!.GetValue<string>() == "workspace/applyEdit" ? new JsonObject { ["applied"] = true } : null;
        var uri = TestPack.Uri(_pack.ArticlePath);
        await OpenAsync(server, uri, TestPack.Article);

        // A client without resolve gets the fix-all as a command.
        var actions = (await server.ResultAsync("textDocument/codeAction", CodeActionRequest(uri, new JsonObject { ["start"] = Pos(4, 0), ["end"] = Pos(4, 5) })))!.AsArray();
        var fixAll = actions.First(a => a!["title"]!.GetValue<string>() == "Fix all DocRules issues in document")!;
        Assert.Null(fixAll["edit"]);
        var command = fixAll["command"]!;
        var result = await server.ResultAsync("workspace/executeCommand", new JsonObject { ["command"] = command["command"]!.DeepClone(), ["arguments"] = command["arguments"]!.DeepClone() });
        Assert.True(result!["applied"]!.GetValue<bool>());
        var applyEdit = await server.WaitForServerRequestAsync("workspace/applyEdit");
        var edit = applyEdit["params"]!["edit"]!["changes"]![uri]![0]!;
        var fixedText = Apply(TestPack.Article, edit);
        Assert.DoesNotContain("Moi, Jens", fixedText, StringComparison.Ordinal);
        Assert.Contains("pas seulement un assistant", fixedText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisableInConfiguration_WritesTheProjectsConfiguration_AndTheFindingGoes()
    {
        await using var server = await StartWithPackAsync(_pack);
        var uri = TestPack.Uri(_pack.ArticlePath);
        await OpenAsync(server, uri, TestPack.Article);
        await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == uri && Codes(p).Contains("PL0007"));

        var path = await server.ResultAsync("workspace/executeCommand", new JsonObject { ["command"] = "docrules.disableRuleInConfiguration", ["arguments"] = new JsonArray(uri, "PL0007") });
        var configPath = Path.Combine(_pack.Root, ".docrules.json");
        Assert.Equal(configPath, path!.GetValue<string>());
        Assert.Equal(Diagnostics.ReportDiagnostic.Suppress, Configuration.DocRulesConfiguration.Load(configPath).Rules["PL0007"]);
        var after = await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == uri && !Codes(p).Contains("PL0007"));
        Assert.Equal(["PL0001"], Codes(after));

        // An existing file keeps its comments.
        File.WriteAllText(configPath, "{\n  // project settings\n  \"rules\": { \"PL0007\": \"none\" }\n}\n");
        await server.ResultAsync("workspace/executeCommand", new JsonObject { ["command"] = "docrules.disableRuleInConfiguration", ["arguments"] = new JsonArray(uri, "PL0001") });
        Assert.Equal("{\n  // project settings\n  \"rules\": {\n    \"PL0001\": \"none\", \"PL0007\": \"none\" }\n}\n", File.ReadAllText(configPath));
    }

    /// <summary>
    /// Round 29: a .docrules.json cut short after its <c>rules</c> was edited and the command answered success; and any
    /// string was accepted as the id. Each is refused now, with a reason, and the file is left as it was.
    /// </summary>
    [Fact]
    public async Task DisableInConfiguration_RefusesABrokenFile_AndWhatIsNotALoadedRuleId_ChangingNothing()
    {
        await using var server = await StartWithPackAsync(_pack);
        var uri = TestPack.Uri(_pack.ArticlePath);
        var configPath = Path.Combine(_pack.Root, ".docrules.json");
        const string Broken = "{ \"rulePacks\": [\"rules\"], \"rules\": { \"PL0001\": \"warning\" }, \n";
        File.WriteAllText(configPath, Broken);

        var broken = await server.RequestAsync("workspace/executeCommand", new JsonObject { ["command"] = "docrules.disableRuleInConfiguration", ["arguments"] = new JsonArray(uri, "PL0007") });
        var message = broken["error"]?["message"]?.GetValue<string>() ?? broken.ToJsonString();
        Assert.Contains("is not valid JSON (line 2)", message, StringComparison.Ordinal);
        Assert.Contains("the file was not changed", message, StringComparison.Ordinal);
        Assert.Equal(Broken, File.ReadAllText(configPath));

        const string Valid = "{ \"rules\": { \"PL0001\": \"warning\" } }\n";
        File.WriteAllText(configPath, Valid);
        var notAnId = await server.RequestAsync("workspace/executeCommand", new JsonObject { ["command"] = "docrules.disableRuleInConfiguration", ["arguments"] = new JsonArray(uri, "NE0003\n}\"evil") });
        Assert.Equal(LspErrorCodes.InvalidParams, notAnId["error"]!["code"]!.GetValue<int>());
        Assert.Contains("is not a rule id", notAnId["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);

        var unknown = await server.RequestAsync("workspace/executeCommand", new JsonObject { ["command"] = "docrules.disableRuleInConfiguration", ["arguments"] = new JsonArray(uri, "XX9999") });
        Assert.Contains("no loaded rule pack defines XX9999", unknown["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(Valid, File.ReadAllText(configPath));
    }

    [Fact]
    public async Task Completion_OfRuleIds_InSuppressionCommentsAndConfiguration()
    {
        await using var server = await StartWithPackAsync(_pack);
        var uri = TestPack.Uri(_pack.ArticlePath);
        await OpenAsync(server, uri, "Titre\n\n<!-- docrules-disable-next-line PL00\nTexte.\n");
        var inComment = await server.ResultAsync("textDocument/completion", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["position"] = Pos(2, 36) });
        var items = inComment!["items"]!.AsArray();
        Assert.Equal(["PL0001", "PL0007"], items.Select(i => i!["label"]!.GetValue<string>()));
        Assert.Equal(32, items[0]!["textEdit"]!["range"]!["start"]!["character"]!.GetValue<int>());
        Assert.Contains("Named speaker", items[0]!["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        var elsewhere = await server.ResultAsync("textDocument/completion", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["position"] = Pos(3, 3) });
        Assert.Empty(elsewhere!["items"]!.AsArray());

        var config = TestPack.Uri(Path.Combine(_pack.Root, ".docrules.json"));
        await OpenAsync(server, config, "{\n  \"rules\": {\n    \"\n", "json");
        var inConfig = await server.ResultAsync("textDocument/completion", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = config }, ["position"] = Pos(2, 5) });
        Assert.Equal(["PL0001", "PL0007"], inConfig!["items"]!.AsArray().Select(i => i!["label"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Watchers_AreRegistered_AndAListFileChangeRebuildsThePack()
    {
        var wordsFolder = Path.Combine(_pack.Root, "words");
        Directory.CreateDirectory(wordsFolder);
        var words = Path.Combine(wordsFolder, "words.txt");
        File.WriteAllText(words, "assistant\n");
        File.WriteAllText(Path.Combine(wordsFolder, "words.rules"), """
            pack test.words "Words from a list"
            language any
            list banned from "words.txt"

            rule WD0001 banned-word
              title   "A banned word"
              message "Banned: {match}"
              scope   sentence
              match   phrase @banned
            end
            """);
        var capabilities = new JsonObject { ["workspace"] = new JsonObject { ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = true } } };
        var settings = new JsonObject { ["rulesPaths"] = new JsonArray(_pack.RulesFolder, wordsFolder), ["documentDebounceMs"] = 0 };
        await using var server = await StartWithPackAsync(_pack, expectedRules: 3, capabilities: capabilities, settings: settings);
        var registration = await server.WaitForServerRequestAsync("client/registerCapability");
        var globs = registration["params"]!["registrations"]![0]!["registerOptions"]!["watchers"]!.AsArray().Select(w => w!["globPattern"]!.GetValue<string>()).ToList();
        Assert.Equal(["**/*.rules", "**/.docrules.json", "**/words.txt"], globs);

        var uri = TestPack.Uri(_pack.ArticlePath);
        await OpenAsync(server, uri, TestPack.Article);
        await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == uri && Codes(p).Contains("WD0001"));

        File.WriteAllText(words, "Kremlin\n");
        await server.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject { ["changes"] = new JsonArray(new JsonObject { ["uri"] = TestPack.Uri(words), ["type"] = 2 }) });
        var after = await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == uri && p["diagnostics"]!.AsArray().Any(d => d!["message"]!.GetValue<string>() == "Banned: Kremlin"));
        Assert.DoesNotContain(after["diagnostics"]!.AsArray(), d => d!["message"]!.GetValue<string>() == "Banned: assistant");
    }

    [Fact]
    public async Task EveryWorkspaceFolder_BringsItsPacks_AddedFoldersToo()
    {
        using var second = new TestPack();
        File.Move(second.RulesPath, Path.Combine(second.RulesFolder, "other.rules"));
        File.WriteAllText(Path.Combine(second.RulesFolder, "other.rules"), TestPack.Rules
            .Replace("test.persona", "test.other", StringComparison.Ordinal)
            .Replace("PL0001", "OT0001", StringComparison.Ordinal)
            .Replace("PL0007", "OT0007", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(second.Root, ".docrules.json"), "{ \"rulePacks\": [\"rules\"] }");
        File.WriteAllText(Path.Combine(_pack.Root, ".docrules.json"), "{ \"rulePacks\": [\"rules\"] }");

        await using var server = LspProcess.Start(TestPack.CacheDirectory);
        await server.ResultAsync("initialize", Initialize(_pack));
        await server.NotifyAsync("initialized", new JsonObject());
        await server.WaitForNotificationAsync("docrules/status", p => p["rules"]!.GetValue<int>() == 2);

        await server.NotifyAsync("workspace/didChangeWorkspaceFolders", new JsonObject
        {
            ["event"] = new JsonObject
            {
                ["added"] = new JsonArray(new JsonObject { ["uri"] = TestPack.Uri(second.Root), ["name"] = "second" }),
                ["removed"] = new JsonArray(),
            },
        });
        await server.WaitForNotificationAsync("docrules/status", p => p["rules"]!.GetValue<int>() == 4 && p["packs"]!.GetValue<int>() == 2);
        var ids = (await server.ResultAsync("docrules/rules", null))!.AsArray().Select(r => r!["id"]!.GetValue<string>());
        Assert.Equal(["OT0001", "OT0007", "PL0001", "PL0007"], ids);
    }

    [Fact]
    public async Task FolderSettings_FromWorkspaceConfiguration_ApplyInsideTheirFolder()
    {
        using var second = new TestPack();
        File.Move(second.RulesPath, Path.Combine(second.RulesFolder, "other.rules"));
        File.WriteAllText(Path.Combine(second.RulesFolder, "other.rules"), TestPack.Rules
            .Replace("test.persona", "test.other", StringComparison.Ordinal)
            .Replace("PL0001", "OT0001", StringComparison.Ordinal)
            .Replace("PL0007", "OT0007", StringComparison.Ordinal));
        await using var server = LspProcess.Start(TestPack.CacheDirectory);
        var secondUri = TestPack.Uri(second.Root);
        server.AnswerServerRequest = request =>
            request["method"]!.GetValue<string>() != "workspace/configuration"
                ? null
                : new JsonArray([.. request["params"]!["items"]!.AsArray().Select(item => item!["scopeUri"]!.GetValue<string>() == secondUri
                    ? new JsonObject { ["rulesPaths"] = new JsonArray("rules"), ["severityThreshold"] = "error" }
                    : (JsonNode)new JsonObject { ["rulesPaths"] = new JsonArray(_pack.RulesFolder) })]);
        var initialize = Initialize(_pack, capabilities: new JsonObject { ["workspace"] = new JsonObject { ["configuration"] = true } });
        initialize["workspaceFolders"]!.AsArray().Add(new JsonObject { ["uri"] = secondUri, ["name"] = "second" });
        await server.ResultAsync("initialize", initialize);
        await server.NotifyAsync("initialized", new JsonObject());
        await server.WaitForNotificationAsync("docrules/status", p => p["rules"]!.GetValue<int>() == 4);

        var first = TestPack.Uri(_pack.ArticlePath);
        await OpenAsync(server, first, TestPack.Article);
        // Packs are loaded once for the workspace: the second folder's pack runs here too.
        var inFirst = Codes(await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == first));
        Assert.Equal(["OT0001", "OT0007", "PL0001", "PL0007"], inFirst.Order(StringComparer.Ordinal));

        // The second folder shows errors only: the warnings of both packs are filtered out there.
        var other = TestPack.Uri(second.ArticlePath);
        await OpenAsync(server, other, TestPack.Article);
        Assert.Empty(Codes(await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == other)));
    }
}
