using System.Collections.Immutable;
using RulesSdk.Dsl.Syntax;
using Sprache;
using static RulesSdk.Dsl.Parsing.Lexical;

namespace RulesSdk.Dsl.Parsing;

/// <summary>
/// The matchers that mirror Vale's check kinds: swap, occurrence, repetition, consistency,
/// conditional, capitalization and metric. Kept apart from <see cref="Grammar"/>, which only
/// offers them as alternatives.
/// </summary>
internal static class KindGrammar
{
    public const string Names = "swap, occurrence, repetition, consistency, conditional, capitalization, metric, spelling";

    public static Parser<MatcherSyntax> Matchers(Parser<SourcePosition> at, Parser<MatcherSyntax> simple)
    {
        var regex =
            from position in at
            from r in RegexLiteral
            select new RegexMatcherSyntax(r.Pattern, r.Flags, position);

        // A quoted spelling is a literal word: escaped, on word boundaries, ignoring case.
        var spelling = regex.Or(
            from position in at
            from s in QuotedString
            select new RegexMatcherSyntax(@"\b" + System.Text.RegularExpressions.Regex.Escape(s) + @"\b", "i", position));

        var arrow = Lex(Parse.String("=>")).Named("'=>'");
        var entry =
            (from position in at
             from source in QuotedString
             from a in arrow
             from to in Lex(QuotedString)
             select new SwapEntrySyntax(source, false, string.Empty, to, position))
            .Or(from position in at
                from r in RegexLiteral
                from a in arrow
                from to in Lex(QuotedString)
                select new SwapEntrySyntax(r.Pattern, true, r.Flags, to, position));
        var swap =
            from position in at
            from k in Keyword("swap")
            from body in
                (from f in Keyword("from") from file in Lex(QuotedString) select (Entries: ImmutableArray<SwapEntrySyntax>.Empty, File: (string?)file))
                .Or(from first in entry
                    from rest in (from comma in Symbol(',') from e in entry select e).Many()
                    select (Entries: ImmutableArray.Create([first, .. rest]), File: (string?)null))
            select (MatcherSyntax)new SwapMatcherSyntax(body.Entries, body.File, position);

        var bound = from k in Keyword("min").Or(Keyword("max")) from n in Lex(Integer) select (k, n);
        var occurrence =
            from position in at
            from k in Keyword("occurrence")
            from counted in simple
            from bounds in bound.AtLeastOnce()
            select (MatcherSyntax)new OccurrenceMatcherSyntax(
                counted,
                bounds.Where(b => b.k == "min").Select(b => (int?)b.n).LastOrDefault(),
                bounds.Where(b => b.k == "max").Select(b => (int?)b.n).LastOrDefault(),
                position);

        var repetition =
            from position in at
            from k in Keyword("repetition")
            from token in regex
            from alphanumeric in Keyword("alphanumeric").Optional()
            select (MatcherSyntax)new RepetitionMatcherSyntax(token, alphanumeric.IsDefined, position);

        var pair =
            from position in at
            from first in spelling
            from o in Keyword("or")
            from second in spelling
            select new ConsistencyPairSyntax(first, second, position);
        var consistency =
            from position in at
            from k in Keyword("consistency")
            from first in pair
            from rest in (from comma in Symbol(',') from p in pair select p).Many()
            select (MatcherSyntax)new ConsistencyMatcherSyntax([first, .. rest], position);

        var listReference =
            from position in at
            from sign in Parse.Char('@')
            from name in Identifier
            select new PhraseItem(name, true, position);
        var except = from e in Keyword("except") from list in listReference select list;
        var conditional =
            from position in at
            from k in Keyword("conditional")
            from first in regex
            from r in Keyword("requires")
            from second in regex
            from before in Keyword("before").Optional()
            from exceptions in except.Optional()
            select (MatcherSyntax)new ConditionalMatcherSyntax(first, second, before.IsDefined, exceptions.GetOrDefault(), position);

        var number = Parse.Regex(@"[0-9]+(?:\.[0-9]+)?").Named("a number");
        var style = Parse.Regex("sentence|title|lower|upper").Named("sentence, title, lower or upper");
        var capitalization =
            from position in at
            from k in Keyword("capitalization")
            from s in Lex(style)
            from exceptions in except.Optional()
            from indicators in (from i in Keyword("indicators") from values in Lex(QuotedString).AtLeastOnce() select values).Optional()
            from threshold in (from t in Keyword("threshold") from n in Lex(number) select n).Optional()
            select (MatcherSyntax)new CapitalizationMatcherSyntax(s, exceptions.GetOrDefault(), [.. indicators.GetOrElse([])], threshold.GetOrDefault(), position);

        var comparison = Parse.Regex(">=|<=|==|!=|>|<").Named("a comparison (>, >=, <, <=, ==, !=)");
        var formula =
            (from position in at from name in Identifier select (Text: name, IsPreset: true, Position: position))
            .Or(from position in at from text in QuotedString select (Text: text, IsPreset: false, Position: position));
        var metric =
            from position in at
            from k in Keyword("metric")
            from f in formula
            from op in Lex(comparison)
            from threshold in Lex(Parse.Regex(@"-?[0-9]+(?:\.[0-9]+)?").Named("a number"))
            select (MatcherSyntax)new MetricMatcherSyntax(f.Text, f.IsPreset, op, threshold, position, f.Position);

        return swap.Or(occurrence).Or(repetition).Or(consistency).Or(conditional).Or(capitalization).Or(metric).Or(Spelling(at, regex, listReference));
    }

