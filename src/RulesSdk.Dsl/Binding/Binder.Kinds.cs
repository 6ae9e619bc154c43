using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RulesSdk.Dsl.Syntax;
using RulesSdk.Rules.Kinds;
using RulesSdk.Text;

namespace RulesSdk.Dsl.Binding;

/// <summary>Binding of the Vale-like check kinds (swap, occurrence, repetition, consistency, conditional, capitalization, metric, spelling).</summary>
internal sealed partial class Binder
{
    private BoundMatcher? BindKind(MatcherSyntax syntax, string scopeKind) => syntax switch
    {
        SwapMatcherSyntax swap => BindSwap(swap),
        OccurrenceMatcherSyntax occurrence => BindOccurrence(occurrence, scopeKind),
        RepetitionMatcherSyntax repetition => BindMatcher(repetition.Token, scopeKind) is BoundRegexMatcher token ? new BoundRepetitionMatcher(token, repetition.AlphanumericOnly) : null,
        ConsistencyMatcherSyntax consistency => BindConsistency(consistency, scopeKind),
        ConditionalMatcherSyntax conditional => BindConditional(conditional, scopeKind),
        CapitalizationMatcherSyntax capitalization => BindCapitalization(capitalization),
        MetricMatcherSyntax metric => BindMetric(metric),
        SpellingMatcherSyntax spelling => BindSpelling(spelling, scopeKind),
        _ => null,
    };

