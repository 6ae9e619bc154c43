using System.Collections.Immutable;
using RulesSdk.Dsl.Syntax;
using Sprache;

namespace RulesSdk.Dsl.Parsing;

/// <summary>
/// Parses a rule file statement by statement and clause by clause, so that one mistake does not
/// hide the next: after an error it resumes at the next line that starts a statement or clause.
/// </summary>
public static class RuleFileParser
{
    public static RuleFile Parse(string path, string text, List<DslDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var grammar = new Grammar(path);
        var lines = text.Split('\n');
        EscapeChecker.Check(path, text, lines, diagnostics);
        var items = ImmutableArray.CreateBuilder<PackItem>();
        IInput input = new Input(text);
        var topLevel = grammar.PackHeader.Or(grammar.PackLanguage).Or(grammar.PackHelp).Or(grammar.Import).Or(grammar.List);
        while (true)
        {
            input = Lexical.Skip(input).Remainder;
            if (input.AtEnd)
            {
                break;
            }

            var header = grammar.RuleHeader(input);
            if (header.WasSuccessful)
            {
                input = ParseRuleBody(grammar, header.Value, header.Remainder, items, diagnostics, path, lines, text);
                continue;
            }

            var item = topLevel(input);
            if (item.WasSuccessful)
            {
                items.Add(item.Value);
                input = item.Remainder;
                continue;
            }

            var failure = AtUnknownWord(input, Deepest(input, header, item), StatementKeywords);
            Report(diagnostics, "DSL0001", Message(failure, "expected 'pack', 'language', 'help', 'import', 'list' or 'rule'"), path, lines, failure.Remainder);
            input = SkipToNextStatement(input, text, statementsOnly: true);
        }

        return new RuleFile(path, text, items.ToImmutable());
    }

    private static IInput ParseRuleBody(
        Grammar grammar,
        (string Id, string Name, SourcePosition Position) header,
        IInput input,
        ImmutableArray<PackItem>.Builder items,
        List<DslDiagnostic> diagnostics,
        string path,
        string[] lines,
        string text)
    {
        var clauses = ImmutableArray.CreateBuilder<RuleClause>();
        while (true)
        {
            input = Lexical.Skip(input).Remainder;
            if (input.AtEnd || StartsStatement(text, input.Position))
            {
                Report(diagnostics, "DSL0012", $"expected 'end' after rule {header.Id}", path, lines, input);
                break;
            }

            var end = grammar.End(input);
            if (end.WasSuccessful)
            {
                input = end.Remainder;
                break;
            }

            grammar.Nesting.Reset();
            var clause = grammar.Clause(input);
            if (clause.WasSuccessful)
            {
                clauses.Add(clause.Value);
                input = clause.Remainder;
                continue;
            }

            if (grammar.Nesting.ExceededAt is { } deep)
            {
                Report(diagnostics, "DSL0040", $"groups and captures nested deeper than {grammar.Nesting.Limit} levels; flatten the pattern", path, lines, deep);
                input = SkipToNextStatement(input, text, statementsOnly: false, clauseColumn: input.Column);
                continue;
            }

            var failure = AtUnknownWord(input, Deepest(input, clause, end), [.. Grammar.ClauseKeywords, "end"]);
            Report(diagnostics, "DSL0001", Message(failure, "expected a clause (" + string.Join(", ", Grammar.ClauseKeywords) + ") or 'end'"), path, lines, failure.Remainder);
            input = SkipToNextStatement(input, text, statementsOnly: false, clauseColumn: input.Column);
        }

        items.Add(new RuleDeclaration(header.Id, header.Name, clauses.ToImmutable(), header.Position));
        return input;
    }

    private static readonly string[] StatementKeywords = ["rule", "list", "import", "pack", "language", "help"];

