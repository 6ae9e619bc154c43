using System.Text;
using System.Text.Json;
using RulesSdk.Cli.Tests.TestSupport;

namespace RulesSdk.Cli.Tests.EndToEnd;

/// <summary>What --jsonl does with input that is not usable text: an error line for it, and the run goes on.</summary>
public sealed class JsonlInputPolicyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public JsonlInputPolicyTests() => _folder.WriteTestPack();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("check")]
    [InlineData("fix")]
    public async Task Jsonl_ALoneSurrogateEscape_IsAnErrorLine_AndLaterLinesAreProcessed(string command)
    {
        var input =
            """{"id":1,"text":"a\ud800b"}""" + "\n" +
            """{"id":2,"text":"b\udc00"}""" + "\n" +
            """{"id":3,"text":"Rien \ud83d\ude00."}""" + "\n";

        var result = await _folder.RunWithStdinAsync(input, TestPack.With(command, "--jsonl"));

        Assert.Equal(2, result.ExitCode);
        var lines = Parse(result);
        Assert.Equal(3, lines.Count);
        Assert.Equal(1, lines[0].GetProperty("line").GetInt32());
        Assert.Contains("unpaired surrogate", lines[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, lines[1].GetProperty("line").GetInt32());
        Assert.Equal(3, lines[2].GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task CheckJsonl_ALineOverTheLimit_IsAnErrorLine_AndReadingResumesAtTheNextLine()
    {
        // A 1 MB document limit bounds a line at 7 MB; the 20 MB line streams through and is dropped.
        _folder.Write(".docrules.json", """{ "maxFileSize": 1048576 }""");
        var input = new MemoryStream();
        input.Write("{\"id\":0,\"text\":\""u8);
        var chunk = Encoding.ASCII.GetBytes(new string('a', 1 << 20));
        for (var i = 0; i < 20; i++)
        {
            input.Write(chunk);
        }

        input.Write("\"}\n{\"id\":1,\"text\":\"Je suis ravi de partager que, oui.\"}\n"u8);

        var result = await _folder.RunWithStdinAsync(input.ToArray(), TestPack.With("check", "--jsonl"));

        Assert.Equal(2, result.ExitCode);
        var lines = Parse(result);
        Assert.Equal(2, lines.Count);
        Assert.Equal(1, lines[0].GetProperty("line").GetInt32());
        Assert.Contains("longer than 7,340,032 bytes", lines[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, lines[1].GetProperty("id").GetInt32());
        Assert.Single(lines[1].GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public async Task Jsonl_AndFiles_RefuseTheSameControlCharacters_AndInvalidUtf8()
    {
        // NUL and C0 controls (other than tab, newlines, form feed, escape) mark binary content in both modes.
        _folder.Write("control.txt", "a\u0001b.\n");
        _folder.Write("nul.txt", "a\0b.\n");
        _folder.WriteBytes("latin1.txt", [(byte)'a', 0xE9, (byte)'\n']);
        _folder.Write("fine.txt", "a\tb\fc\u001b.\n");
        var files = await _folder.RunAsync(TestPack.With("check", "control.txt", "nul.txt", "latin1.txt", "fine.txt", "--format", "json"));
        var problems = JsonDocument.Parse(files.Stdout).RootElement.GetProperty("problems").EnumerateArray()
            .ToDictionary(p => p.GetProperty("path").GetString()!, p => p.GetProperty("kind").GetString());
        Assert.Equal("binary", problems["control.txt"]);
        Assert.Equal("binary", problems["nul.txt"]);
        Assert.Equal("invalidEncoding", problems["latin1.txt"]);
        Assert.False(problems.ContainsKey("fine.txt"));

        var input = new MemoryStream();
        input.Write("""{"id":"control","text":"a\u0001b."}"""u8);
        input.Write("\n"u8);
        input.Write("""{"id":"nul","text":"a\u0000b."}"""u8);
        input.Write("\n"u8);
        input.Write("{\"id\":\"latin1\",\"text\":\"a"u8);
        input.WriteByte(0xE9);
        input.Write("\"}\n"u8);
        input.Write("""{"id":"fine","text":"a\tb\fc\u001b."}"""u8);
        input.Write("\n"u8);
        var jsonl = await _folder.RunWithStdinAsync(input.ToArray(), TestPack.With("check", "--jsonl"));

        var lines = Parse(jsonl);
        Assert.Equal(4, lines.Count);
        Assert.StartsWith("binary content (control character U+0001", lines[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("binary content (control character U+0000", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("invalid UTF-8 at byte offset 24", lines[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("fine", lines[3].GetProperty("id").GetString());
        Assert.Equal(2, jsonl.ExitCode);
    }

    private static List<JsonElement> Parse(CliResult result) =>
        result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
}
