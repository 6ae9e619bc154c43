using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RulesSdk.LanguageServer.Framing;
using static RulesSdk.LanguageServer.Tests.LspMessages;

namespace RulesSdk.LanguageServer.Tests.Hostile;

/// <summary>
/// A didOpen or didChange whose JSON escapes a lone surrogate ("\ud800") used to be dropped: System.Text.Json
/// refuses to read such a string, the notification failed on stderr only, and the text went stale. The
/// escape is now read as U+FFFD, and the document analysed.
/// </summary>
public sealed class LoneSurrogateTests : IDisposable
{
    private readonly TestPack _pack = new();

    [Theory]
    [InlineData("{\"t\":\"a\\ud800b\"}", "a\uFFFDb", 1)]
    [InlineData("{\"t\":\"a\\uDC00\"}", "a\uFFFD", 1)]
    [InlineData("{\"t\":\"\\ud83d\\ude00\"}", "\U0001F600", 0)]
    [InlineData("{\"t\":\"\\ud83d\\ud83d\\ude00\"}", "\uFFFD\U0001F600", 1)]
    [InlineData("{\"t\":\"\\ude00\\ud83d\"}", "\uFFFD\uFFFD", 2)]
    [InlineData("{\"t\":\"\\\\ud800\"}", "\\ud800", 0)]
    [InlineData("{\"t\":\"\\\\\\ud800\\n\"}", "\\\uFFFD\n", 1)]
    [InlineData("{\"t\":\"\\ud800\",\"u\":\"\\udc00\"}", "\uFFFD", 2)]
    public void Repair_RewritesLoneSurrogateEscapes_AndNothingElse(string json, string expected, int count)
    {
        var body = Encoding.UTF8.GetBytes(json);

        Assert.Equal(count, LoneSurrogates.Repair(body));
        Assert.Equal(expected, JsonDocument.Parse(body).RootElement.GetProperty("t").GetString());
    }

    [Fact]
    public async Task DidOpenAndDidChange_WithLoneSurrogates_AreApplied()
    {
        await using var server = await StartWithPackAsync(_pack);
        var uri = TestPack.Uri(_pack.ArticlePath);
        var text = JsonSerializer.Serialize(TestPack.Article)[1..^1];
        await server.SendRawAsync(Encoding.UTF8.GetBytes(
            "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"" + uri + "\",\"languageId\":\"markdown\",\"version\":1,\"text\":\"\\ud800" + text + "\"}}}"));
        var opened = await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == uri && Codes(p).Contains("PL0001"));
        Assert.Equal(4, Line(opened, "PL0001"));

        await server.SendRawAsync(Encoding.UTF8.GetBytes(
            "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\"" + uri + "\",\"version\":2},\"contentChanges\":[{\"range\":{\"start\":{\"line\":0,\"character\":0},\"end\":{\"line\":0,\"character\":0}},\"text\":\"\\udc00x\\n\"}]}}"));
        var changed = await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == uri && p["version"]?.GetValue<int>() == 2);
        Assert.Equal(5, Line(changed, "PL0001"));
    }

    public void Dispose() => _pack.Dispose();
}
