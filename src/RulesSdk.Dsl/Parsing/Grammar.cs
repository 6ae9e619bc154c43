using System.Collections.Immutable;
using RulesSdk.Diagnostics;
using RulesSdk.Dsl.Syntax;
using Sprache;
using static RulesSdk.Dsl.Parsing.Lexical;

namespace RulesSdk.Dsl.Parsing;

/// <summary>The Sprache parsers of one rule file's statements and clauses (positions carry its path).</summary>
internal sealed class Grammar
{
    public static readonly ImmutableArray<string> ClauseKeywords =
        ["title", "message", "severity", "category", "help", "description", "tags", "yields", "enabled", "scope", "where", "language", "when", "match", "unless", "fix", "suggest", "example", "clean"];

    /// <summary>Token groups and captures nested inside one another, at most.</summary>
    public const int MaxTokenNesting = 32;

    public Grammar(string path)
    {
        var at = Position(path);

        PackHeader =
            from position in at
            from keyword in Keyword("pack")
            from id in Lex(Identifier)
            from title in Lex(QuotedString).Optional()
            select (PackItem)new PackHeader(id, title.GetOrDefault(), position);

        PackLanguage =
            from position in at
            from keyword in Keyword("language")
            from language in Lex(Identifier)
            select (PackItem)new PackLanguage(language, position);

        PackHelp =
            from position in at
            from keyword in Keyword("help")
            from template in Lex(QuotedString)
            select (PackItem)new PackHelp(template, position);

        Import =
            from position in at
            from keyword in Keyword("import")
            from file in Lex(QuotedString)
            select (PackItem)new ImportDeclaration(file, position);

        var inlineList =
            from equalsSign in Symbol('=')
            from entries in Lex(QuotedString).AtLeastOnce()
            select (Entries: entries.ToImmutableArray(), File: (string?)null);
        var fileList =
            from fromKeyword in Keyword("from")
            from file in Lex(QuotedString)
            select (Entries: ImmutableArray<string>.Empty, File: (string?)file);
        List =
            from position in at
            from keyword in Keyword("list")
            from name in Lex(Identifier)
            from body in inlineList.Or(fileList)
            select (PackItem)new ListDeclaration(name, body.Entries, body.File, position);

        RuleHeader =
            from position in at
            from keyword in Keyword("rule")
            from id in Lex(RuleId)
            from name in Lex(Identifier)
            select (id, name, position);

        End = Keyword("end");

        Clause = BuildClause(at, Nesting);
    }

    /// <summary>Where the last clause parsed nested too deep, if it did; reset before each clause.</summary>
    public NestingGuard Nesting { get; } = new(MaxTokenNesting);

    public Parser<PackItem> PackHeader { get; }

    public Parser<PackItem> PackLanguage { get; }

    public Parser<PackItem> PackHelp { get; }

    public Parser<PackItem> Import { get; }

    public Parser<PackItem> List { get; }

    public Parser<(string Id, string Name, SourcePosition Position)> RuleHeader { get; }

    public Parser<string> End { get; }

    public Parser<RuleClause> Clause { get; }

