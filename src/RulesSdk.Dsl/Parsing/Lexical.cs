using System.Globalization;
using System.Text;
using RulesSdk.Dsl.Syntax;
using Sprache;

namespace RulesSdk.Dsl.Parsing;

/// <summary>The lexical pieces of the DSL as Sprache parsers: white space and comments, words, strings, regex literals.</summary>
internal static class Lexical
{
    /// <summary>White space (line breaks included) and # comments.</summary>
    public static readonly Parser<string> Skip =
        Parse.WhiteSpace.Return(" ")
            .Or(from hash in Parse.Char('#') from rest in Parse.CharExcept("\r\n").Many() select " ")
            .Many()
            .Return(" ");

    public static readonly Parser<string> Identifier =
        Parse.Regex(@"[A-Za-z_][A-Za-z0-9_]*(?:[-.][A-Za-z0-9_]+)*").Named("a name");

    public static readonly Parser<string> RuleId =
        Parse.Regex(@"[A-Za-z]+[0-9]+(?![A-Za-z0-9_-])").Named("a rule id like PL0001");

    public static readonly Parser<int> Integer =
        Parse.Regex(@"[0-9]{1,6}").Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Named("a number");

    public static readonly Parser<string> QuotedString = RawString().Or(EscapedString()).Named("a string");

    public static readonly Parser<(string Pattern, string Flags)> RegexLiteral = RegexParser().Named("a /regex/");

    /// <summary>Skips white space and comments, then runs <paramref name="parser"/>.</summary>
    public static Parser<T> Lex<T>(Parser<T> parser) => from _ in Skip from value in parser select value;

    /// <summary>A keyword that is not the start of a longer word.</summary>
    public static Parser<string> Keyword(string keyword) =>
        Lex(from word in Parse.String(keyword).Text()
            from end in Parse.LetterOrDigit.Or(Parse.Char('_')).Or(Parse.Char('-')).Not()
            select word).Named($"'{keyword}'");

    public static Parser<char> Symbol(char symbol) => Lex(Parse.Char(symbol)).Named($"'{symbol}'");

    /// <summary>The position after skipping white space, as a <see cref="SourcePosition"/>.</summary>
    public static Parser<SourcePosition> Position(string path) =>
        from _ in Skip
        from span in Parse.Return(0).Span()
        select new SourcePosition(path, span.Start.Line, span.Start.Column, span.Start.Pos);

    private static Parser<string> RawString() =>
        from open in Parse.String("\"\"\"")
        from body in Parse.AnyChar.Except(Parse.String("\"\"\"")).Many().Text()
        from close in Parse.String("\"\"\"")
        select body.Replace("\r\n", "\n");

    private static Parser<string> EscapedString() =>
        from open in Parse.Char('"')
        from parts in StringPart().Many()
        from close in Parse.Char('"').Named("closing '\"'")
        select string.Concat(parts);

    private static Parser<string> StringPart() =>
        Parse.CharExcept("\"\\\r\n").AtLeastOnce().Text()
            .Or(from backslash in Parse.Char('\\') from escaped in Escape() select escaped);

    private static Parser<string> Escape() =>
        Parse.Char('"').Return("\"")
            .Or(Parse.Char('\\').Return("\\"))
            .Or(Parse.Char('n').Return("\n"))
            .Or(Parse.Char('t').Return("\t"))
            .Or(Parse.Char('r').Return("\r"))
            .Or(Parse.Char('0').Return("\0"))
            .Or(from u in Parse.Char('u')
                from brace in Parse.Char('{')
                from hex in Parse.CharExcept("}\"\r\n").Many().Text()
                from close in Parse.Char('}')
                select CodePoint(hex))
            .Or(from u in Parse.Char('u') from hex in Parse.Regex("[0-9A-Fa-f]{4}") select CodePoint(hex))
            // Any other escape parses, so that EscapeChecker reports it (DSL0043) with what is wrong.
            .Or(Parse.CharExcept("\r\n").Select(c => c.ToString()))
            .Named("an escape (\\\" \\\\ \\n \\t \\uXXXX \\u{X})");

    private static string CodePoint(string hex)
    {
        // Lone surrogates and out-of-range values would make strings that cannot be encoded;
        // EscapeChecker reports them (DSL0043), so this replacement never reaches a compiled pack.
        if (hex.Length is 0 or > 6 || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value) ||
            value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        {
            return "\uFFFD";
        }

        return char.ConvertFromUtf32(value);
    }

    private static Parser<(string, string)> RegexParser() =>
        from open in Parse.Char('/')
        from parts in Parse.CharExcept("/\\\r\n").AtLeastOnce().Text()
            .Or(from backslash in Parse.Char('\\')
                from next in Parse.CharExcept("\r\n")
                select next == '/' ? "/" : "\\" + next)
            .Many()
        from close in Parse.Char('/').Named("closing '/' of the regex")
        from flags in Parse.Regex("[imsxl]*")
        select (string.Concat(parts), flags);

    public static string Describe(IResult<object> result) => result.Message;

    public static string Expected(IEnumerable<string> expectations)
    {
        var list = expectations.Distinct().ToList();
        if (list.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder("expected ");
        builder.Append(list.Count == 1 ? list[0] : string.Join(", ", list.Take(list.Count - 1)) + " or " + list[^1]);
        return builder.ToString();
    }
}
