using RulesSdk.Dsl.Binding;
using static RulesSdk.Dsl.Emit.CSharpNames;

namespace RulesSdk.Dsl.Emit;

/// <summary>C# expressions that construct the runtime matchers of the Vale-like check kinds; every value through a literal.</summary>
internal static class KindEmitter
{
    public static string Expression(BoundMatcher matcher, TimeSpan regexTimeout, Func<BoundMatcher, string> inner)
    {
        string Regex(BoundRegexMatcher regex) => $"new Regex({Literal(regex.Pattern)}, {Options(regex)}, {Timeout(regexTimeout)})";

        return matcher switch
        {
            BoundSwapMatcher { RegexPattern: null, LinearPatterns.IsEmpty: true } swap =>
                // Two string arrays rather than an object per entry: the compiler's allowlist check
                // binds each name in a field initializer again, so 10,000 entries cost minutes.
                $"new global::RulesSdk.Rules.Kinds.SwapRuleMatcher({StringArray(swap.Entries.Select(e => e.From))}, {StringArray(swap.Entries.Select(e => e.To))})",
            BoundSwapMatcher { LinearPatterns.IsEmpty: false } swap =>
                $"new global::RulesSdk.Rules.Kinds.RegexSwapMatcher({SwapPatterns(swap, regexTimeout)}, {StringArray(swap.Entries.Select(e => e.From))}, {StringArray(swap.Entries.Select(e => e.To))}, {StringArray(swap.PlainKeys)}, new bool[] {{ {string.Join(", ", swap.PlainIgnoreCase.Select(Literal))} }})",
            BoundSwapMatcher swap when swap.PlainKeys.Any(k => k.Length > 0) =>
                $"new global::RulesSdk.Rules.Kinds.RegexSwapMatcher(new Regex({Literal(swap.RegexPattern!)}, RegexOptions.CultureInvariant, {Timeout(regexTimeout)}), {StringArray(swap.Entries.Select(e => e.From))}, {StringArray(swap.Entries.Select(e => e.To))}, {StringArray(swap.PlainKeys)}, new bool[] {{ {string.Join(", ", swap.PlainIgnoreCase.Select(Literal))} }})",
            BoundSwapMatcher swap =>
                $"new global::RulesSdk.Rules.Kinds.RegexSwapMatcher(new Regex({Literal(swap.RegexPattern)}, RegexOptions.CultureInvariant, {Timeout(regexTimeout)}), {StringArray(swap.Entries.Select(e => e.From))}, {StringArray(swap.Entries.Select(e => e.To))})",
            BoundOccurrenceMatcher occurrence =>
                $"new global::RulesSdk.Rules.Kinds.OccurrenceRuleMatcher({inner(occurrence.Counted)}, {Nullable(occurrence.Min)}, {Nullable(occurrence.Max)})",
            BoundRepetitionMatcher repetition => $"new global::RulesSdk.Rules.Kinds.RepetitionRuleMatcher({Regex(repetition.Token)}, alphanumericOnly: {Literal(repetition.AlphanumericOnly)})",
            BoundConsistencyMatcher consistency =>
                $"new global::RulesSdk.Rules.Kinds.ConsistencyRuleMatcher(new (Regex, Regex)[] {{ {string.Join(", ", consistency.Pairs.Select(p => $"({Regex(p.First)}, {Regex(p.Second)})"))} }})",
            BoundConditionalMatcher conditional =>
                $"new global::RulesSdk.Rules.Kinds.ConditionalRuleMatcher({Regex(conditional.First)}, {Regex(conditional.Second)}, {StringArray(conditional.Exceptions)}, definedBefore: {Literal(conditional.Before)})",
            BoundCapitalizationMatcher capitalization =>
                $"new global::RulesSdk.Rules.Kinds.CapitalizationRuleMatcher(global::RulesSdk.Rules.Kinds.CapitalizationStyle.{capitalization.Style}, {StringArray(capitalization.Exceptions)}, {StringArray(capitalization.Indicators)}, {Number(capitalization.Threshold)})",
            BoundMetricMatcher metric =>
                $"new global::RulesSdk.Rules.Kinds.MetricRuleMatcher(global::RulesSdk.Rules.Kinds.MetricFormula.Parse({Literal(metric.EnglishFormula)}), global::RulesSdk.Rules.Kinds.MetricFormula.Parse({Literal(metric.FrenchFormula)}), {Literal(metric.Comparison)}, {Number(metric.Threshold)})",
            BoundSpellingMatcher spelling =>
                $"new global::RulesSdk.Rules.Kinds.SpellingRuleMatcher({StringArray(spelling.Dictionaries)}, {StringArray(spelling.AcceptedWords)}, new Regex[] {{ {string.Join(", ", spelling.AcceptedPatterns.Select(Regex))} }}, skipCapitalized: {Literal(spelling.SkipCapitalized)}, maxSuggestions: {Literal(spelling.MaxSuggestions)}{(spelling.SplitWords ? ", splitWords: true" : string.Empty)})",
            _ => throw new InvalidOperationException("Unknown matcher."),
        };
    }

    /// <summary>The alternations of a swap with entries flagged l, which the matcher merges: those entries on the non-backtracking engine.</summary>
    private static string SwapPatterns(BoundSwapMatcher swap, TimeSpan regexTimeout)
    {
        var patterns = new List<string>();
        if (swap.RegexPattern is { } backtracking)
        {
            patterns.Add($"new Regex({Literal(backtracking)}, RegexOptions.CultureInvariant, {Timeout(regexTimeout)})");
        }

        patterns.AddRange(swap.LinearPatterns.Select(linear => $"new Regex({Literal(linear)}, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, {Timeout(regexTimeout)})"));
        return $"new Regex[] {{ {string.Join(", ", patterns)} }}";
    }

    private static string Options(BoundRegexMatcher regex)
    {
        var options = "RegexOptions.CultureInvariant";
        options += regex.IgnoreCase ? " | RegexOptions.IgnoreCase" : string.Empty;
        options += regex.Multiline ? " | RegexOptions.Multiline" : string.Empty;
        options += regex.Singleline ? " | RegexOptions.Singleline" : string.Empty;
        options += regex.IgnoreWhitespace ? " | RegexOptions.IgnorePatternWhitespace" : string.Empty;
        options += regex.Linear ? " | RegexOptions.NonBacktracking" : string.Empty;
        return options;
    }

    private static string Timeout(TimeSpan timeout) => $"TimeSpan.FromMilliseconds({Literal((int)timeout.TotalMilliseconds)})";

    private static string Nullable(int? value) => value is { } v ? $"(int?){Literal(v)}" : "(int?)null";

    private static string Number(double value) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatPrimitive(value, quoteStrings: false, useHexadecimalNumbers: false) + "d";
}