    private static Parser<RuleClause> BuildClause(Parser<SourcePosition> at, NestingGuard nesting)
    {
        Parser<RuleClause> Text(string keyword, Parser<string> value) =>
            from position in at
            from k in Keyword(keyword)
            from v in Lex(value)
            select (RuleClause)new TextClause(keyword, v, position);

        var severity = Parse.Regex("error|warning|info|hidden").Named("error, warning, info or hidden");
        var boolean = Parse.Regex("true|false").Named("true or false");
        var word = Identifier.Or(QuotedString);

        var tags =
            from position in at
            from k in Keyword("tags")
            from first in Lex(word)
            from rest in (from comma in Symbol(',') from tag in Lex(word) select tag).Many()
            select (RuleClause)new TagsClause([first, .. rest], position);

        // `yields to NAME, …`: precedence, carried by a well-known tag the driver honours.
        var yields =
            from position in at
            from k in Keyword("yields")
            from to in Keyword("to")
            from first in Lex(word)
            from rest in (from comma in Symbol(',') from name in Lex(word) select name).Many()
            select (RuleClause)new TagsClause([.. new[] { first }.Concat(rest).Select(n => WellKnownDiagnosticTags.YieldsToPrefix + n)], position);

        var scopeKind = Parse.Regex("document|blockquote|block|paragraph|sentence|clause|line|heading|list").Named("document, block, paragraph, sentence, clause, line, heading, list or blockquote");
        var filter =
            (from o in Keyword("outside") from q in Keyword("quotes") select "outside quotes")
            .Or(from i in Keyword("inside") from q in Keyword("quotes") select "inside quotes")
            .Or(Keyword("anywhere"))
            .Or(from f in Keyword("first") from i in Keyword("in") from p in Keyword("paragraph") select "first in paragraph")
            .Or(Keyword("first"))
            .Or(Keyword("last"));
        var scope =
            from position in at
            from k in Keyword("scope")
            from kind in Lex(scopeKind)
            from filters in filter.Many()
            select (RuleClause)new ScopeClause(kind, [.. filters], position);

        var option =
            from position in at
            from w in Keyword("when")
            from o in Keyword("option")
            from name in Lex(Identifier)
            from isKeyword in Keyword("is")
            from not in Keyword("not").Optional()
            from value in Lex(QuotedString)
            select (RuleClause)new OptionClause(name, not.IsDefined, value, position);

        var where = SemanticParsers.Where(at);

        var matcher = Matcher(at, nesting);
        var match =
            from position in at
            from k in Keyword("match").Or(Keyword("unless"))
            from m in matcher
            select (RuleClause)new MatchClause(k == "unless", m, position);

        var fixAction = FixAction(at);
        var fix =
            from position in at
            from k in Keyword("fix").Or(Keyword("suggest"))
            from title in Lex(QuotedString)
            from arrow in Lex(Parse.String("=>")).Named("'=>'")
            from action in fixAction
            select (RuleClause)new FixClause(k == "suggest", title, action, position);

        var example =
            from position in at
            from k in Keyword("example")
            from markdown in Keyword("md").Optional()
            from input in Lex(QuotedString)
            from output in (from arrow in Lex(Parse.String("=>")) from o in Lex(QuotedString) select o).Optional()
            select (RuleClause)new ExampleClause(false, input, output.GetOrDefault(), position, markdown.IsDefined);

        var clean =
            from position in at
            from k in Keyword("clean")
            from markdown in Keyword("md").Optional()
            from input in Lex(QuotedString)
            select (RuleClause)new ExampleClause(true, input, null, position, markdown.IsDefined);

        return Text("title", QuotedString)
            .Or(Text("message", QuotedString))
            .Or(Text("severity", severity))
            .Or(Text("category", word))
            .Or(Text("help", QuotedString))
            .Or(Text("description", QuotedString))
            .Or(Text("enabled", boolean))
            .Or(Text("language", Identifier))
            .Or(tags)
            .Or(yields)
            .Or(scope)
            .Or(where)
            .Or(option)
            .Or(match)
            .Or(fix)
            .Or(example)
            .Or(clean);
    }

    private static Parser<MatcherSyntax> Matcher(Parser<SourcePosition> at, NestingGuard nesting)
    {
        var regex =
            from position in at
            from r in RegexLiteral
            select (MatcherSyntax)new RegexMatcherSyntax(r.Pattern, r.Flags, position);

        var phraseItem =
            (from position in at from s in QuotedString select new PhraseItem(s, false, position))
            .Or(from position in at from a in Parse.Char('@') from name in Identifier select new PhraseItem(name, true, position));
        var phrase =
            from position in at
            from k in Keyword("phrase")
            from first in phraseItem
            from rest in (from bar in Symbol('|') from item in phraseItem select item).Many()
            select (MatcherSyntax)new PhraseMatcherSyntax([first, .. rest], position);

        var tokens =
            from position in at
            from k in Keyword("tokens")
            from sequence in TokenSequence(at, nesting)
            select (MatcherSyntax)new TokenMatcherSyntax(sequence, position);

        var checks =
            (from position in at from r in Keyword("repeated") from b in Keyword("block")
             from f in (from p in Keyword("first").Or(Keyword("last")).Or(Keyword("inside")).Or(Keyword("opening"))
                        from n in Keyword("near").Optional()
                        select n.IsDefined ? p + " near" : p).Or(Keyword("reworded")).Optional()
             select (MatcherSyntax)new CheckMatcherSyntax(f.IsDefined ? "repeated block " + f.Get() : "repeated block", position))
            .Or(from position in at from r in Keyword("repeated") from p in Keyword("phrase")
                from except in (from e in Keyword("except")
                                from listPosition in at
                                from sign in Parse.Char('@')
                                from name in Identifier
                                select new PhraseItem(name, true, listPosition)).Optional()
                select (MatcherSyntax)new CheckMatcherSyntax("repeated phrase", position, except.GetOrDefault()))
            .Or(from position in at from t in Keyword("trailing") from m in Keyword("metadata")
                select (MatcherSyntax)new CheckMatcherSyntax("trailing metadata", position))
            .Or(from position in at from l in Keyword("lowercase") from a in Keyword("after") from s in Keyword("stop")
                from except in (from e in Keyword("except")
                                from listPosition in at
                                from sign in Parse.Char('@')
                                from name in Identifier
                                select new PhraseItem(name, true, listPosition)).Optional()
                select (MatcherSyntax)new CheckMatcherSyntax("lowercase after stop", position, except.GetOrDefault()));

        var simple = regex.Or(phrase).Or(tokens).Or(checks).Or(SemanticParsers.Matcher(at));
        return simple.Or(KindGrammar.Matchers(at, simple)).Named("a matcher (/regex/, phrase, tokens, repeated block [first|last|inside|opening [near]|reworded], repeated phrase, trailing metadata, lowercase after stop, entity person near-miss, entity person variant, date at end, " + KindGrammar.Names + ")");
    }

