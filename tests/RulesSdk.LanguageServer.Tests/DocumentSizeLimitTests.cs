using System.Text;
using System.Text.Json.Nodes;
using RulesSdk.LanguageServer.Server;
using RulesSdk.Text;
using static RulesSdk.LanguageServer.Tests.LspMessages;

namespace RulesSdk.LanguageServer.Tests;

/// <summary>
/// An open document over the configuration's <c>maxFileSize</c> is not analysed, as <c>docrules check</c> skips
/// such files: one DR0007 at its start says so, and an edit that brings it under the limit brings the rules back.
/// </summary>
public sealed class DocumentSizeLimitTests : IDisposable
{
    private readonly TestPack _pack = new();

    public void Dispose() => _pack.Dispose();

    [Fact]
    public async Task ADocumentOverMaxFileSize_GetsOneDR0007_UntilAnEditBringsItUnderTheLimit()
    {
        // The limit sits between the article and the article twice over.
        var limit = Encoding.UTF8.GetByteCount(TestPack.Article) + 10;
        File.WriteAllText(Path.Combine(_pack.Root, ".docrules.json"), $$"""{ "maxFileSize": {{limit}} }""");
        await using var server = await StartWithPackAsync(_pack);
        var uri = TestPack.Uri(_pack.ArticlePath);
        var twice = TestPack.Article + TestPack.Article;

        await OpenAsync(server, uri, twice);
        var skipped = await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == uri && p["version"]?.GetValue<int>() == 1);
        var diagnostic = Assert.Single(skipped["diagnostics"]!.AsArray())!;
        Assert.Equal("DR0007", diagnostic["code"]!.GetValue<string>());
        Assert.Equal(2, diagnostic["severity"]!.GetValue<int>());
        Assert.Equal(0, diagnostic["range"]!["start"]!["line"]!.GetValue<int>());
        Assert.Equal(0, diagnostic["range"]!["start"]!["character"]!.GetValue<int>());
        var message = diagnostic["message"]!.GetValue<string>();
        Assert.Contains($"{Encoding.UTF8.GetByteCount(twice):N0} bytes", message, StringComparison.Ordinal);
        Assert.Contains($"the {limit:N0}-byte limit", message, StringComparison.Ordinal);

        // Nothing to fix in a document that was not analysed.
        var actions = (await server.ResultAsync("textDocument/codeAction", CodeActionRequest(uri, diagnostic["range"]!.DeepClone())))!.AsArray();
        Assert.Empty(actions);

        await ReplaceAsync(server, uri, 2, TestPack.Article);
        var analysed = await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == uri && p["version"]?.GetValue<int>() == 2);
        Assert.Equal(["PL0001", "PL0007"], Codes(analysed));

        await ReplaceAsync(server, uri, 3, twice);
        var skippedAgain = await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == uri && p["version"]?.GetValue<int>() == 3);
        Assert.Equal(["DR0007"], Codes(skippedAgain));
    }

    [Fact]
    public async Task WithoutAConfiguration_TheDefaultLimitApplies_AndASmallDocumentIsAnalysed()
    {
        await using var server = await StartWithPackAsync(_pack);
        var uri = TestPack.Uri(_pack.ArticlePath);
        await OpenAsync(server, uri, TestPack.Article);
        var published = await server.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == uri);
        Assert.Equal(["PL0001", "PL0007"], Codes(published));
    }

    [Theory]
    [InlineData("abc", 3, null)]
    [InlineData("abcd", 3, 4L)]
    [InlineData("é", 2, null)]
    [InlineData("éé", 3, 4L)]
    [InlineData("’", 2, 3L)]
    public void SizeOverLimit_CountsUtf8Bytes_AsTheLimitOnFilesDoes(string text, long limit, long? expected) =>
        Assert.Equal(expected, DocumentAnalysis.SizeOverLimit(SourceText.From(text), limit));

    private static Task ReplaceAsync(LspProcess server, string uri, int version, string text) =>
        server.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
        });
}