    private BoundMatcher? BindSwap(SwapMatcherSyntax swap)
    {
        var entries = new List<SwapEntrySyntax>(swap.Entries);
        if (swap.FromFile is not null && !ReadSwapFile(swap, entries))
        {
            return null;
        }

        if (entries.Count == 0)
        {
            Error("DSL0021", "a swap list needs at least one entry", swap.Position);
            return null;
        }

        var ok = true;
        foreach (var entry in entries.Where(e => e.From.Length == 0 || string.IsNullOrWhiteSpace(e.From)))
        {
            Error("DSL0021", "a swap entry cannot replace an empty text", entry.Position);
            ok = false;
        }

        if (!ok)
        {
            return null;
        }

        var pairs = entries.Select(e => (e.From, e.To)).ToImmutableArray();
        if (!entries.Any(e => e.IsRegex))
        {
            // Both apostrophes, so the prefilter lets "don’t" through for an entry written "don't".
            var literals = entries.SelectMany(e => new[] { e.From, e.From.Replace('\'', '’') }).Distinct().ToImmutableArray();
            return new BoundSwapMatcher(pairs, null, literals);
        }

        // One alternation in entry order, with a group per entry to tell which one matched; a run of
        // plain words or phrases is one group holding a trie of them (thousands of keys in one pass).
        // Regex entries flagged l form further alternations, for the non-backtracking engine (as many as
        // its size limit needs); the matcher merges them as the one alternation of every entry would.
        var plainKeys = new string[entries.Count];
        var ignoreCase = new bool[entries.Count];
        var bodies = new string[entries.Count];
        var linear = new bool[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var body = entry.IsRegex ? SpliceLists(entry.From, entry.Position) : @"\b" + Regex.Escape(entry.From) + @"\b";
            if (body is null)
            {
                return null;
            }

            if (!TryRegex(body, entry, out var error))
            {
                Error("DSL0005", $"invalid regex in swap entry: {error}", entry.Position);
                ok = false;
                continue;
            }

            // Literal entries ignore case, as in the trie; a regex entry does with its i flag.
            ignoreCase[i] = !entry.IsRegex || entry.Flags.Contains('i');
            bodies[i] = ignoreCase[i] ? "(?i:" + body + ")" : body;
            plainKeys[i] = PlainKey(entry, body);

            // A plain key runs in a trie whatever its flags: there is nothing in it to backtrack into.
            linear[i] = entry.IsRegex && entry.Flags.Contains(LinearRegex.Flag) && plainKeys[i].Length == 0;
        }

        if (!ok)
        {
            return null;
        }

        var runs = PlainSwapRuns.Runs(plainKeys, ignoreCase).ToDictionary(r => r.First);
        var whole = new StringBuilder();
        var backtracking = new StringBuilder();
        var linearGroups = new List<(string Group, int Entry)>();
        for (var i = 0; i < entries.Count; i++)
        {
            var group = new StringBuilder("(?<").Append(RegexSwapMatcher.GroupName(i)).Append('>');
            var entry = i;
            if (runs.TryGetValue(i, out var run))
            {
                group.Append(PlainSwapRuns.Pattern(plainKeys[run.First..(run.Last + 1)], ignoreCase[i])).Append(')');
                i = run.Last;
            }
            else
            {
                group.Append(bodies[i]).Append(')');
            }

            AddAlternative(whole, group);
            if (linear[entry])
            {
                linearGroups.Add((group.ToString(), entry));
            }
            else
            {
                AddAlternative(backtracking, group);
            }
        }

        var linearPatterns = new List<string>();
        if (!LinearAlternations(linearGroups, 0, linearGroups.Count, linearPatterns, entries))
        {
            return null;
        }

        return new BoundSwapMatcher(pairs, backtracking.Length > 0 ? backtracking.ToString() : null, RegexLiterals.Required(whole.ToString(), false))
        {
            PlainKeys = [.. plainKeys],
            PlainIgnoreCase = [.. ignoreCase],
            LinearPatterns = [.. linearPatterns],
        };

        // The literal text of an entry that is a plain word or phrase on word boundaries (a quoted
        // entry, or a regex such as \b(?:word)\b, as `docrules import vale` writes), else empty.
        static string PlainKey(SwapEntrySyntax entry, string body)
        {
            if (!entry.IsRegex)
            {
                return entry.From.Length <= PlainSwapRuns.MaxKeyLength ? entry.From : string.Empty;
            }

            var inner = body.StartsWith(@"\b(?:", StringComparison.Ordinal) && body.EndsWith(@")\b", StringComparison.Ordinal) ? body[5..^3]
                : body.StartsWith(@"\b", StringComparison.Ordinal) && body.EndsWith(@"\b", StringComparison.Ordinal) && body.Length > 4 ? body[2..^2]
                : null;
            return inner is not null && PlainSwapRuns.IsLiteral(inner) ? inner : string.Empty;
        }

        static void AddAlternative(StringBuilder alternation, StringBuilder group) =>
            alternation.Append(alternation.Length == 0 ? string.Empty : "|").Append(group);

        static bool TryRegex(string body, SwapEntrySyntax entry, out string? error)
        {
            try
            {
                _ = new Regex(body, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                error = null;
                return true;
            }
            catch (ArgumentException ex)
            {
                error = ex.Message;
                return false;
            }
        }
    }

    /// <summary>
    /// The groups <paramref name="from"/> to <paramref name="to"/> of a swap's entries flagged l as alternations the
    /// non-backtracking engine accepts: all of them in one when it can, else halved until each half fits (the
    /// engine refuses an automaton over 10,000 nodes). A group the engine refuses alone is DSL0047 at its entry.
    /// </summary>
    private bool LinearAlternations(List<(string Group, int Entry)> groups, int from, int to, List<string> alternations, List<SwapEntrySyntax> entries)
    {
        if (from == to)
        {
            return true;
        }

        var alternation = string.Join('|', groups[from..to].Select(g => g.Group));
        var refusal = LinearRegex.Refusal(alternation, RegexOptions.CultureInvariant);
        if (refusal is null)
        {
            alternations.Add(alternation);
            return true;
        }

        if (to - from == 1)
        {
            Error("DSL0047", LinearRegex.Message(refusal), entries[groups[from].Entry].Position);
            return false;
        }

        var middle = from + ((to - from) / 2);
        var first = LinearAlternations(groups, from, middle, alternations, entries);
        return LinearAlternations(groups, middle, to, alternations, entries) && first;
    }

    private bool ReadSwapFile(SwapMatcherSyntax swap, List<SwapEntrySyntax> entries)
    {
        var path = ResolveRelative(swap.Position.Path, swap.FromFile!);
        var text = _readFile(path);
        if (text is null)
        {
            Error("DSL0011", $"swap file '{swap.FromFile}' not found (looked for {path})", swap.Position);
            return false;
        }

        var lines = text.Split('\n');
        var ok = true;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            // "from<TAB>to" or "from => to", one entry a line.
            var separator = line.IndexOf('\t', StringComparison.Ordinal) is var tab and >= 0 ? (tab, 1) : (line.IndexOf("=>", StringComparison.Ordinal), 2);
            if (separator.Item1 <= 0)
            {
                Error("DSL0021", $"swap file {swap.FromFile} line {i + 1}: expected 'from<TAB>to' or 'from => to', found '{line}'", swap.Position);
                ok = false;
                continue;
            }

            entries.Add(new SwapEntrySyntax(line[..separator.Item1].Trim(), false, string.Empty, line[(separator.Item1 + separator.Item2)..].Trim(), swap.Position));
        }

        return ok;
    }