    private static Parser<TokenSyntax> TokenSequence(Parser<SourcePosition> at, NestingGuard nesting)
    {
        Parser<TokenSyntax>? alternation = null;
        var group =
            from open in Symbol('(')
            from inner in nesting.Nested(Parse.Ref(() => alternation!))
            from close in Symbol(')')
            select inner;

        var literal = from position in at from s in QuotedString select (TokenSyntax)new LiteralTokenSyntax(s, position);
        var list = from position in at from a in Parse.Char('@') from name in Identifier select (TokenSyntax)new ListTokenSyntax(name, position);
        var skip =
            from position in at
            from k in Keyword("skip")
            from open in Symbol('(')
            from min in Lex(Integer)
            from dots in Lex(Parse.String(".."))
            from max in Lex(Integer)
            from close in Symbol(')')
            select (TokenSyntax)new SkipTokenSyntax(min, max, position);
        var cls =
            from position in at
            from name in Keyword("Cap").Or(Keyword("lower")).Or(Keyword("word")).Or(Keyword("number")).Or(Keyword("any"))
                .Or(Keyword("det")).Or(Keyword("pronoun")).Or(Keyword("prep")).Or(Keyword("conj")).Or(Keyword("aux")).Or(Keyword("modal"))
            select (TokenSyntax)new ClassTokenSyntax(name, position);
        var tokenRegex = from position in at from r in RegexLiteral select (TokenSyntax)new RegexTokenSyntax(r.Pattern, r.Flags, position);

        Parser<TokenSyntax>? postfix = null;
        var capture =
            from position in at
            from name in Identifier
            from equalsSign in Parse.Char('=')
            from item in nesting.Nested(Parse.Ref(() => postfix!))
            select (TokenSyntax)new CaptureTokenSyntax(name, item, position);

        // Any item parses after '!', so the binder can say why one that is not a single token is refused.
        var negated =
            from position in at
            from bang in Parse.Char('!')
            from item in nesting.Nested(Parse.Ref(() => postfix!))
            select (TokenSyntax)new NegatedTokenSyntax(item, position);

        // A capture first: its name may also be a class keyword ("det=det").
        var atom = capture.Or(literal).Or(list).Or(group).Or(skip).Or(tokenRegex).Or(negated).Or(cls);
        var bounds =
            Parse.Char('?').Return((0, 1))
            .Or(Parse.Char('+').Return((1, 8)))
            .Or(Parse.Char('*').Return((0, 8)))
            .Or(from open in Parse.Char('{')
                from min in Integer
                from max in (from comma in Parse.Char(',') from n in Integer select n).Optional()
                from close in Parse.Char('}')
                select (min, max.GetOrElse(min)));
        postfix =
            from position in at
            from item in atom
            from quantifier in bounds.Optional()
            select quantifier.IsDefined ? new RepeatTokenSyntax(item, quantifier.Get().Item1, quantifier.Get().Item2, position) : item;

        var sequence =
            from position in at
            from items in postfix.AtLeastOnce()
            select items.Count() == 1 ? items.First() : (TokenSyntax)new SequenceTokenSyntax([.. items], position);

        alternation =
            from position in at
            from first in sequence
            from rest in (from bar in Symbol('|') from s in sequence select s).Many()
            select rest.Any() ? new AlternationTokenSyntax([first, .. rest], position) : first;

        return sequence;
    }

    private static Parser<FixActionSyntax> FixAction(Parser<SourcePosition> at)
    {
        var template = from position in at from t in QuotedString select (FixActionSyntax)new ReplaceFixSyntax(null, t, position);
        var replace =
            from position in at
            from k in Keyword("replace")
            from name in Lex(Identifier)
            from w in Keyword("with")
            from t in Lex(QuotedString)
            select (FixActionSyntax)new ReplaceFixSyntax(name, t, position);
        var delete =
            from position in at
            from k in Keyword("delete")
            from target in Lex(Parse.Regex("match|sentence|paragraph|block|line")).Named("match, sentence, paragraph, block or line")
            from thenClause in (from t in Keyword("then") from c in Keyword("capitalize") from n in Keyword("next") select true).Optional()
            select (FixActionSyntax)new DeleteFixSyntax(target, thenClause.IsDefined, position);
        var restore =
            from position in at
            from k in Keyword("restore")
            from third in Keyword("third")
            from person in Keyword("person")
            select (FixActionSyntax)new RestoreThirdPersonFixSyntax(position);
        return template.Or(replace).Or(delete).Or(restore).Named("a fix: \"template\", replace NAME with \"template\", delete match|sentence|paragraph|block|line, or restore third person");
    }
}
