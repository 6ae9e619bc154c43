using System.Text;
using System.Text.Json;
using RulesSdk.Cli.Tests.TestSupport;

namespace RulesSdk.Cli.Tests.EndToEnd;

public sealed class JsonlTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public JsonlTests() => _folder.WriteTestPack();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task CheckJsonl_WritesOneLinePerDocumentInOrder_AndReportsAMalformedLine()
    {
        var input =
            """{"id":"a","text":"Je suis ravi de partager que, oui."}""" + "\n" +
            "{not json\n" +
            """{"id":7,"text":"Rien.","language":"fr","path":"x.md"}""" + "\n" +
            """{"id":"c"}""" + "\n";

        var result = await _folder.RunWithStdinAsync(input, TestPack.With("check", "--jsonl"));

        Assert.Equal(2, result.ExitCode);
        var lines = result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        var diagnostic = Assert.Single(lines[0].GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("TL0001", diagnostic.GetProperty("id").GetString());
        Assert.Equal("warning", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("The writer steps in with 'Je suis ravi de partager que,'", diagnostic.GetProperty("message").GetString());
        Assert.Equal(1, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(1, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal(0, diagnostic.GetProperty("offset").GetInt32());
        Assert.True(diagnostic.GetProperty("length").GetInt32() >= "Je suis ravi de partager que,".Length);

        Assert.Equal(2, lines[1].GetProperty("line").GetInt32());
        Assert.StartsWith("invalid JSON", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(7, lines[2].GetProperty("id").GetInt32());
        Assert.Empty(lines[2].GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(4, lines[3].GetProperty("line").GetInt32());
        Assert.Contains("\"text\"", lines[3].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckJsonl_CleanInput_Exits0_AndDiagnostics_Exit1()
    {
        var clean = await _folder.RunWithStdinAsync("""{"id":1,"text":"Rien."}""" + "\n", TestPack.With("check", "--jsonl"));
        var flagged = await _folder.RunWithStdinAsync("""{"id":1,"text":"Je suis ravi de partager que, oui."}""" + "\n", TestPack.With("check", "--jsonl"));

        Assert.Equal(0, clean.ExitCode);
        Assert.Equal(1, flagged.ExitCode);
    }

    [Fact]
    public async Task FixJsonl_WritesTheRepairedTextAndTheNumberOfFixes()
    {
        var input =
            """{"id":"a","text":"Je suis ravi de partager que, selon X, Vladimir Zelensky a parlé.\nFin."}""" + "\n" +
            """{"id":"b","text":"Rien."}""" + "\n";

        var result = await _folder.RunWithStdinAsync(input, TestPack.With("fix", "--jsonl"));

        Assert.Equal(0, result.ExitCode);
        var lines = result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        Assert.Equal("Selon X, Volodymyr Zelensky a parlé.\nFin.", lines[0].GetProperty("text").GetString());
        Assert.Equal(2, lines[0].GetProperty("fixes").GetInt32());
        Assert.Equal("Rien.", lines[1].GetProperty("text").GetString());
        Assert.Equal(0, lines[1].GetProperty("fixes").GetInt32());
    }

    [Theory]
    [InlineData("1/3", new[] { 1, 4, 7, 10 })]
    [InlineData("2/3", new[] { 2, 5, 8 })]
    [InlineData("3/3", new[] { 3, 6, 9 })]
    [InlineData("1/1", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })]
    public async Task CheckJsonl_Shard_TakesEveryNthLine(string shard, int[] expectedIds)
    {
        var input = string.Concat(Enumerable.Range(1, 10).Select(i => $$"""{"id":{{i}},"text":"Document {{i}}."}""" + "\n"));

        var result = await _folder.RunWithStdinAsync(input, TestPack.With("check", "--jsonl", "--shard", shard));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expectedIds, result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetInt32()));
    }

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("x")]
    public async Task CheckJsonl_BadShard_Exits2(string shard)
    {
        var result = await _folder.RunWithStdinAsync(string.Empty, TestPack.With("check", "--jsonl", "--shard", shard));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--shard", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckJsonl_ManyDocumentsInParallel_KeepInputOrder()
    {
        var input = new StringBuilder();
        for (var i = 0; i < 300; i++)
        {
            var text = i % 3 == 0 ? "Je suis ravi de partager que, oui." : new string('x', i * 7) + ".";
            input.Append(JsonSerializer.Serialize(new { id = i, text })).Append('\n');
        }

        var result = await _folder.RunWithStdinAsync(input.ToString(), TestPack.With("check", "--jsonl", "--parallelism", "4"));

        Assert.Equal(1, result.ExitCode);
        var lines = result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(Enumerable.Range(0, 300), lines.Select(l => l.GetProperty("id").GetInt32()));
        Assert.All(lines, l => Assert.Equal(l.GetProperty("id").GetInt32() % 3 == 0 ? 1 : 0, l.GetProperty("diagnostics").GetArrayLength()));
    }

    [Fact]
    public async Task CheckJsonl_WithAPath_Exits2()
    {
        _folder.Write("doc.md", "Rien.\n");

        var result = await _folder.RunWithStdinAsync(string.Empty, TestPack.With("check", "--jsonl", "doc.md"));

        Assert.Equal(2, result.ExitCode);
    }
}