    private BoundMatcher? BindOccurrence(OccurrenceMatcherSyntax occurrence, string scopeKind)
    {
        if (occurrence.Min is null && occurrence.Max is null || occurrence.Min > occurrence.Max)
        {
            Error("DSL0019", $"occurrence needs 'min N' and/or 'max N' with min <= max", occurrence.Position);
            return null;
        }

        if (occurrence.Counted is not (RegexMatcherSyntax or PhraseMatcherSyntax or TokenMatcherSyntax))
        {
            Error("DSL0017", "occurrence counts a /regex/, phrase or tokens matcher", occurrence.Counted.Position);
            return null;
        }

        var counted = BindMatcher(occurrence.Counted, scopeKind);
        return counted is null ? null : new BoundOccurrenceMatcher(counted, occurrence.Min, occurrence.Max);
    }

    private BoundMatcher? BindConsistency(ConsistencyMatcherSyntax consistency, string scopeKind)
    {
        var pairs = ImmutableArray.CreateBuilder<(BoundRegexMatcher, BoundRegexMatcher)>();
        foreach (var pair in consistency.Pairs)
        {
            if (BindMatcher(pair.First, scopeKind) is BoundRegexMatcher first && BindMatcher(pair.Second, scopeKind) is BoundRegexMatcher second)
            {
                pairs.Add((first, second));
            }
            else
            {
                return null;
            }
        }

        return new BoundConsistencyMatcher(pairs.ToImmutable());
    }

    private BoundMatcher? BindConditional(ConditionalMatcherSyntax conditional, string scopeKind)
    {
        var first = BindMatcher(conditional.First, scopeKind) as BoundRegexMatcher;
        var second = BindMatcher(conditional.Second, scopeKind) as BoundRegexMatcher;
        var exceptions = ListOrEmpty(conditional.Except, out var listOk);
        return first is null || second is null || !listOk ? null : new BoundConditionalMatcher(first, second, conditional.Before, exceptions);
    }

    private BoundMatcher? BindCapitalization(CapitalizationMatcherSyntax capitalization)
    {
        var exceptions = ListOrEmpty(capitalization.Except, out var listOk);
        var threshold = 1.0;
        if (capitalization.Threshold is { } text &&
            (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out threshold) || threshold is <= 0 or > 1))
        {
            Error("DSL0019", $"capitalization threshold {text} must be a share above 0 and at most 1", capitalization.Position);
            return null;
        }

        var style = capitalization.Style switch
        {
            "title" => CapitalizationStyle.Title,
            "lower" => CapitalizationStyle.Lower,
            "upper" => CapitalizationStyle.Upper,
            _ => CapitalizationStyle.Sentence,
        };
        return listOk ? new BoundCapitalizationMatcher(style, exceptions, capitalization.Indicators, threshold) : null;
    }

    private BoundMatcher? BindMetric(MetricMatcherSyntax metric)
    {
        string english, french;
        if (metric.IsPreset)
        {
            if (!MetricPresets.TryGet(metric.Formula, "en", out english) || !MetricPresets.TryGet(metric.Formula, "fr", out french))
            {
                Error("DSL0022", $"unknown metric '{metric.Formula}' (known: {string.Join(", ", MetricPresets.Names)}; or write a formula in quotes)", metric.FormulaPosition);
                return null;
            }
        }
        else
        {
            if (!MetricFormula.TryParse(metric.Formula, out _, out var error))
            {
                Error("DSL0022", error!, metric.FormulaPosition);
                return null;
            }

            english = french = metric.Formula;
        }

        var threshold = double.Parse(metric.Threshold, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return new BoundMetricMatcher(english, french, metric.Comparison, threshold);
    }

    private ImmutableArray<string> ListOrEmpty(PhraseItem? list, out bool ok)
    {
        ok = true;
        if (list is null)
        {
            return [];
        }

        if (_lists.TryGetValue(list.Value, out var entries))
        {
            return entries;
        }

        Error("DSL0002", $"unknown list '@{list.Value}'{Suggest(list.Value)}", list.Position);
        ok = false;
        return [];
    }
}
