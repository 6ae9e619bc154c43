using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RulesSdk.Diagnostics;
using RulesSdk.LanguageServer.Framing;
using RulesSdk.LanguageServer.Protocol;
using RulesSdk.LanguageServer.Server;
using RulesSdk.Text;

namespace RulesSdk.LanguageServer.Tests;

public sealed class UnitTests
{
    [Theory]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}", null)]
    [InlineData("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}", null)]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"result\":null}", null)]
    [InlineData("not json", LspErrorCodes.ParseError)]
    [InlineData("[1,2]", LspErrorCodes.InvalidRequest)]
    [InlineData("{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"x\"}", LspErrorCodes.InvalidRequest)]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"x\"}", LspErrorCodes.InvalidRequest)]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"x\",\"params\":3}", LspErrorCodes.InvalidRequest)]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"x\"}", LspErrorCodes.InvalidRequest)]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":null,\"result\":1}", LspErrorCodes.InvalidRequest)]
    [InlineData("{\"jsonrpc\":\"2.0\",\"method\":null}", LspErrorCodes.InvalidRequest)]
    [InlineData("{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":null,\"other\":{\"a\":[1,{}]},\"other\":2}", null)]
    [InlineData("{\"jsonrpc\":\"2.0\",\"method\":\"x\"} {}", LspErrorCodes.ParseError)]
    [InlineData("{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":{\"a\":[}}", LspErrorCodes.ParseError)]
    [InlineData("[1,", LspErrorCodes.ParseError)]
    [InlineData("", LspErrorCodes.ParseError)]
    [InlineData("3", LspErrorCodes.InvalidRequest)]
    public void MessageGate_LetsMessagesThrough_AndAnswersTheRest(string body, int? expectedCode)
    {
        var error = MessageGate.Check(Encoding.UTF8.GetBytes(body));
        if (expectedCode is null)
        {
            Assert.Null(error);
            return;
        }

        var response = JsonNode.Parse(error!)!;
        Assert.Equal(expectedCode, response["error"]!["code"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("{\"jsonrpc\":\"2.0\",\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"x\"}", "7")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"x\",\"params\":{},\"params\":[]}", "\"a\"")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":7,\"id\":7,\"method\":\"x\"}", "null")]
    public void MessageGate_ARepeatedMember_IsAnInvalidRequest_AnsweredToTheIdWhenThereIsOne(string body, string expectedId)
    {
        var (error, responseId) = MessageGate.Inspect(Encoding.UTF8.GetBytes(body));

        Assert.Null(responseId);
        var response = JsonNode.Parse(error!)!;
        Assert.Equal(LspErrorCodes.InvalidRequest, response["error"]!["code"]!.GetValue<int>());
        Assert.Equal(expectedId, response["id"]?.ToJsonString() ?? "null");
    }

    [Theory]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":12,\"result\":{\"x\":1}}", "12")]
    [InlineData("{\"id\":\"s\\u0031\",\"jsonrpc\":\"2.0\",\"error\":{\"code\":1}}", "\"s1\"")]
    public void MessageGate_AResponse_GivesItsIdAsOutgoingRequestsSpellsIt(string body, string expectedId)
    {
        var (error, responseId) = MessageGate.Inspect(Encoding.UTF8.GetBytes(body));

        Assert.Null(error);
        Assert.Equal(expectedId, responseId);
    }

    [Fact]
    public async Task FrameReader_SkipsTheWholeBodyOfAnOversizedFrame_ThenReadsTheNextOne()
    {
        // 70 MB sent as announced (no line break in it): skipped without being kept, then the next frame.
        const int length = 70_000_000;
        var stream = new PaddedStream(Encoding.ASCII.GetBytes($"Content-Length: {length}\r\n\r\n"), length, (byte)'c', Encoding.ASCII.GetBytes("Content-Length: 2\r\n\r\n[]"));
        var reader = new FrameReader(stream);

        var refused = await reader.ReadAsync(CancellationToken.None);
        var next = await reader.ReadAsync(CancellationToken.None);

        Assert.Null(refused!.Body);
        Assert.Contains("over the 67108864-byte limit", refused.HeaderError, StringComparison.Ordinal);
        Assert.Equal("[]", Encoding.ASCII.GetString(next!.Body!));
        Assert.Null(await reader.ReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task FrameReader_AnOversizedFrameCutShort_EndsTheStreamCleanly()
    {
        var reader = new FrameReader(new MemoryStream(Encoding.ASCII.GetBytes("Content-Length: 70000000\r\n\r\n{\"a\":1}")));

        Assert.Null((await reader.ReadAsync(CancellationToken.None))!.Body);
        Assert.Null(await reader.ReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task FrameReader_RecoversAfterAFrameWithoutContentLength()
    {
        var bytes = Encoding.ASCII.GetBytes("X-Bad\r\n\r\n{}Content-Length: 2\r\n\r\n{}");
        var reader = new FrameReader(new MemoryStream(bytes));
        var bad = await reader.ReadAsync(CancellationToken.None);
        Assert.Null(bad!.Body);
        var good = await reader.ReadAsync(CancellationToken.None);
        Assert.Equal("{}", Encoding.ASCII.GetString(good!.Body!));
        Assert.Null(await reader.ReadAsync(CancellationToken.None));
    }

    [Fact]
    public void Positions_AreUtf16_AndClampedToTheText()
    {
        var text = SourceText.From("a😀b\ncd");
        Assert.Equal(3, Positions.ToOffset(text, new Position(0, 3)));
        Assert.Equal(4, Positions.ToOffset(text, new Position(0, 99)));
        Assert.Equal(text.Length, Positions.ToOffset(text, new Position(7, 0)));
        Assert.Equal(new Protocol.Range(new Position(1, 0), new Position(1, 2)), Positions.ToRange(text, TextSpan.FromBounds(5, 7)));
    }

    [Fact]
    public void Settings_AreReadFromTheDocrulesSection_OrTheObjectItself()
    {
        var nested = JsonDocument.Parse("{\"docrules\":{\"enable\":false,\"rulesPaths\":[\"r\"],\"severityThreshold\":\"warning\"}}").RootElement;
        var read = ServerSettings.Read(nested, ServerSettings.Default);
        Assert.False(read.Enable);
        Assert.Equal(new[] { "r" }, read.RulesPaths.ToArray());
        Assert.Equal(DiagnosticSeverity.Warning, read.SeverityThreshold);
        var flat = JsonDocument.Parse("{\"severityThreshold\":\"nonsense\",\"enable\":1,\"rulesPaths\":[\"x\"]}").RootElement;
        var kept = ServerSettings.Read(flat, ServerSettings.Default);
        Assert.True(kept.Enable);
        Assert.Equal(DiagnosticSeverity.Hidden, kept.SeverityThreshold);
        Assert.Equal(new[] { "x" }, kept.RulesPaths.ToArray());
        Assert.Null(kept.DocumentDebounce);
        var debounce = JsonDocument.Parse("{\"docrules\":{\"documentDebounceMs\":0}}").RootElement;
        Assert.Equal(TimeSpan.Zero, ServerSettings.Read(debounce, ServerSettings.Default).DocumentDebounce);
    }

    [Fact]
    public void Suppression_GoesOnItsOwnLineAbove_WithTheIndentation()
    {
        var text = SourceText.From("Titre\r\n\r\n  - Moi, je.\r\n");
        var change = CodeActionBuilder.Suppression(text, 2, "PL0001");
        Assert.Equal("Titre\r\n\r\n  <!-- docrules-disable-next-line PL0001 -->\r\n  - Moi, je.\r\n", text.WithChanges(change).ToString());
    }
}
