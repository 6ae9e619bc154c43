using System.Text;
using System.Text.Json;
using RulesSdk.LanguageServer.Framing;
using RulesSdk.LanguageServer.Server;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.LanguageServer.Tests;

/// <summary>The parts of the server's features that do not need a process.</summary>
public sealed class FeatureUnitTests
{
    [Fact]
    public async Task Debouncer_ABurstOfSchedulesRunsTheWorkOnce_WithTheLastValue()
    {
        using var debouncer = new Debouncer((_, ex) => throw new InvalidOperationException("no error expected", ex));
        var runs = new List<int>();
        var tasks = new List<Task>();
        for (var i = 1; i <= 1000; i++)
        {
            var value = i;
            tasks.Add(debouncer.Schedule("doc", TimeSpan.FromMilliseconds(300), _ =>
            {
                lock (runs)
                {
                    runs.Add(value);
                }

                return Task.CompletedTask;
            }));
        }

        await Task.WhenAll(tasks);
        Assert.Equal([1000], runs);
    }

    [Fact]
    public async Task Debouncer_SchedulingAgainCancelsTheRunningWork()
    {
        using var debouncer = new Debouncer((_, ex) => throw new InvalidOperationException("no error expected", ex));
        var started = new TaskCompletionSource();
        var cancelled = false;
        var first = debouncer.Schedule("doc", TimeSpan.Zero, async ct =>
        {
            started.SetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                cancelled = true;
                throw;
            }
        });
        await started.Task;
        await debouncer.Schedule("doc", TimeSpan.Zero, _ => Task.CompletedTask);
        await first;
        Assert.True(cancelled);
    }

    [Theory]
    [InlineData("markdown", "file:///a/notes.txt", DocumentKind.Markdown)]
    [InlineData("plaintext", "file:///a/notes.md", DocumentKind.PlainText)]
    [InlineData("", "file:///a/notes.md", DocumentKind.Markdown)]
    [InlineData("latex", "file:///a/notes.markdown", DocumentKind.Markdown)]
    [InlineData("restructuredtext", "file:///a/notes.txt", DocumentKind.PlainText)]
    [InlineData("text", "file:///a/NOTES.TXT", DocumentKind.PlainText)]
    [InlineData("text", "untitled:Untitled-1", DocumentKind.PlainText)]
    [InlineData("", "file:///a/notes.md?x=1.py", DocumentKind.Markdown)]
    [InlineData("", "file:///a/script.py", null)]
    [InlineData("python", "file:///a/script.py", null)]
    [InlineData("", "file:///a.md/readme", null)]
    public void DocumentSelection_ByLanguageId_ElseByExtension(string languageId, string uri, DocumentKind? expected) =>
        Assert.Equal(expected, DocumentSelection.ProseKind(languageId, uri));

    [Fact]
    public void OutgoingRequests_RememberRequestIds_NotNotificationsOrResponses()
    {
        var requests = new OutgoingRequests();
        requests.Record(Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/publishDiagnostics\",\"params\":{\"id\":5,\"x\":[1,{\"id\":6}]}}"));
        requests.Record(Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":{\"method\":\"x\"}}"));
        requests.Record(Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"client/registerCapability\",\"params\":{}}"));
        requests.Record(Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"method\":\"workspace/applyEdit\",\"params\":{},\"id\":\"s1\"}"));
        Assert.False(requests.TryComplete("5"));
        Assert.False(requests.TryComplete("6"));
        Assert.False(requests.TryComplete("7"));
        Assert.True(requests.TryComplete("8"));
        Assert.False(requests.TryComplete("8"));
        Assert.True(requests.TryComplete("\"s1\""));
    }

    [Fact]
    public void ClientFeatures_AreReadFromTheCapabilities()
    {
        var all = JsonDocument.Parse("""
            {
              "textDocument": { "diagnostic": {}, "codeAction": { "resolveSupport": { "properties": ["edit"] } } },
              "workspace": { "applyEdit": true, "configuration": true, "diagnostics": { "refreshSupport": true }, "didChangeWatchedFiles": { "dynamicRegistration": true } }
            }
            """).RootElement;
        Assert.Equal(new ClientFeatures(true, true, true, true, true, true), ClientFeatures.Read(all));
        var none = JsonDocument.Parse("""{ "textDocument": { "codeAction": { "resolveSupport": { "properties": ["command"] } } }, "workspace": { "applyEdit": "yes" } }""").RootElement;
        Assert.Equal(ClientFeatures.None, ClientFeatures.Read(none));
        Assert.Equal(ClientFeatures.None, ClientFeatures.Read(null));
    }

    [Theory]
    [InlineData("{}", "{\n  \"rules\": {\n    \"PL0001\": \"none\"\n  }\n}")]
    [InlineData("{ \"language\": \"fr\" }", "{\n  \"rules\": {\n    \"PL0001\": \"none\"\n  }, \"language\": \"fr\" }")]
    [InlineData("{ \"rules\": {} }", "{ \"rules\": {\n    \"PL0001\": \"none\"\n  } }")]
    [InlineData("{\n  // ours\n  \"rules\": { \"PL0007\": \"error\" }\n}", "{\n  // ours\n  \"rules\": {\n    \"PL0001\": \"none\", \"PL0007\": \"error\" }\n}")]
    [InlineData("{ \"rules\": { \"pl0001\": \"error\", /* keep */ \"PL0002\": \"info\" } }", "{ \"rules\": { \"pl0001\": \"none\", /* keep */ \"PL0002\": \"info\" } }")]
    public void ConfigurationEditor_TurnsTheRuleOff_KeepingTheRest(string before, string after)
    {
        var change = ConfigurationEditor.DisableRule(before, "PL0001");
        var edited = SourceText.From(before).WithChanges(change).ToString();
        Assert.Equal(after, edited);
        var configuration = Configuration.DocRulesConfiguration.Parse(edited, "/p/.docrules.json");
        Assert.Equal(Diagnostics.ReportDiagnostic.Suppress, configuration.Rules["PL0001"]);
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("{ \"rules\": [] }")]
    [InlineData("{ \"rules\": { ")]
    [InlineData("")]
    // Round 29: truncated after the rules, the edit went in and the command answered success.
    [InlineData("{ \"rulePacks\": [\"rules\"], \"rules\": { \"NE0003\": \"warning\" }, ")]
    [InlineData("{ \"rules\": { \"PL0001\": \"warning\" }, \"language\": }")]
    [InlineData("{ \"rules\": {} } }")]
    [InlineData("{ \"rules\": {} } {}")]
    [InlineData("{ \"rules\": {} /* never closed ")]
    [InlineData("// only a comment\n")]
    public void ConfigurationEditor_RefusesWhatItCannotEditSafely(string text) =>
        Assert.Throws<FormatException>(() => ConfigurationEditor.DisableRule(text, "PL0001"));

    [Fact]
    public void ConfigurationEditor_NamesTheLineOfTheFirstJsonError()
    {
        var refused = Assert.Throws<FormatException>(() => ConfigurationEditor.DisableRule("{\n  \"rules\": { \"PL0007\": \"error\" },\n  \"language\": \n", "PL0001"));
        Assert.StartsWith("the configuration is not valid JSON (line 4)", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigurationEditor_EditsAValidFileWithCommentsAndTrailingCommas_KeepingThem()
    {
        const string Before = "// project settings\n{\n  /* rules first */\n  \"rules\": {\n    \"PL0007\": \"error\", // noisy\n  },\n  \"language\": \"fr\",\n}\n// end\n";
        var edited = SourceText.From(Before).WithChanges(ConfigurationEditor.DisableRule(Before, "PL0001")).ToString();
        foreach (var comment in new[] { "// project settings", "/* rules first */", "// noisy", "// end" })
        {
            Assert.Contains(comment, edited, StringComparison.Ordinal);
        }

        var configuration = Configuration.DocRulesConfiguration.Parse(edited, "/p/.docrules.json");
        Assert.Equal(Diagnostics.ReportDiagnostic.Suppress, configuration.Rules["PL0001"]);
        Assert.Equal(Diagnostics.ReportDiagnostic.Error, configuration.Rules["PL0007"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("NE0003\n}\"evil")]
    [InlineData("PL")]
    [InlineData("0001")]
    [InlineData("PL-0001")]
    [InlineData("PL0001 ")]
    [InlineData("PL0001\n")]
    public void ConfigurationEditor_RefusesWhatIsNotARuleId(string ruleId)
    {
        Assert.False(ConfigurationEditor.IsRuleId(ruleId));
        Assert.Throws<ArgumentException>(() => ConfigurationEditor.DisableRule("{}", ruleId));
    }

    [Fact]
    public void ConfigurationEditor_NewFileIsAValidConfiguration()
    {
        var configuration = Configuration.DocRulesConfiguration.Parse(ConfigurationEditor.NewFile("PL0007"), "/p/.docrules.json");
        Assert.Equal(Diagnostics.ReportDiagnostic.Suppress, configuration.Rules["PL0007"]);
    }

    [Theory]
    [InlineData("<!-- docrules-disable-next-line |", "")]
    [InlineData("Text <!-- docrules-disable-line PL|", "PL")]
    [InlineData("<!-- docrules-disable PL0001, PL0|", "PL0")]
    [InlineData("<!-- docrules-enable PL0001 |", "")]
    [InlineData("<!-- docrules-disable-file P|", "P")]
    [InlineData("<!-- docrules-disable-next-line PL0001 -- because |", null)]
    [InlineData("<!-- docrules-disabled |", null)]
    [InlineData("docrules-disable |", null)]
    public void Completion_InSuppressionComments(string markedLine, string? partial)
    {
        var (text, offset) = Marked(markedLine);
        var span = RuleIdCompletion.InSuppressionComment(text, offset);
        Assert.Equal(partial, span is { } s ? text.ToString(s) : null);
    }

    [Theory]
    [InlineData("{ \"rules\": { \"|", "")]
    [InlineData("{\n  \"rules\": {\n    \"PL0001\": \"none\",\n    \"PL|", "PL")]
    [InlineData("{ \"rules\": { \"PL0001\": \"none\", /* x */ \"|", "")]
    [InlineData("{ \"rules\": { \"PL0001\": \"|", null)]
    [InlineData("{ \"options\": { \"|", null)]
    [InlineData("{ \"rules\": { \"PL0001\": { \"a\": 1 }, \"|", "")]
    [InlineData("{ \"overrides\": [ { \"rules\": { \"P|", "P")]
    [InlineData("{ \"overrides\": [ { \"|", null)]
    public void Completion_InConfigurationRuleKeys(string marked, string? partial)
    {
        var (text, offset) = Marked(marked);
        var span = RuleIdCompletion.InConfigurationRules(text, offset);
        Assert.Equal(partial, span is { } s ? text.ToString(s) : null);
    }

    private static (SourceText Text, int Offset) Marked(string marked)
    {
        var offset = marked.IndexOf('|', StringComparison.Ordinal);
        return (SourceText.From(marked.Remove(offset, 1) + "\n"), offset);
    }
}