    /// <summary><c>spelling</c> and its options, in any order: dictionary, accept, ignore, skip capitalized, suggestions, split words.</summary>
    private static Parser<MatcherSyntax> Spelling(Parser<SourcePosition> at, Parser<RegexMatcherSyntax> regex, Parser<PhraseItem> listReference)
    {
        var quoted = from position in at from value in QuotedString select new PhraseItem(value, false, position);
        Parser<ImmutableArray<T>> CommaList<T>(Parser<T> item) =>
            from first in item
            from rest in (from comma in Symbol(',') from next in item select next).Many()
            select ImmutableArray.Create([first, .. rest]);

        var acceptItem =
            (from position in at from word in QuotedString select new SpellingAcceptSyntax(word, null, null, position))
            .Or(from position in at from r in regex select new SpellingAcceptSyntax(null, r, null, position))
            .Or(from position in at from list in listReference select new SpellingAcceptSyntax(null, null, list, position));

        var option =
            (from k in Keyword("dictionary") from names in CommaList(quoted) select new SpellingOption(names, [], [], false, null, false))
            .Or(from k in Keyword("accept") from items in CommaList(acceptItem) select new SpellingOption([], items, [], false, null, false))
            .Or(from k in Keyword("ignore") from files in CommaList(quoted) select new SpellingOption([], [], files, false, null, false))
            .Or(from k in Keyword("skip") from c in Keyword("capitalized") select new SpellingOption([], [], [], true, null, false))
            .Or(from k in Keyword("suggestions") from n in Lex(Integer) select new SpellingOption([], [], [], false, n, false))
            .Or(from k in Keyword("split") from w in Keyword("words") select new SpellingOption([], [], [], false, null, true));

        return from position in at
               from k in Keyword("spelling")
               from options in option.Many()
               let all = options.ToList()
               select (MatcherSyntax)new SpellingMatcherSyntax(
                   [.. all.SelectMany(o => o.Dictionaries)],
                   [.. all.SelectMany(o => o.Accept)],
                   [.. all.SelectMany(o => o.Ignore)],
                   all.Any(o => o.SkipCapitalized),
                   all.Select(o => o.Suggestions).LastOrDefault(n => n is not null),
                   all.Any(o => o.SplitWords),
                   position);
    }

    private sealed record SpellingOption(
        ImmutableArray<PhraseItem> Dictionaries,
        ImmutableArray<SpellingAcceptSyntax> Accept,
        ImmutableArray<PhraseItem> Ignore,
        bool SkipCapitalized,
        int? Suggestions,
        bool SplitWords);
}
