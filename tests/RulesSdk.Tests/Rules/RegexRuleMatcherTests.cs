using System.Text.RegularExpressions;
using RulesSdk.Analyzers;
using RulesSdk.Diagnostics;
using RulesSdk.Rules;
using RulesSdk.Syntax;
using RulesSdk.Tests.TestSupport;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.Rules;

/// <summary>
/// The regex matcher finds exactly what one <c>Regex.Match(prose, start, length)</c> followed by
/// <c>NextMatch()</c> finds (the matcher's original form), whichever way it scans: scope edges act as
/// the input's edges, empty matches are skipped, named groups become captures.
/// </summary>
public sealed class RegexRuleMatcherTests
{
    private const string Prose = "Je pense que le budget est lourd. Que faire ? Il a dit qu’il viendra ; « je reste », a-t-il ajouté.";

    [Theory]
    // Anchors, word boundaries and lookbehinds see the scope's edges, not the text around it.
    [InlineData(@"\A\p{L}+", 5, 20)]
    [InlineData(@"\A\p{L}+", 4, 20)]
    [InlineData(@"\b\p{L}+\b", 6, 10)]
    [InlineData(@"\p{L}+\z", 0, 11)]
    [InlineData(@"\p{L}+$", 0, 11)]
    [InlineData(@"(?<=\s)que\b", 9, 20)]
    [InlineData(@"(?<![\p{L}])ense", 4, 10)]
    [InlineData(@"(?=J)", 0, 100)]
    // Empty matches are skipped, and the scan goes on past them.
    [InlineData(@"x*", 0, 100)]
    [InlineData(@"e*", 0, 100)]
    [InlineData(@"\s*", 30, 20)]
    // Whole-scope and open-ended patterns, as the packs write them.
    [InlineData(@"(?s)\A.*\S", 0, 33)]
    [InlineData(@"(?s)\A.*\S", 34, 11)]
    [InlineData(@"\b(?:[Jj]e|[Jj][’']|[Nn]ous)\b.*", 0, 100)]
    [InlineData(@"(?i)\bqu(?:e\b|[’'])", 0, 100)]
    // Named groups become captures; one that did not take part is left out.
    [InlineData(@"(?<who>\p{Lu}\p{Ll}+) (?<verb>a|pense)", 0, 100)]
    [InlineData(@"(?<neg>ne )?(?<verb>reste|viendra)", 0, 100)]
    [InlineData(@"(?<all>)(?<word>budget)", 0, 100)]
    // Numbered groups are no captures.
    [InlineData(@"(\p{L}+) (est|dit)", 0, 100)]
    // An empty scope and one that ends the text.
    [InlineData(@"\p{L}*", 10, 0)]
    [InlineData(@"\p{L}+\.?", 80, 20)]
    public void FindsWhatMatchAndNextMatchFind(string pattern, int start, int length)
    {
        var syntax = DocumentSyntax.Create(SourceText.From(Prose), DocumentKind.PlainText, "fr");
        var scope = new TextSpan(start, Math.Min(length, Prose.Length - start));
        var regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        var found = new List<RuleMatch>();
        new RegexRuleMatcher(regex).Match(syntax, scope, found);

        Assert.Equal(Describe(Reference(regex, syntax.Prose, scope)), Describe(found));
    }

    [Fact]
    public void MatchesAreAddedAfterWhatTheListHolds()
    {
        var syntax = DocumentSyntax.Create(SourceText.From(Prose), DocumentKind.PlainText, "fr");
        var earlier = new RuleMatch(new TextSpan(0, 2), new TextSpan(0, 2));
        var found = new List<RuleMatch> { earlier };

        new RegexRuleMatcher(new Regex(@"\bque\b", RegexOptions.None, TimeSpan.FromSeconds(1))).Match(syntax, new TextSpan(0, Prose.Length), found);

        Assert.Same(earlier, found[0]);
        Assert.Equal([new TextSpan(9, 3)], found.Skip(1).Select(m => m.Span));
    }

    [Theory]
    [InlineData(@"^(a+)+$")]
    [InlineData(@"^(?<run>a+)+$")]
    public void APatternThatRunsPastItsTimeout_Throws(string pattern)
    {
        // The first use is retried once (a generated regex compiles inside its first match); a pattern
        // that is really too slow times out again.
        var text = new string('a', 40) + "!";
        var syntax = DocumentSyntax.Create(SourceText.From(text), DocumentKind.PlainText, "en");
        var matcher = new RegexRuleMatcher(new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(20)));

        Assert.Throws<RegexMatchTimeoutException>(() => matcher.Match(syntax, new TextSpan(0, text.Length), []));
        Assert.Throws<RegexMatchTimeoutException>(() => matcher.Match(syntax, new TextSpan(0, text.Length), []));
    }

    [Theory]
    [InlineData(@"^(a+)+$")]
    [InlineData(@"^(?<run>a+)+$")]
    public void ARuleWhosePatternTimesOut_IsDR0002(string pattern)
    {
        var descriptor = TestAnalyzer.Descriptor("EV0001");
        var matcher = new RegexRuleMatcher(new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(20)));
        var analyzer = new TestAnalyzer("Evil", [descriptor], c => c.RegisterSentenceAction(s =>
        {
            var matches = new List<RuleMatch>();
            matcher.Match(s.Syntax, s.Sentence.Span, matches);
            foreach (var match in matches)
            {
                s.ReportDiagnostic(Diagnostic.Create(descriptor, s.GetLocation(match.Span), "evil"));
            }
        }));
        var text = "Fine.\n\n" + new string('a', 40) + "!\n";

        var timedOut = Assert.Single(new AnalyzerDriver([analyzer]).AnalyzeDocument(TextDocument.Create("doc.txt", text)));

        Assert.Equal("DR0002", timedOut.Id);
        Assert.Equal("Rule 'EV0001' timed out on this document (a pattern took longer than 20 ms) and was skipped for it", timedOut.GetMessage());
    }

    /// <summary>The matcher as it was written before it scanned spans: every match a Match object.</summary>
    private static List<RuleMatch> Reference(Regex regex, string prose, TextSpan scope)
    {
        var names = regex.GetGroupNames().Where(n => !int.TryParse(n, out _)).ToArray();
        var results = new List<RuleMatch>();
        for (var match = regex.Match(prose, scope.Start, scope.Length); match.Success; match = match.NextMatch())
        {
            if (match.Length == 0)
            {
                continue;
            }

            var captures = System.Collections.Immutable.ImmutableDictionary.CreateBuilder<string, TextSpan>();
            foreach (var name in names)
            {
                if (match.Groups[name].Success)
                {
                    captures[name] = new TextSpan(match.Groups[name].Index, match.Groups[name].Length);
                }
            }

            results.Add(new RuleMatch(new TextSpan(match.Index, match.Length), scope, captures.ToImmutable()));
        }

        return results;
    }

    private static List<string> Describe(IEnumerable<RuleMatch> matches) =>
        [.. matches.Select(m => $"{m.Span} in {m.Scope}: {string.Join(", ", m.Captures.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"))}")];
}
