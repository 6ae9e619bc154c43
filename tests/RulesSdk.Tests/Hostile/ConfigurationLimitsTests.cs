using System.Text.RegularExpressions;
using RulesSdk.Analyzers;
using RulesSdk.Configuration;
using RulesSdk.Diagnostics;
using RulesSdk.Rules;
using RulesSdk.Tests.TestSupport;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.Hostile;

/// <summary>
/// hostile13: a .docrules.json that a user (or a broken checkout) can write makes docrules fail with an
/// internal error instead of a configuration error, or silently turns every rule off.
/// Observed with the Release CLI (docrules check a.md next to the .docrules.json):
/// <list type="bullet">
/// <item><c>{"ruleTimeout": 9223372036854775807}</c> → "docrules: internal error:
/// System.ArgumentOutOfRangeException: TimeSpan overflowed because the duration is too long", thrown by
/// <c>TimeSpan.FromMilliseconds</c> at DocRulesConfiguration.cs:189 (the value fits in a long, so
/// ReadPositiveLong accepts it). <c>--rule-timeout</c> on the command line is bounded to 1..3,600,000; the file is not.</item>
/// <item><c>{"ruleTimeout": 922337203685477}</c> (a valid TimeSpan) → every rule is reported DR0002 "ran longer than
/// its budget of 2147483647 ms" at once and skipped: RuleBudget.cs:41 computes
/// <c>GetTimestamp() + (long)(value.TotalSeconds * Stopwatch.Frequency)</c>, which overflows (the deadline lands in
/// the past) from about 9.2e12 ms (Frequency 1e9 on Linux).</item>
/// <item><c>--config /dev/zero</c>, or a .docrules.json that is a symbolic link to /dev/zero (or any endless or
/// huge file) → "internal error: System.OutOfMemoryException" from File.ReadAllText in Load (no size bound,
/// unlike documents' maxFileSize).</item>
/// </list>
/// Fixed in round 13: ruleTimeout is bounded as --rule-timeout is, RuleBudget saturates, and the
/// configuration file is read only when regular and at most 1 MB.
/// </summary>
public sealed class ConfigurationLimitsTests
{
    [Fact]
    public void RuleTimeoutBeyondTimeSpan_IsAConfigurationError()
    {
        var error = Record.Exception(() => DocRulesConfiguration.Parse("""{ "ruleTimeout": 9223372036854775807 }""", "/x/.docrules.json"));

        Assert.IsType<ConfigurationException>(error);
        Assert.Contains("ruleTimeout", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(922_337_203_685_477L)]
    [InlineData(10_000_000_000_000L)]
    public void HugeRuleTimeout_DoesNotStopEveryRule(long milliseconds)
    {
        // Either the configuration refuses such a value (as --rule-timeout does above 3,600,000 ms),
        // or the driver treats it as "no practical limit"; it must never time every rule out at once.
        DocRulesConfiguration configuration;
        try
        {
            configuration = DocRulesConfiguration.Parse($$"""{ "ruleTimeout": {{milliseconds}} }""", "/x/.docrules.json");
        }
        catch (ConfigurationException)
        {
            return;
        }

        // A sentence rule that matches with a RegexRuleMatcher, as generated rules do: the matcher checks the budget.
        var descriptor = TestAnalyzer.Descriptor("HT0001");
        var analyzer = new TestAnalyzer("HugeTimeoutRule", [descriptor], context => context.RegisterSentenceAction(sentence =>
        {
            var matches = new List<RuleMatch>();
            new RegexRuleMatcher(new Regex("pleut", RegexOptions.None, TimeSpan.FromSeconds(1))).Match(sentence.Syntax, sentence.Sentence.Span, matches);
            foreach (var match in matches)
            {
                sentence.ReportDiagnostic(Diagnostic.Create(descriptor, sentence.GetLocation(match.Span), "pleut"));
            }
        }));
        var options = new AnalyzerDriverOptions { RuleTimeout = configuration.RuleTimeout };

        var diagnostics = new AnalyzerDriver([analyzer], options).AnalyzeDocument(TextDocument.Create("doc.txt", "Il pleut.\n"));

        Assert.DoesNotContain(diagnostics, d => d.Id == "DR0002");
        Assert.Single(diagnostics, d => d.Id == "HT0001");
    }

    [SkippableFact]
    public void EndlessConfigurationFile_IsAConfigurationError()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs /dev/zero");

        var error = Assert.Throws<ConfigurationException>(() => DocRulesConfiguration.Load("/dev/zero"));

        Assert.Equal("/dev/zero: error: cannot read the configuration file: a character device, not a regular file; only regular files are read", error.Message);
    }
}
