using System.Text.Json;
using RulesSdk.Cli.Tests.TestSupport;

namespace RulesSdk.Cli.Tests.EndToEnd;

/// <summary>--id-field and --text-field: Hugging Face-style lines used as they are, other fields passed through.</summary>
public sealed class JsonlFieldMappingTests : IDisposable
{
    private const string Flagged = "Je suis ravi de partager que, selon X, Vladimir Zelensky a parlé.";

    private readonly TempFolder _folder = new();

    public JsonlFieldMappingTests() => _folder.WriteTestPack();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task CheckJsonl_MappedFields_ReportTheId_AndPassEveryOtherFieldThrough_WithoutTheText()
    {
        var input = $$"""{"url":"https://a.example/1","content":"{{Flagged}}","meta":{"source":"cc","score":0.5},"tags":["x"]}""" + "\n";

        var result = await _folder.RunWithStdinAsync(input, TestPack.With("check", "--jsonl", "--id-field", "url", "--text-field", "content"));

        Assert.Equal(1, result.ExitCode);
        var line = JsonDocument.Parse(Assert.Single(result.StdoutLines)).RootElement;
        Assert.Equal(["id", "diagnostics", "url", "meta", "tags"], line.EnumerateObject().Select(p => p.Name));
        Assert.Equal("https://a.example/1", line.GetProperty("id").GetString());
        Assert.Equal(2, line.GetProperty("diagnostics").GetArrayLength());
        Assert.Equal("""{"source":"cc","score":0.5}""", line.GetProperty("meta").GetRawText());
        Assert.Equal("""["x"]""", line.GetProperty("tags").GetRawText());
    }

    [Fact]
    public async Task FixJsonl_DottedPaths_ReplaceTheTextInPlace_AndKeepTheRestOfTheObject()
    {
        var input = $$"""{"meta":{"doc":{"id":17},"lang":"fr"},"body":{"title":"T","text":"{{Flagged}}"},"n":1}""" + "\n";

        var result = await _folder.RunWithStdinAsync(input, TestPack.With("fix", "--jsonl", "--id-field", "meta.doc.id", "--text-field", "body.text"));

        Assert.Equal(0, result.ExitCode);
        var line = JsonDocument.Parse(Assert.Single(result.StdoutLines)).RootElement;
        Assert.Equal(["id", "meta", "body", "n", "fixes"], line.EnumerateObject().Select(p => p.Name));
        Assert.Equal(17, line.GetProperty("id").GetInt32());
        Assert.Equal("""{"doc":{"id":17},"lang":"fr"}""", line.GetProperty("meta").GetRawText());
        Assert.Equal("T", line.GetProperty("body").GetProperty("title").GetString());
        Assert.Equal("Selon X, Volodymyr Zelensky a parlé.", line.GetProperty("body").GetProperty("text").GetString());
        Assert.Equal(2, line.GetProperty("fixes").GetInt32());
    }

    [Fact]
    public async Task Jsonl_AMissingMappedField_NamesIt_AndAClashingField_IsAnError()
    {
        var input =
            """{"url":"u1","text":"Rien."}""" + "\n" +
            """{"url":"u2","content":"Rien.","diagnostics":[]}""" + "\n" +
            """{"url":"u3","content":"Rien.","id":"other"}""" + "\n" +
            """{"url":"u4","content":"Rien."}""" + "\n";

        var result = await _folder.RunWithStdinAsync(input, TestPack.With("check", "--jsonl", "--id-field", "url", "--text-field", "content"));

        Assert.Equal(2, result.ExitCode);
        var lines = result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Contains("\"content\" is missing", lines[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("\"diagnostics\"", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("\"id\"", lines[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("u4", lines[3].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("--id-field", "url")]
    [InlineData("--text-field", "content")]
    public async Task FieldOptions_WithoutJsonl_Exit2(string option, string value)
    {
        _folder.Write("doc.txt", "Rien.\n");

        var result = await _folder.RunAsync(TestPack.With("check", "doc.txt", option, value));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("only with --jsonl", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FieldOptions_AnEmptyStep_Exits2()
    {
        var result = await _folder.RunWithStdinAsync(string.Empty, TestPack.With("check", "--jsonl", "--text-field", "body..text"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--text-field 'body..text'", result.Stderr, StringComparison.Ordinal);
    }
}
