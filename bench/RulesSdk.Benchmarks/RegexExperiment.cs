using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using RulesSdk.Rules;
using RulesSdk.Text;

namespace RulesSdk.Benchmarks;

/// <summary>
/// Each built-in rule's regex, as the DSL emits it (interpreted, with a timeout) against the same
/// pattern with RegexOptions.Compiled and with RegexOptions.NonBacktracking, over the text of a
/// corpus (every document scanned whole). Evidence for the emitter's regex options.
/// </summary>
internal static class RegexExperiment
{
    public static int Run(string[] args)
    {
        var size = args.Length > 1 && args[0] == "--size" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10;
        var texts = BenchEnvironment.LoadFiles(size).Select(f => SourceText.Decode(f.Bytes).ToString()).ToArray();
        var megabytes = texts.Sum(t => (long)t.Length) / 1e6;
        Console.WriteLine($"{"rule",-8} {"variant",-16} {"ms",9} {"MB/s",9} {"matches",8}");
        foreach (var analyzer in BenchEnvironment.AllAnalyzers.OrderBy(a => a.SupportedDiagnostics[0].Id, StringComparer.Ordinal))
        {
            var field = analyzer.GetType().GetField("Matcher", BindingFlags.NonPublic | BindingFlags.Static);
            if (field?.GetValue(null) is not RegexRuleMatcher matcher)
            {
                continue;
            }

            var emitted = matcher.Pattern;
            var variants = new List<(string Name, Func<Regex> Create)>
            {
                ("as emitted", () => emitted),
                ("Compiled", () => new Regex(emitted.ToString(), emitted.Options | RegexOptions.Compiled, emitted.MatchTimeout)),
                ("no timeout", () => new Regex(emitted.ToString(), emitted.Options)),
            };
            var source = emitted.ToString();
            var abbreviations = source.IndexOf("(?!(?i:", StringComparison.Ordinal);
            var before = source.IndexOf(")\\.)(?<before>", StringComparison.Ordinal);
            if (abbreviations >= 0 && before > abbreviations)
            {
                // The broken-sentence pattern anchored on the stop: the engine finds '.' with a
                // vectorised search and looks behind for the word, instead of trying every word start.
                var list = source[(abbreviations + "(?!(?i:".Length)..before];
                var rewritten = @"(?<=(?<![\p{L}.])(?<before>\p{L}{2,}))(?<!(?<![\p{L}.])(?i:" + list + @"))\.[ \t\u00A0]+(?<after>\p{Ll}{2,})";
                variants.Add(("stop-anchored", () => new Regex(rewritten, emitted.Options, emitted.MatchTimeout)));
                variants.Add(("stop-anch.+Comp", () => new Regex(rewritten, emitted.Options | RegexOptions.Compiled, emitted.MatchTimeout)));
            }

            if ((emitted.Options & RegexOptions.RightToLeft) == 0)
            {
                variants.Add(("NonBacktracking", () => new Regex(emitted.ToString(), emitted.Options | RegexOptions.NonBacktracking)));
            }

            foreach (var (name, create) in variants)
            {
                Regex regex;
                try
                {
                    regex = create();
                }
                catch (NotSupportedException)
                {
                    Console.WriteLine($"{analyzer.SupportedDiagnostics[0].Id,-8} {name,-16} (not supported)");
                    continue;
                }

                var count = 0;
                foreach (var t in texts.Take(20))
                {
                    count += regex.Count(t); // warm-up
                }

                var stopwatch = Stopwatch.StartNew();
                count = 0;
                foreach (var t in texts)
                {
                    count += regex.Count(t);
                }

                stopwatch.Stop();
                Console.WriteLine($"{analyzer.SupportedDiagnostics[0].Id,-8} {name,-16} {stopwatch.Elapsed.TotalMilliseconds,9:F1} {megabytes / stopwatch.Elapsed.TotalSeconds,9:F1} {count,8}");
            }
        }

        return 0;
    }
}
