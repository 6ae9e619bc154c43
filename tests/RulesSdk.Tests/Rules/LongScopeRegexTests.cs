using System.Text.RegularExpressions;
using RulesSdk.Analyzers;
using RulesSdk.Rules;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Tests.Rules;

/// <summary>
/// A scan over a scope longer than 100,000 characters that times out is run again, from where it
/// stood, with the regex's timeout per (started) 100,000 characters: linear work on a 1 MB paragraph
/// completes, a pattern that backtracks is still stopped.
/// </summary>
public sealed class LongScopeRegexTests
{
    private const string Prose = "Je pense que le budget est lourd. Que faire ? Il a dit qu’il viendra ; « je reste », a-t-il ajouté.";

    [Theory]
    [InlineData(0, 1)]
    [InlineData(100_000, 1)]
    [InlineData(100_001, 2)]
    [InlineData(200_000, 2)]
    [InlineData(250_000, 3)]
    [InlineData(1_000_000, 10)]
    [InlineData(1_000_001, 11)]
    [InlineData(10_485_760, 105)]
    [InlineData(int.MaxValue, 21_475)]
    public void TheTimeoutGrowsPerHundredThousandCharacters(int length, int multiple)
    {
        Assert.Equal(multiple, LongScopeRegex.Multiple(length));
        Assert.Equal(TimeSpan.FromMilliseconds(1000.0 * multiple), LongScopeRegex.TimeoutFor(TimeSpan.FromSeconds(1), length));
    }

    [Fact]
    public void AHugeTimeout_StaysWithinWhatRegexAccepts()
    {
        var timeout = LongScopeRegex.TimeoutFor(TimeSpan.FromHours(1), int.MaxValue);

        Assert.Equal(TimeSpan.FromDays(24), timeout);
        _ = new Regex("a", RegexOptions.None, timeout);
    }

    [Fact]
    public void AShortScope_UsesThePatternItself_ALongOneACopyWithALongerTimeout()
    {
        var pattern = new Regex(@"\bque\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(50));
        var scaled = new LongScopeRegex(pattern);

        Assert.False(scaled.Covers(100_000));
        Assert.Same(pattern, scaled.For(100_000));
        Assert.True(scaled.Covers(300_000));
        var copy = scaled.For(300_000);
        Assert.Equal(TimeSpan.FromMilliseconds(150), copy.MatchTimeout);
        Assert.Equal(pattern.ToString(), copy.ToString());
        Assert.Equal(pattern.Options | RegexOptions.Compiled, copy.Options);
        Assert.Same(copy, scaled.For(250_000));
        Assert.Equal(TimeSpan.FromMilliseconds(200), scaled.For(400_000).MatchTimeout);
    }

    [Fact]
    public void APatternWithoutTimeout_IsNeverCopied()
    {
        var pattern = new Regex("que", RegexOptions.None);
        var scaled = new LongScopeRegex(pattern);

        Assert.False(scaled.Covers(1_000_000));
        Assert.Same(pattern, scaled.For(1_000_000));
    }

    [Theory]
    [InlineData(@"\b\p{L}+\b", 6, 60)]
    [InlineData(@"(?<=\s)que\b", 0, 100)]
    [InlineData(@"\A\p{L}+", 5, 20)]
    [InlineData(@"\p{L}+\z", 0, 11)]
    [InlineData(@"x*", 0, 40)]
    [InlineData(@"e*", 0, 100)]
    [InlineData(@"\s*", 30, 20)]
    [InlineData(@"(?<who>\p{Lu}\p{Ll}+) (?<verb>a|pense)", 0, 100)]
    [InlineData(@"(?<neg>ne )?(?<verb>reste|viendra)", 0, 100)]
    [InlineData(@"(?<all>)(?<word>budget)", 0, 100)]
    public void ResumingAfterAnyMatch_FindsWhatTheWholeScanFindsFromThere(string pattern, int start, int length)
    {
        var syntax = DocumentSyntax.Create(SourceText.From(Prose), DocumentKind.PlainText, "fr");
        var scope = new TextSpan(start, Math.Min(length, Prose.Length - start));
        var regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var matcher = new RegexRuleMatcher(regex);
        var whole = new List<RuleMatch>();
        matcher.Match(syntax, scope, whole);

        // Every match the scan meets, empty ones included: a timeout can come after any of them.
        var resume = scope.Start;
        for (var match = regex.Match(syntax.Prose, scope.Start, scope.Length); ; match = match.NextMatch())
        {
            var rest = new List<RuleMatch>();
            matcher.MatchRest(syntax.Prose, scope, resume, regex, rest);
            Assert.Equal(Describe(whole.Where(m => m.Span.Start >= resume)), Describe(rest));
            if (!match.Success)
            {
                break;
            }

            resume = match.Index + Math.Max(match.Length, 1);
            if (resume > scope.End)
            {
                break;
            }
        }
    }

    [Theory]
    [InlineData(@"(a+)+b")]
    [InlineData(@"(?<run>a+)+b")]
    public void APatternThatBacktracks_OnALongScope_StillTimesOut_AfterTheScaledTimeout(string pattern)
    {
        // 250,000 characters: three units, so the copy gets three times the pattern's 20 ms.
        var text = new string('a', 250_000);
        var syntax = DocumentSyntax.Create(SourceText.From(text), DocumentKind.PlainText, "en");
        var matcher = new RegexRuleMatcher(new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(20)));

        var timedOut = Assert.Throws<RegexMatchTimeoutException>(() => matcher.Match(syntax, new TextSpan(0, text.Length), []));

        Assert.Equal(TimeSpan.FromMilliseconds(60), timedOut.MatchTimeout);
    }

    [Fact]
    public void TheUnit_IsTheRuleBudgetsUnit() => Assert.Equal(100_000, RuleBudget.CharactersPerBudget);

    private static List<string> Describe(IEnumerable<RuleMatch> matches) =>
        [.. matches.Select(m => $"{m.Span} in {m.Scope}: {string.Join(", ", m.Captures.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"))}")];
}
