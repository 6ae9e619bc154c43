using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using RulesSdk.Rules;
using RulesSdk.Text;

namespace RulesSdk.Benchmarks;

/// <summary>
/// A rule's regex as emitted against a rewritten pattern, each run over every sentence of a corpus
/// (the scope sentence rules see, so <c>\A</c> is the sentence start): the time of each and whether the
/// two find the same matches. Evidence for rewriting a slow pattern without changing its findings.
/// </summary>
internal static class SentenceRegexExperiment
{
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("sentence-regex: RULE-ID PATTERN-FILE [--size N]   (the file: a whole pattern, or OLD, a line \"=>\", NEW)");
            return 2;
        }

        var ruleId = args[0];
        var candidateSource = File.ReadAllText(args[1]).TrimEnd('\n', '\r');
        var size = args.Length > 3 && args[2] == "--size" ? int.Parse(args[3], CultureInfo.InvariantCulture) : 10;
        var analyzer = BenchEnvironment.AllAnalyzers.FirstOrDefault(a => a.SupportedDiagnostics[0].Id == ruleId);
        if (analyzer?.GetType().GetField("Matcher", BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null) is not RegexRuleMatcher matcher)
        {
            Console.Error.WriteLine($"sentence-regex: {ruleId} is not a built-in regex rule");
            return 2;
        }

        // Both compiled the same way (RegexOptions.Compiled, close to the emitted source-generated code), so
        // the comparison is of the patterns, not of the engines.
        var emitted = new Regex(matcher.Pattern.ToString(), matcher.Pattern.Options | RegexOptions.Compiled, matcher.Pattern.MatchTimeout);

        // "OLD\n=>\nNEW": a rewrite of one part of the emitted pattern (whose lists are expanded), else the whole pattern.
        var parts = candidateSource.Split("\n=>\n");
        if (parts.Length == 2)
        {
            if (!emitted.ToString().Contains(parts[0], StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"sentence-regex: the emitted pattern of {ruleId} does not contain the part to rewrite");
                return 2;
            }

            candidateSource = emitted.ToString().Replace(parts[0], parts[1], StringComparison.Ordinal);
        }

        var candidate = new Regex(candidateSource, emitted.Options, emitted.MatchTimeout);
        var sentences = new List<(string Prose, int Start, int Length)>();
        foreach (var (path, bytes) in BenchEnvironment.LoadFiles(size))
        {
            var syntax = BenchEnvironment.Decode(path, bytes).GetSyntax();
            foreach (var block in syntax.Blocks)
            {
                foreach (var sentence in block.Sentences)
                {
                    sentences.Add((syntax.Prose, sentence.Span.Start, sentence.Span.Length));
                }
            }
        }

        static List<(int, int)> All(Regex regex, List<(string Prose, int Start, int Length)> sentences, out double ms)
        {
            var found = new List<(int, int)>();
            var clock = Stopwatch.StartNew();
            foreach (var (prose, start, length) in sentences)
            {
                for (var m = regex.Match(prose, start, length); m.Success; m = m.NextMatch())
                {
                    found.Add((m.Index, m.Length));
                }
            }

            ms = clock.Elapsed.TotalMilliseconds;
            return found;
        }

        // Alternated, best of five each after a warm-up: the minimum is what the pattern costs on a shared machine.
        All(emitted, sentences, out _);
        All(candidate, sentences, out _);
        List<(int, int)> before = [], after = [];
        double emittedMs = double.MaxValue, candidateMs = double.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            before = All(emitted, sentences, out var e);
            after = All(candidate, sentences, out var c);
            (emittedMs, candidateMs) = (Math.Min(emittedMs, e), Math.Min(candidateMs, c));
        }

        Console.WriteLine($"{ruleId}: {sentences.Count} sentences; as emitted {emittedMs:F1} ms, {before.Count} matches; rewritten {candidateMs:F1} ms, {after.Count} matches (best of five)");
        var same = before.SequenceEqual(after);
        Console.WriteLine(same ? "the same matches" : $"DIFFERENT matches: first at {before.Zip(after).Select((p, i) => (p, i)).FirstOrDefault(x => x.p.First != x.p.Second).i}");
        return same ? 0 : 1;
    }
}
