using RulesSdk.Dsl.Syntax;
using Sprache;
using static RulesSdk.Dsl.Parsing.Lexical;

namespace RulesSdk.Dsl.Parsing;

/// <summary>
/// The grammar of the semantic model's constructs: the <c>where</c> clause
/// (<c>where voice is narrator and person is first</c>) and the matchers <c>entity person near-miss</c>,
/// <c>entity person variant</c> and <c>date at end</c>. Values are checked by the binder, so a misspelt one is reported with the
/// list of valid values rather than as a syntax error.
/// </summary>
internal static class SemanticParsers
{
    public static Parser<RuleClause> Where(Parser<SourcePosition> at)
    {
        var predicate =
            from position in at
            from subject in Keyword("voice").Or(Keyword("person")).Or(Keyword("stance")).Or(Keyword("genre")).Or(Keyword("block")).Or(Keyword("leak")).Or(Keyword("source")).Named("voice, person, stance, genre, block, leak or source")
            from isKeyword in Keyword("is")
            from not in Keyword("not").Optional()
            from value in Lex(Identifier).Named("a value")
            select new SemanticPredicateSyntax(subject, not.IsDefined, value, position);
        return
            from position in at
            from keyword in Keyword("where")
            from first in predicate
            from rest in (from and in Keyword("and") from p in predicate select p).Many()
            select (RuleClause)new WhereClause([first, .. rest], position);
    }

    public static Parser<MatcherSyntax> Matcher(Parser<SourcePosition> at) =>
        (from position in at from e in Keyword("entity") from p in Keyword("person") from n in Keyword("near-miss").Or(Keyword("variant"))
         select (MatcherSyntax)new CheckMatcherSyntax("entity person " + n, position))
        .Or(from position in at from d in Keyword("date") from a in Keyword("at") from e in Keyword("end")
            select (MatcherSyntax)new CheckMatcherSyntax("date at end", position));
}
