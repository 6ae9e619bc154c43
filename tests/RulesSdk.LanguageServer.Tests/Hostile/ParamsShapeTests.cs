using System.Text;
using System.Text.Json.Nodes;
using RulesSdk.LanguageServer.Framing;
using RulesSdk.LanguageServer.Protocol;
using RulesSdk.LanguageServer.Server;
using static RulesSdk.LanguageServer.Tests.LspMessages;

namespace RulesSdk.LanguageServer.Tests.Hostile;

/// <summary>
/// Params of the wrong shape are answered with -32602 and a message in the client's terms: the method and
/// the member in params, never a .NET type (System.Text.Json's "could not be converted to
/// RulesSdk.LanguageServer.Protocol.Position", StreamJsonRpc's "Unable to find method 'shutdown/1' on {no object}").
/// </summary>
public sealed class ParamsShapeTests : IDisposable
{
    private static readonly ParamsShape Shape = new(typeof(DocRulesLanguageServer));
    private readonly TestPack _pack = new();

    [Theory]
    [InlineData("textDocument/hover", "{\"textDocument\":{\"uri\":\"file:///a.md\"},\"position\":\"x\"}", "textDocument/hover: params.position must be an object")]
    [InlineData("textDocument/hover", "{\"textDocument\":{\"uri\":\"file:///a.md\"},\"position\":{\"line\":\"a\",\"character\":0}}", "textDocument/hover: params.position.line must be an integer")]
    [InlineData("textDocument/hover", "{\"textDocument\":{\"uri\":\"file:///a.md\"},\"position\":{\"line\":1.5,\"character\":0}}", "textDocument/hover: params.position.line must be an integer")]
    [InlineData("textDocument/hover", "{\"textDocument\":5,\"position\":{\"line\":0,\"character\":0}}", "textDocument/hover: params.textDocument must be an object")]
    [InlineData("textDocument/hover", "[{\"textDocument\":{\"uri\":\"file:///a.md\"}}]", "textDocument/hover: params must be an object")]
    [InlineData("textDocument/hover", "", "textDocument/hover: params must be an object")]
    [InlineData("textDocument/hover", "null", "textDocument/hover: params must be an object")]
    [InlineData("docrules/ruleDocumentation", "{\"id\":5}", "docrules/ruleDocumentation: params.id must be a string")]
    [InlineData("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"file:///a.md\",\"languageId\":\"markdown\",\"version\":\"a\",\"text\":\"x\"}}", "textDocument/didOpen: params.textDocument.version must be an integer")]
    [InlineData("textDocument/didChange", "{\"textDocument\":{\"uri\":\"file:///a.md\",\"version\":2},\"contentChanges\":[{\"text\":\"x\"},{\"range\":{\"start\":1},\"text\":\"x\"}]}", "textDocument/didChange: params.contentChanges[1].range.start must be an object")]
    [InlineData("textDocument/codeAction", "{\"textDocument\":{\"uri\":\"file:///a.md\"},\"range\":null,\"context\":\"x\"}", "textDocument/codeAction: params.context must be an object")]
    [InlineData("workspace/executeCommand", "{\"command\":\"docrules.fixAll\",\"arguments\":\"x\"}", "workspace/executeCommand: params.arguments must be an array")]
    [InlineData("codeAction/resolve", "{\"title\":\"t\",\"kind\":\"quickfix\",\"isPreferred\":1}", "codeAction/resolve: params.isPreferred must be true or false")]
    [InlineData("docrules/rules", "{\"a\":1}", "docrules/rules: takes no params")]
    [InlineData("shutdown", "[1]", "shutdown: takes no params")]
    public void Check_NamesTheMethodAndTheMember(string method, string parameters, string expected)
    {
        var (error, _) = Shape.Check(method, Encoding.UTF8.GetBytes(parameters));

        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("textDocument/hover", "{\"textDocument\":{\"uri\":\"file:///a.md\"},\"position\":{\"line\":0,\"character\":3},\"workDoneToken\":\"w\"}")]
    [InlineData("textDocument/hover", "{\"TextDocument\":{\"URI\":\"file:///a.md\"},\"position\":{\"line\":\"7\",\"character\":-3}}")]
    [InlineData("textDocument/didChange", "{\"textDocument\":{\"uri\":\"file:///a.md\",\"version\":2},\"contentChanges\":[{\"range\":null,\"text\":\"x\"}]}")]
    [InlineData("textDocument/codeAction", "{\"textDocument\":{\"uri\":\"file:///a.md\"},\"range\":null,\"context\":{\"diagnostics\":[],\"only\":null}}")]
    [InlineData("initialized", "[1, 2]")]
    [InlineData("initialized", "")]
    [InlineData("initialize", "{\"processId\":null,\"capabilities\":{\"anything\":[1]},\"initializationOptions\":3}")]
    [InlineData("shutdown", "")]
    [InlineData("shutdown", "null")]
    [InlineData("shutdown", "{}")]
    [InlineData("$/cancelRequest", "{\"id\":\"x\"}")]
    [InlineData("unknown/method", "7")]
    public void Check_AcceptsWhatTheSerializerReads(string method, string parameters)
    {
        var (error, _) = Shape.Check(method, Encoding.UTF8.GetBytes(parameters));

        Assert.Null(error);
    }

    [Fact]
    public void Check_NotesAMissingMember_WithoutRefusing()
    {
        var (error, missing) = Shape.Check("textDocument/hover", Encoding.UTF8.GetBytes("{\"position\":{\"line\":0,\"character\":0}}"));

        Assert.Null(error);
        Assert.Equal("textDocument/hover: params.textDocument is missing or null", missing);
    }

    [Fact]
    public async Task Server_AnswersInTheClientsTerms_AndLogsRefusedNotifications()
    {
        await using var server = await StartWithPackAsync(_pack);
        var uri = TestPack.Uri(_pack.ArticlePath);
        var cases = new (string Method, JsonNode? Params, string Expected)[]
        {
            ("textDocument/hover", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["position"] = "x" }, "textDocument/hover: params.position must be an object"),
            ("docrules/ruleDocumentation", new JsonObject { ["id"] = 5 }, "docrules/ruleDocumentation: params.id must be a string"),
            ("textDocument/hover", new JsonObject { ["position"] = new JsonObject { ["line"] = 0, ["character"] = 0 } }, "textDocument/hover: params.textDocument is missing or null"),
            ("textDocument/hover", null, "textDocument/hover: params must be an object"),
            ("docrules/rules", new JsonObject { ["a"] = 1 }, "docrules/rules: takes no params"),
        };
        foreach (var (method, parameters, expected) in cases)
        {
            var response = await server.RequestAsync(method, parameters);
            var error = response["error"] as JsonObject;
            Assert.True(error is not null, $"{method}: expected an error, got {response.ToJsonString()}");
            Assert.Equal(LspErrorCodes.InvalidParams, error["code"]!.GetValue<int>());
            Assert.Equal(expected, error["message"]!.GetValue<string>());
        }

        await server.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "markdown", ["version"] = "a", ["text"] = "x" },
        });
        var logged = await server.WaitForNotificationAsync("window/logMessage", p => p["message"]!.GetValue<string>().StartsWith("textDocument/didOpen", StringComparison.Ordinal));
        Assert.Equal("textDocument/didOpen: params.textDocument.version must be an integer", logged["message"]!.GetValue<string>());
    }

    public void Dispose() => _pack.Dispose();
}
