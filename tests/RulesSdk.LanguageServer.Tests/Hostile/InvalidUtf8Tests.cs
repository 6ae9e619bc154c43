using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RulesSdk.LanguageServer.Framing;
using RulesSdk.LanguageServer.Protocol;
using static RulesSdk.LanguageServer.Tests.LspMessages;

namespace RulesSdk.LanguageServer.Tests.Hostile;

/// <summary>
/// A didOpen whose text holds raw bytes that are not UTF-8 (FF FE, as a UTF-16 file copied byte for byte) used to
/// be dropped with a JsonException on stderr only, and the document's later didChanges ignored. The bytes are now
/// read as U+FFFD, the document opens, and the client is told once, with a window/logMessage warning.
/// </summary>
public sealed class InvalidUtf8Tests : IDisposable
{
    private readonly TestPack _pack = new();

    [Fact]
    public void Repair_ReadsEachInvalidSequenceAsUFFFD_AndLeavesValidBodiesAlone()
    {
        byte[] body = [.. "{\"t\":\"a"u8, 0xFF, 0xFE, .. " \u00e9 \U0001F600"u8, 0xC3, .. "\"}"u8];

        var repaired = InvalidUtf8.Repair(body);

        Assert.Equal("a\uFFFD\uFFFD \u00e9 \U0001F600\uFFFD", JsonDocument.Parse(repaired!).RootElement.GetProperty("t").GetString());
        Assert.Null(InvalidUtf8.Repair("{\"t\":\"\u00e9\"}"u8.ToArray()));
    }

    [Fact]
    public async Task ADidOpenWithInvalidUtf8_OpensTheDocument_TellsTheClientOnce_AndTakesLaterChanges()
    {
        await using var server = await StartWithPackAsync(_pack);
        var uri = TestPack.Uri(_pack.ArticlePath);
        var text = JsonSerializer.Serialize(TestPack.Article)[1..^1];
        await server.SendRawAsync([
            .. Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"" + uri + "\",\"languageId\":\"markdown\",\"version\":1,\"text\":\""),
            0xFF, 0xFE,
            .. Encoding.UTF8.GetBytes("\\n" + text + "\"}}}"),
        ]);

        var opened = await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == uri && Codes(p).Contains("PL0001"));
        Assert.Equal(5, Line(opened, "PL0001"));
        var warning = Assert.Single(server.Notifications("window/logMessage"), m => m["message"]!.GetValue<string>().Contains("not UTF-8", StringComparison.Ordinal));
        Assert.Equal(2, warning["type"]!.GetValue<int>());
        Assert.Contains("textDocument/didOpen", warning["message"]!.GetValue<string>(), StringComparison.Ordinal);

        // The document is open: a change to it is applied and analysed, and a valid message is no news.
        await server.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject
            {
                ["range"] = new JsonObject { ["start"] = Pos(0, 0), ["end"] = Pos(0, 0) },
                ["text"] = "x\n",
            }),
        });
        var changed = await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == uri && p["version"]?.GetValue<int>() == 2);
        Assert.Equal(6, Line(changed, "PL0001"));
        Assert.Single(server.Notifications("window/logMessage"), m => m["message"]!.GetValue<string>().Contains("not UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ABodyThatIsNotJson_WithInvalidUtf8_IsStillAParseError()
    {
        await using var server = await StartWithPackAsync(_pack);

        await server.SendRawAsync([.. "{ not json "u8, 0xFF, 0xFE]);

        var parseError = await server.WaitForUnmatchedAsync(1);
        Assert.Equal(LspErrorCodes.ParseError, parseError["error"]!["code"]!.GetValue<int>());
        Assert.DoesNotContain(server.Notifications("window/logMessage"), m => m["message"]!.GetValue<string>().Contains("not UTF-8", StringComparison.Ordinal));
    }

    public void Dispose() => _pack.Dispose();
}
