using System.Collections.Immutable;
using RulesSdk.Diagnostics;
using RulesSdk.Dsl.Syntax;

namespace RulesSdk.Dsl.Binding;

/// <summary>A checked pack, ready to emit.</summary>
public sealed record BoundPack(string Id, string Title, string Language, ImmutableArray<BoundRule> Rules, ImmutableArray<string> SourcePaths);

/// <summary>Which quotations a match may start in.</summary>
public enum QuoteFilter
{
    Anywhere,
    OutsideQuotes,
    InsideQuotes,
}

public sealed record BoundOption(string Name, bool Negated, string Value);

public sealed record BoundRule(
    string Id,
    string Name,
    string Title,
    string MessageFormat,
    ImmutableArray<string> MessageCaptures,
    DiagnosticSeverity Severity,
    string Category,
    string HelpLink,
    string Description,
    ImmutableArray<string> Tags,
    bool IsEnabledByDefault,
    string Scope,
    QuoteFilter Quotes,
    bool FirstOnly,
    bool LastOnly,
    bool FirstInParagraph,
    string Language,
    ImmutableArray<BoundOption> Options,
    BoundMatcher Matcher,
    ImmutableArray<BoundMatcher> Unless,
    ImmutableArray<BoundFix> Fixes,
    ImmutableArray<RuleExample> Examples,
    SourcePosition Position)
{
    public string ScopeDescription =>
        string.Join(' ', new[]
        {
            Scope,
            Quotes == QuoteFilter.OutsideQuotes ? "outside quotes" : Quotes == QuoteFilter.InsideQuotes ? "inside quotes" : null,
            FirstOnly ? "first" : null,
            LastOnly ? "last" : null,
            FirstInParagraph ? "first in paragraph" : null,
        }.Where(s => s is not null));
}

public abstract record BoundMatcher(ImmutableArray<string> Captures, ImmutableArray<string> PrefilterLiterals)
{
    /// <summary>The literals are matched ignoring accents (phrases and token literals), not just case.</summary>
    public bool PrefilterIgnoresAccents { get; init; }
}

public sealed record BoundRegexMatcher(string Pattern, bool IgnoreCase, bool Multiline, bool Singleline, bool IgnoreWhitespace, ImmutableArray<string> Captures, ImmutableArray<string> PrefilterLiterals)
    : BoundMatcher(Captures, PrefilterLiterals);

public sealed record BoundPhraseMatcher(ImmutableArray<string> Phrases, ImmutableArray<string> PrefilterLiterals)
    : BoundMatcher([], PrefilterLiterals);

public sealed record BoundTokenMatcher(TokenSyntax Pattern, ImmutableDictionary<string, ImmutableArray<string>> Lists, ImmutableArray<string> Captures, ImmutableArray<string> PrefilterLiterals)
    : BoundMatcher(Captures, PrefilterLiterals);

/// <summary>A built-in check; <see cref="Exceptions"/> are words (abbreviations) the check ignores.</summary>
public sealed record BoundCheckMatcher(string Check, ImmutableArray<string> PrefilterLiterals, ImmutableArray<string> CheckCaptures, ImmutableArray<string> Exceptions)
    : BoundMatcher(CheckCaptures, PrefilterLiterals);

public sealed record BoundFix(string Title, bool IsSafe, string? Capture, ImmutableArray<TemplateNode> Template, string? DeleteTarget, bool CapitalizeNext);
