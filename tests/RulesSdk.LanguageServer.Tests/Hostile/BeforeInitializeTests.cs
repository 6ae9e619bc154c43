using System.Text;
using System.Text.Json.Nodes;
using RulesSdk.LanguageServer.Protocol;
using static RulesSdk.LanguageServer.Tests.LspMessages;

namespace RulesSdk.LanguageServer.Tests.Hostile;

/// <summary>
/// LSP's lifecycle before <c>initialize</c>: every request gets -32002 (ServerNotInitialized) whatever its method
/// and params (a malformed one got -32602 and an unknown method -32601), notifications are dropped without a
/// word to the client (a malformed one got a window/logMessage), <c>exit</c> ends the server with 1.
/// </summary>
public sealed class BeforeInitializeTests : IDisposable
{
    private readonly TestPack _pack = new();

    public void Dispose() => _pack.Dispose();

    [Fact]
    public async Task AnyRequest_GetsServerNotInitialized_WhateverItsParams()
    {
        await using var server = LspProcess.Start(TestPack.CacheDirectory);
        var requests = new (string Method, JsonNode? Params)[]
        {
            ("textDocument/hover", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "file:///a.md" }, ["position"] = "x" }),
            ("textDocument/hover", null),
            ("textDocument/hover", Hover("file:///a.md", 0, 0)),
            ("docrules/rules", new JsonObject { ["a"] = 1 }),
            ("shutdown", new JsonArray(1)),
            ("shutdown", null),
            ("docrules/noSuchMethod", new JsonObject()),
        };
        foreach (var (method, parameters) in requests)
        {
            var response = await server.RequestAsync(method, parameters);

            var error = response["error"] as JsonObject;
            Assert.True(error is not null, $"{method}: expected an error, got {response.ToJsonString()}");
            Assert.Equal(LspErrorCodes.ServerNotInitialized, error["code"]!.GetValue<int>());
            Assert.Equal("the server is not initialized: send 'initialize' first", error["message"]!.GetValue<string>());
        }

        // A request with a string id is answered to that id.
        await server.SendRawAsync(Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":\"h\",\"method\":\"textDocument/hover\",\"params\":{\"position\":7}}"));
        var unmatched = await server.WaitForUnmatchedAsync(1);
        Assert.Equal("h", unmatched["id"]!.GetValue<string>());
        Assert.Equal(LspErrorCodes.ServerNotInitialized, unmatched["error"]!["code"]!.GetValue<int>());

        // Garbage is still garbage: not a JSON-RPC message at all is -32700 / -32600, before or after initialize.
        await server.SendRawAsync(Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":42}"));
        Assert.Equal(LspErrorCodes.InvalidRequest, (await server.WaitForUnmatchedAsync(2))["error"]!["code"]!.GetValue<int>());

        Assert.NotNull((await server.ResultAsync("initialize", Initialize(_pack)))!["capabilities"]);
        var malformed = await server.RequestAsync("textDocument/hover", new JsonObject { ["position"] = "x" });
        Assert.Equal(LspErrorCodes.InvalidParams, malformed["error"]!["code"]!.GetValue<int>());
        Assert.Equal(LspErrorCodes.MethodNotFound, (await server.RequestAsync("docrules/noSuchMethod", new JsonObject()))["error"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Notifications_AreDropped_WithoutAWordToTheClient()
    {
        await using var server = LspProcess.Start(TestPack.CacheDirectory);
        var uri = TestPack.Uri(_pack.ArticlePath);

        // Well-formed and malformed: neither is applied nor answered (a malformed one got a window/logMessage).
        await server.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "markdown", ["version"] = "a", ["text"] = "x" },
        });
        await server.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "markdown", ["version"] = 1, ["text"] = TestPack.Article },
        });
        await server.NotifyAsync("initialized", new JsonObject());
        await server.NotifyAsync("$/cancelRequest", new JsonObject { ["id"] = 1 });

        await server.ResultAsync("initialize", Initialize(_pack, new JsonObject { ["docrules"] = new JsonObject { ["rulesPaths"] = new JsonArray(_pack.RulesFolder) } }));
        await server.NotifyAsync("initialized", new JsonObject());
        await server.WaitForNotificationAsync("docrules/status", p => p["rules"]!.GetValue<int>() == 2);

        // The document was never opened: a request about it finds nothing, and no diagnostics were published.
        Assert.Null(await server.ResultAsync("textDocument/hover", Hover(uri, 0, 0)));
        Assert.Empty(server.Notifications("textDocument/publishDiagnostics"));
        Assert.DoesNotContain(server.Notifications("window/logMessage"), p => p["message"]!.GetValue<string>().StartsWith("textDocument/didOpen", StringComparison.Ordinal));
        Assert.Empty(server.Unmatched);

        // Once initialized, the same document opens and is analysed.
        await OpenAsync(server, uri, TestPack.Article);
        var published = await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == uri);
        Assert.NotNull(published["diagnostics"]);
    }

    [Fact]
    public async Task ShutdownBeforeInitialize_IsRefused_AndExitEndsWithOne()
    {
        await using var server = LspProcess.Start(TestPack.CacheDirectory);

        var shutdown = await server.RequestAsync("shutdown", null);
        Assert.Equal(LspErrorCodes.ServerNotInitialized, shutdown["error"]!["code"]!.GetValue<int>());

        await server.NotifyAsync("exit", null);
        Assert.Equal(1, await server.WaitForExitAsync());
    }

    [Fact]
    public async Task AMalformedInitialize_IsInvalidParams_AndTheServerStillWaitsForInitialize()
    {
        await using var server = LspProcess.Start(TestPack.CacheDirectory);

        var initialize = await server.RequestAsync("initialize", new JsonObject { ["capabilities"] = new JsonObject(), ["workspaceFolders"] = 5 });
        Assert.Equal(LspErrorCodes.InvalidParams, initialize["error"]!["code"]!.GetValue<int>());

        var hover = await server.RequestAsync("textDocument/hover", new JsonObject { ["position"] = "x" });
        Assert.Equal(LspErrorCodes.ServerNotInitialized, hover["error"]!["code"]!.GetValue<int>());

        Assert.NotNull((await server.ResultAsync("initialize", Initialize(_pack)))!["capabilities"]);
        Assert.Null(await server.ResultAsync("shutdown", null));
        await server.NotifyAsync("exit", null);
        Assert.Equal(0, await server.WaitForExitAsync());
    }
}
