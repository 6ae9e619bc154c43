using System.Text.Json.Nodes;

namespace RulesSdk.LanguageServer.Tests;

/// <summary>The LSP messages the protocol tests send, and what they read from the answers.</summary>
internal static class LspMessages
{
    /// <summary>A started, initialized server with the test pack loaded through <c>docrules.rulesPaths</c>.</summary>
    public static async Task<LspProcess> StartWithPackAsync(TestPack pack, int expectedRules = 2, JsonObject? capabilities = null, JsonObject? settings = null)
    {
        var server = LspProcess.Start(TestPack.CacheDirectory);
        var docrules = settings ?? new JsonObject();
        docrules["rulesPaths"] ??= new JsonArray(pack.RulesFolder);
        await server.ResultAsync("initialize", Initialize(pack, new JsonObject { ["docrules"] = docrules }, capabilities));
        await server.NotifyAsync("initialized", new JsonObject());
        await server.WaitForNotificationAsync("docrules/status", p => p["rules"]!.GetValue<int>() == expectedRules);
        return server;
    }

    public static JsonObject Initialize(TestPack pack, JsonObject? initializationOptions = null, JsonObject? capabilities = null) => new()
    {
        ["processId"] = Environment.ProcessId,
        ["rootUri"] = TestPack.Uri(pack.Root),
        ["capabilities"] = capabilities ?? new JsonObject(),
        ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = TestPack.Uri(pack.Root), ["name"] = "test" }),
        ["initializationOptions"] = initializationOptions,
    };

    public static Task OpenAsync(LspProcess server, string uri, string text, string languageId = "markdown") =>
        server.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = languageId, ["version"] = 1, ["text"] = text },
        });

    public static JsonObject Hover(string uri, int line, int character) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri },
        ["position"] = Pos(line, character),
    };

    public static JsonObject CodeActionRequest(string uri, JsonNode range) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri },
        ["range"] = range.DeepClone(),
        ["context"] = new JsonObject { ["diagnostics"] = new JsonArray() },
    };

    public static JsonObject Pos(int line, int character) => new() { ["line"] = line, ["character"] = character };

    public static List<string> Codes(JsonObject published) => Codes(published["diagnostics"]!.AsArray());

    /// <summary>The line the first diagnostic with <paramref name="code"/> starts on.</summary>
    public static int Line(JsonObject published, string code) =>
        published["diagnostics"]!.AsArray().First(d => d!["code"]!.GetValue<string>() == code)!["range"]!["start"]!["line"]!.GetValue<int>();

    public static List<string> Codes(JsonArray diagnostics) => [.. diagnostics.Select(d => d!["code"]!.GetValue<string>())];

    /// <summary>The text after one LSP edit (positions in UTF-16 code units, lines split on \n).</summary>
    public static string Apply(string text, JsonNode edit)
    {
        var lines = text.Split('\n');
        int Offset(JsonNode p)
        {
            var line = p["line"]!.GetValue<int>();
            return lines.Take(line).Sum(l => l.Length + 1) + p["character"]!.GetValue<int>();
        }

        var start = Offset(edit["range"]!["start"]!);
        var end = Offset(edit["range"]!["end"]!);
        return text[..start] + edit["newText"]!.GetValue<string>() + text[end..];
    }
}