    /// <summary>
    /// A failure inside the first word of a statement or clause (e.g. "colour" failing after the 'c'
    /// of "category") is reported at the start of that word, with every keyword expected there.
    /// </summary>
    private static IResult<object> AtUnknownWord(IInput start, IResult<object> failure, IEnumerable<string> keywords)
    {
        var rest = start.Source.AsSpan(start.Position);
        var length = 0;
        while (length < rest.Length && (char.IsLetterOrDigit(rest[length]) || rest[length] is '_' or '-'))
        {
            length++;
        }

        if (length == 0 || failure.Remainder.Position > start.Position + length || StartsWithKeyword(rest, keywords))
        {
            return failure;
        }

        return Result.Failure<object>(start, failure.Message, keywords.Select(k => $"'{k}'"));
    }

    private static IResult<object> Deepest<T1, T2>(IInput start, IResult<T1> a, IResult<T2> b)
    {
        // Report the alternative that got furthest: its expectation is the useful one.
        var resultA = Box(a);
        var resultB = Box(b);
        return resultB.Remainder.Position > resultA.Remainder.Position ? resultB : resultA;
    }

    private static IResult<object> Box<T>(IResult<T> result) =>
        result.WasSuccessful ? Result.Success<object>(result.Value!, result.Remainder) : Result.Failure<object>(result.Remainder, result.Message, result.Expectations);

    private static string Message(IResult<object> failure, string fallback)
    {
        var expected = Lexical.Expected(failure.Expectations);
        if (expected.Length == 0)
        {
            return fallback;
        }

        var found = failure.Remainder.AtEnd ? "end of file" : Describe(failure.Remainder);
        return $"{expected}, found {found}";
    }

    private static string Describe(IInput input)
    {
        var rest = input.Source.AsSpan(input.Position);
        var end = rest.IndexOfAny(" \t\r\n");
        var word = (end < 0 ? rest : rest[..end]).ToString();
        if (word.Length == 0)
        {
            return "a line break";
        }

        return word.Length > 30 ? $"'{word[..30]}…'" : $"'{word}'";
    }

    private static bool StartsStatement(string text, int position)
    {
        // A new rule or list at the start of a line ends a rule that lacks its 'end'.
        var lineStart = position == 0 || text[position - 1] == '\n' || text.AsSpan(text.LastIndexOf('\n', position - 1) + 1, position - text.LastIndexOf('\n', position - 1) - 1).IsWhiteSpace();
        if (!lineStart)
        {
            return false;
        }

        var rest = text.AsSpan(position);
        return rest.StartsWith("rule ") || rest.StartsWith("list ") || rest.StartsWith("import ") || rest.StartsWith("pack ");
    }

    private static IInput SkipToNextStatement(IInput input, string text, bool statementsOnly, int clauseColumn = 0)
    {
        // Move to the next line, then on to a line starting with a keyword we can resume at.
        var advanced = false;
        while (!input.AtEnd)
        {
            var atLineStart = input.Position == 0 || text[input.Position - 1] == '\n';
            if (atLineStart && advanced)
            {
                var rest = text.AsSpan(input.Position).TrimStart(" \t");
                // In a rule, an unknown word indented like the failed clause starts the next clause
                // (more indented lines continue the failed one).
                var indent = text.AsSpan(input.Position).Length - rest.Length + 1;
                if (StartsWithKeyword(rest, StatementKeywords) ||
                    (!statementsOnly && (StartsWithKeyword(rest, Grammar.ClauseKeywords) || StartsWithKeyword(rest, ["end"]) ||
                        (rest.Length > 0 && char.IsLetter(rest[0]) && indent <= clauseColumn))))
                {
                    return input;
                }
            }

            input = input.Advance();
            advanced = true;
        }

        return input;
    }

    private static bool StartsWithKeyword(ReadOnlySpan<char> rest, IEnumerable<string> keywords)
    {
        foreach (var keyword in keywords)
        {
            if (rest.StartsWith(keyword, StringComparison.Ordinal) && (rest.Length == keyword.Length || !char.IsLetterOrDigit(rest[keyword.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static void Report(List<DslDiagnostic> diagnostics, string id, string message, string path, string[] lines, IInput at)
    {
        var line = at.Line;
        var source = line - 1 < lines.Length ? lines[line - 1].TrimEnd('\r') : null;
        diagnostics.Add(new DslDiagnostic(id, message, path, line, at.Column, source));
    }
}
