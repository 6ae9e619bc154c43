using System.Text.Json;
using RulesSdk.Cli.Tests.TestSupport;

namespace RulesSdk.Cli.Tests.EndToEnd;

public sealed class CheckJsonFormatTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public CheckJsonFormatTests() => _folder.WriteTestPack();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Check_Json_HasVersionToolRulesAndDiagnosticsWithPositionsAndFixes()
    {
        // "é" and the CRLF check that columns count UTF-16 units and offsets count characters.
        _folder.Write("doc.txt", "Été\r\nOui. Je suis ravi de partager que, selon X, Vladimir Zelensky a parlé.\r\n");

        var result = await _folder.RunAsync(TestPack.With("check", "doc.txt", "--format", "json"));

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("docrules", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("tool").GetProperty("version").GetString()));
        Assert.Equal(_folder.Path, root.GetProperty("root").GetString());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("files").GetInt32());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("warnings").GetInt32());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("info").GetInt32());
        Assert.Equal(0, root.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Equal("doc.txt", root.GetProperty("files")[0].GetProperty("path").GetString());

        var rule = root.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "TL0001");
        Assert.Equal("editorial-lead-in", rule.GetProperty("name").GetString());
        Assert.Equal("test.cli", rule.GetProperty("pack").GetString());
        Assert.Equal("Editorial lead-in", rule.GetProperty("title").GetString());
        Assert.Equal("attribution", rule.GetProperty("category").GetString());
        Assert.Equal("warning", rule.GetProperty("defaultSeverity").GetString());
        Assert.True(rule.GetProperty("enabledByDefault").GetBoolean());
        Assert.Equal("https://example.org/rules/TL0001.md", rule.GetProperty("helpUri").GetString());
        Assert.Equal(["persona", "lead-in"], rule.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.True(rule.GetProperty("hasSafeFix").GetBoolean());
        Assert.Equal(["Remove the lead-in"], rule.GetProperty("fixes").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains(root.GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "TL0002");

        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(2, diagnostics.Count);
        var leadIn = diagnostics[0];
        Assert.Equal("doc.txt", leadIn.GetProperty("path").GetString());
        Assert.Equal("TL0001", leadIn.GetProperty("id").GetString());
        Assert.Equal("warning", leadIn.GetProperty("severity").GetString());
        Assert.Equal("The writer steps in with 'Je suis ravi de partager que,'", leadIn.GetProperty("message").GetString());
        Assert.Equal(2, leadIn.GetProperty("line").GetInt32());
        Assert.Equal(6, leadIn.GetProperty("column").GetInt32());
        Assert.Equal(2, leadIn.GetProperty("endLine").GetInt32());
        var offset = "Été\r\nOui. ".Length;
        Assert.Equal(offset, leadIn.GetProperty("offset").GetInt32());
        var length = leadIn.GetProperty("length").GetInt32();
        Assert.Equal(6 + length, leadIn.GetProperty("endColumn").GetInt32());

        var fix = Assert.Single(leadIn.GetProperty("fixes").EnumerateArray());
        Assert.Equal("Remove the lead-in", fix.GetProperty("title").GetString());
        Assert.True(fix.GetProperty("isSafe").GetBoolean());
        var edits = fix.GetProperty("edits").EnumerateArray().ToList();
        Assert.NotEmpty(edits);
        foreach (var edit in edits)
        {
            Assert.Equal(2, edit.GetProperty("line").GetInt32());
            Assert.Equal(edit.GetProperty("offset").GetInt32() - "Été\r\n".Length + 1, edit.GetProperty("column").GetInt32());
            Assert.True(edit.TryGetProperty("newText", out _));
            Assert.True(edit.TryGetProperty("length", out _));
        }

        var name = diagnostics[1];
        Assert.Equal("TL0002", name.GetProperty("id").GetString());
        Assert.Equal("info", name.GetProperty("severity").GetString());
        var nameFix = Assert.Single(name.GetProperty("fixes").EnumerateArray());
        var nameEdit = Assert.Single(nameFix.GetProperty("edits").EnumerateArray());
        Assert.Equal("Volodymyr", nameEdit.GetProperty("newText").GetString());
        Assert.Equal("Vladimir".Length, nameEdit.GetProperty("length").GetInt32());

        // Applying the safe edits to the file's text gives what `fix` writes.
        var text = _folder.Read("doc.txt");
        foreach (var edit in edits.Concat([nameEdit]).OrderByDescending(e => e.GetProperty("offset").GetInt32()))
        {
            text = text.Remove(edit.GetProperty("offset").GetInt32(), edit.GetProperty("length").GetInt32()).Insert(edit.GetProperty("offset").GetInt32(), edit.GetProperty("newText").GetString()!);
        }

        Assert.Equal("Été\r\nOui. Selon X, Volodymyr Zelensky a parlé.\r\n", text);
        Assert.Empty(root.GetProperty("problems").EnumerateArray());
    }

    [Fact]
    public async Task Check_Json_ListsSkippedAndBrokenFilesAsProblems()
    {
        _folder.WriteBytes("docs/binary.txt", [0x41, 0x00, 0x42]);
        _folder.Write("docs/ok.txt", "Rien.\n");

        var result = await _folder.RunAsync(TestPack.With("check", "docs", "--format", "json"));

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var problem = Assert.Single(json.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal("docs/binary.txt", problem.GetProperty("path").GetString());
        Assert.Equal("warning", problem.GetProperty("severity").GetString());
        Assert.Equal("binary", problem.GetProperty("kind").GetString());
    }
}
