using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using RulesSdk.Diagnostics;
using RulesSdk.Dsl.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Dsl.Binding;

/// <summary>
/// Checks parsed rule files and resolves lists, captures and templates. Reports every problem,
/// not just the first, each at its rule-file position.
/// </summary>
internal sealed partial class Binder
{
    public static readonly ImmutableHashSet<string> Functions =
        ["upper", "lower", "capitalize", "third_person", "third_person_plural", "third_person_possessive", "third_person_plural_possessive", "passe_compose", "simple_past", "past_participle", "trim", "canonical_name", "repair_encoding", "subject_pronoun", "office_holder", "reported_past", "role_holder", "reported_promise", "promise_rest", "third_person_rest", "third_person_plural_rest", "antecedent_subject"];

    /// <summary>Functions that take other than one argument: (fewest, most).</summary>
    public static readonly ImmutableDictionary<string, (int Min, int Max)> FunctionArities =
        new Dictionary<string, (int, int)>(StringComparer.Ordinal) { ["third_person_possessive"] = (1, 2), ["office_holder"] = (2, 2), ["subject_pronoun"] = (1, 2), ["reported_promise"] = (2, 2), ["promise_rest"] = (2, 2), ["third_person_rest"] = (2, 2) }.ToImmutableDictionary();

    private readonly List<DslDiagnostic> _diagnostics;
    private readonly Dictionary<string, string[]> _lines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImmutableArray<string>> _lists = new(StringComparer.Ordinal);
    private readonly Func<string, string?> _readFile;
    private readonly Func<string, string?> _refusal;
    private string _ruleLanguage = "any";

    /// <param name="refusal">Why a list file may not be read (outside the pack's folder), or null when it may.</param>
    public Binder(List<DslDiagnostic> diagnostics, Func<string, string?> readFile, Func<string, string?>? refusal = null)
    {
        _diagnostics = diagnostics;
        _readFile = readFile;
        _refusal = refusal ?? (_ => null);
    }

    public BoundPack Bind(IReadOnlyList<RuleFile> files)
    {
        foreach (var file in files)
        {
            _lines[file.Path] = file.Text.Split('\n');
        }

        string? id = null, title = null, language = null, help = null;
        foreach (var item in files.SelectMany(f => f.Items))
        {
            switch (item)
            {
                case PackHeader header when id is not null:
                    Error("DSL0020", $"the pack is already declared as '{id}'; a pack has one 'pack' header", header.Position);
                    break;
                case PackHeader header:
                    id = header.Id;
                    title = header.Title;
                    break;
                case PackLanguage packLanguage:
                    language = packLanguage.Language;
                    break;
                case PackHelp packHelp:
                    help = packHelp.Template;
                    break;
                case ListDeclaration list:
                    BindList(list);
                    break;
            }
        }

        var rules = ImmutableArray.CreateBuilder<BoundRule>();
        var seen = new Dictionary<string, SourcePosition>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in files.SelectMany(f => f.Items).OfType<RuleDeclaration>())
        {
            if (seen.TryGetValue(rule.Id, out var first))
            {
                Error("DSL0004", $"duplicate rule id '{rule.Id}' (first declared at {first.Path}({first.Line},{first.Column}))", rule.Position);
                continue;
            }

            seen[rule.Id] = rule.Position;
            var bound = BindRule(rule, language ?? "any", help);
            if (bound is not null)
            {
                rules.Add(bound);
            }
        }

        var packId = id ?? Path.GetFileNameWithoutExtension(files.FirstOrDefault()?.Path ?? "pack");
        return new BoundPack(packId, title ?? packId, language ?? "any", rules.ToImmutable(), [.. files.Select(f => f.Path)]);
    }

    private void BindList(ListDeclaration list)
    {
        if (_lists.ContainsKey(list.Name))
        {
            Error("DSL0013", $"duplicate list '{list.Name}'", list.Position);
            return;
        }

        if (list.FromFile is null)
        {
            _lists[list.Name] = list.Entries;
            return;
        }

        var path = ResolveRelative(list.Position.Path, list.FromFile);
        if (_refusal(path) is { } refusal)
        {
            Error("DSL0041", "list file " + refusal, list.Position);
            _lists[list.Name] = [];
            return;
        }

        if (!RuleFileText.TryRead(_readFile, path, _diagnostics, out var text))
        {
            _lists[list.Name] = [];
            return;
        }

        if (text is null)
        {
            Error("DSL0011", $"list file '{list.FromFile}' not found (looked for {path})", list.Position);
            _lists[list.Name] = [];
            return;
        }

        _lists[list.Name] = [.. text.Split('\n')
            .Select(l => l.Trim().TrimEnd('\r'))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))];
    }

    public static string ResolveRelative(string fromPath, string relative)
    {
        var directory = Path.GetDirectoryName(fromPath) ?? string.Empty;
        return Path.Combine(directory, relative).Replace('\\', '/');
    }

    private BoundRule? BindRule(RuleDeclaration rule, string packLanguage, string? helpTemplate)
    {
        var errorsBefore = _diagnostics.Count;
        if (!KebabCase().IsMatch(rule.Name))
        {
            Error("DSL0014", $"rule name '{rule.Name}' must be kebab-case (lower-case words joined by '-')", rule.Position);
        }

        var texts = new Dictionary<string, TextClause>(StringComparer.Ordinal);
        foreach (var clause in rule.Clauses.OfType<TextClause>())
        {
            if (!texts.TryAdd(clause.Keyword, clause))
            {
                Error("DSL0015", $"'{clause.Keyword}' is given twice in rule {rule.Id}", clause.Position);
            }
        }

        foreach (var keyword in new[] { "title", "category" })
        {
            // The descriptor refuses blank titles and categories: reject them here, not at load time.
            if (texts.TryGetValue(keyword, out var blank) && string.IsNullOrWhiteSpace(blank.Value))
            {
                Error("DSL0010", $"rule {rule.Id} has an empty '{keyword}'", blank.Position);
            }
        }

        var scopes = rule.Clauses.OfType<ScopeClause>().ToList();
        var matches = rule.Clauses.OfType<MatchClause>().Where(m => !m.IsUnless).ToList();
        foreach (var (name, present) in new[] { ("title", texts.ContainsKey("title")), ("message", texts.ContainsKey("message")), ("scope", scopes.Count > 0), ("match", matches.Count > 0) })
        {
            if (!present)
            {
                Error("DSL0010", $"rule {rule.Id} has no '{name}' clause", rule.Position);
            }
        }

        if (scopes.Count > 1)
        {
            Error("DSL0015", $"'scope' is given twice in rule {rule.Id}", scopes[1].Position);
        }

        if (matches.Count > 1)
        {
            Error("DSL0015", $"'match' is given twice in rule {rule.Id}; use alternation inside one pattern", matches[1].Position);
        }

        var scope = scopes.FirstOrDefault();
        var scopeKind = scope?.Kind ?? "sentence";
        var filters = scope?.Filters ?? [];
        var quotes = filters.Contains("outside quotes") ? QuoteFilter.OutsideQuotes
            : filters.Contains("inside quotes") ? QuoteFilter.InsideQuotes
            : filters.Contains("anywhere") ? QuoteFilter.Anywhere
            : scopeKind is "sentence" or "line" ? QuoteFilter.OutsideQuotes : QuoteFilter.Anywhere;
        if (filters.Contains("first in paragraph") && scopeKind is not ("sentence" or "clause") && scope is not null)
        {
            Error("DSL0017", "'first in paragraph' applies to sentence scope only", scope.Position);
        }

        var predicates = BindWhere(rule);
        if (predicates.FirstOrDefault(p => p.Subject == "leak") is { } leak && scopeKind is not ("sentence" or "clause") && scope is not null)
        {
            // The learned model reads one sentence: in a wider scope "the scope's sentence" has no meaning.
            Error("DSL0045", $"'leak is {leak.Value}' reads one sentence; use scope sentence or clause, not {scopeKind}", scope.Position);
        }

        _ruleLanguage = texts.TryGetValue("language", out var ruleLanguage) ? ruleLanguage.Value : packLanguage;
        var matcher = matches.Count > 0 ? BindMatcher(matches[0].Matcher, scopeKind) : null;
        var unless = rule.Clauses.OfType<MatchClause>().Where(m => m.IsUnless).Select(m => BindMatcher(m.Matcher, scopeKind)).Where(m => m is not null).Select(m => m!).ToImmutableArray();
        var captures = matcher?.Captures ?? [];

        var message = texts.GetValueOrDefault("message");
        var (format, messageCaptures) = message is null ? (string.Empty, ImmutableArray<string>.Empty) : BindMessage(message, captures);

        var fixes = ImmutableArray.CreateBuilder<BoundFix>();
        var hasSafe = false;
        foreach (var fix in rule.Clauses.OfType<FixClause>())
        {
            var isSafe = !fix.IsSuggestion && !hasSafe;
            hasSafe |= isSafe;
            var bound = BindFix(fix, isSafe, captures, scopeKind);
            if (bound is not null && matcher is BoundSpellingMatcher)
            {
                CheckSpellingFix(bound, fix.Position);
            }

            if (bound is not null)
            {
                fixes.Add(bound);
            }
        }

        var examples = ImmutableArray.CreateBuilder<RuleExample>();
        foreach (var example in rule.Clauses.OfType<ExampleClause>())
        {
            if (example.Output is not null && fixes.Count == 0)
            {
                Error("DSL0016", $"example gives a fixed text but rule {rule.Id} has no fix", example.Position);
            }

            examples.Add(new RuleExample(example.Input, example.Output, example.IsClean, example.Position.Path, example.Position.Line, example.IsMarkdown));
        }

        var severity = texts.TryGetValue("severity", out var severityClause) ? severityClause.Value switch
        {
            "error" => DiagnosticSeverity.Error,
            "info" => DiagnosticSeverity.Info,
            "hidden" => DiagnosticSeverity.Hidden,
            _ => DiagnosticSeverity.Warning,
        } : DiagnosticSeverity.Warning;

        var language = texts.TryGetValue("language", out var languageClause) ? languageClause.Value : packLanguage;
        var help = texts.TryGetValue("help", out var helpClause) ? helpClause.Value : helpTemplate?.Replace("{id}", rule.Id, StringComparison.Ordinal) ?? string.Empty;
        if (_diagnostics.Count > errorsBefore || matcher is null)
        {
            return null;
        }

        if (matcher is BoundSpellingMatcher spelling && !UsesSuggestions(messageCaptures, fixes))
        {
            // Corrections cost milliseconds per unknown word: none are computed when nothing shows them.
            matcher = spelling with { MaxSuggestions = 0 };
        }

        return new BoundRule(
            rule.Id,
            rule.Name,
            texts["title"].Value,
            format,
            messageCaptures,
            severity,
            texts.TryGetValue("category", out var category) ? category.Value : "general",
            help,
            texts.TryGetValue("description", out var description) ? description.Value : string.Empty,
            [.. rule.Clauses.OfType<TagsClause>().SelectMany(t => t.Tags)],
            !texts.TryGetValue("enabled", out var enabled) || enabled.Value == "true",
            scopeKind,
            quotes,
            filters.Contains("first"),
            filters.Contains("last"),
            filters.Contains("first in paragraph"),
            language,
            [.. rule.Clauses.OfType<OptionClause>().Select(o => new BoundOption(o.Name, o.Negated, o.Value))],
            matcher,
            unless,
            fixes.ToImmutable(),
            examples.ToImmutable(),
            rule.Position)
        {
            Predicates = predicates,
        };
    }

    private (string Format, ImmutableArray<string> Captures) BindMessage(TextClause message, ImmutableArray<string> captures)
    {
        if (!TemplateParser.TryParse(message.Value, out var nodes, out var error))
        {
            Error("DSL0018", "message: " + error, message.Position);
            return (string.Empty, []);
        }

        var format = new StringBuilder();
        var used = new List<string>();
        foreach (var node in nodes)
        {
            switch (node)
            {
                case LiteralTemplateNode literal:
                    format.Append(literal.Text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));
                    break;
                case CaptureTemplateNode capture:
                    if (capture.Name != "match" && !captures.Contains(capture.Name))
                    {
                        Error("DSL0003", $"message uses capture '{{{capture.Name}}}' but the pattern has {DescribeCaptures(captures)}", message.Position);
                    }

                    var index = used.IndexOf(capture.Name);
                    if (index < 0)
                    {
                        index = used.Count;
                        used.Add(capture.Name);
                    }

                    format.Append('{').Append(index).Append('}');
                    break;
                case CallTemplateNode call:
                    Error("DSL0006", $"functions such as '{call.Function}' are for fix templates; a message shows captures only", message.Position);
                    break;
            }
        }

        // Without arguments the core shows the format as it is (no string.Format), so "{{" must stay "{".
        return used.Count == 0
            ? (string.Concat(nodes.OfType<LiteralTemplateNode>().Select(l => l.Text)), [])
            : (format.ToString(), [.. used]);
    }

    private BoundFix? BindFix(FixClause fix, bool isSafe, ImmutableArray<string> captures, string scopeKind)
    {
        if (BindTitle(fix, captures) is not { } title)
        {
            return null;
        }

        switch (fix.Action)
        {
            case ReplaceFixSyntax replace:
                if (replace.Capture is not null && !captures.Contains(replace.Capture))
                {
                    Error("DSL0003", $"fix replaces capture '{replace.Capture}' but the pattern has {DescribeCaptures(captures)}", replace.Position);
                    return null;
                }

                if (!TemplateParser.TryParse(replace.Template, out var nodes, out var error))
                {
                    Error("DSL0018", "fix template: " + error, replace.Position);
                    return null;
                }

                var ok = true;
                foreach (var node in nodes)
                {
                    foreach (var name in TemplateParser.CapturesOf(node))
                    {
                        if (name != "match" && !captures.Contains(name))
                        {
                            Error("DSL0003", $"fix template uses capture '{{{name}}}' but the pattern has {DescribeCaptures(captures)}", replace.Position);
                            ok = false;
                        }
                    }

                    foreach (var function in TemplateParser.FunctionsOf(node))
                    {
                        if (!Functions.Contains(function))
                        {
                            Error("DSL0006", $"unknown function '{function}' (known: {string.Join(", ", Functions.Order())})", replace.Position);
                            ok = false;
                        }
                    }

                    foreach (var arity in TemplateParser.ArityErrorsOf(node, FunctionArities).Where(_ => ok))
                    {
                        Error("DSL0006", "fix template: function " + arity, replace.Position);
                        ok = false;
                    }
                }

                return ok ? new BoundFix(fix.Title, isSafe, replace.Capture, nodes, null, false) { TitleTemplate = title } : null;
            case DeleteFixSyntax delete:
                var valid = (delete.Target, scopeKind) switch
                {
                    ("sentence", "document" or "block" or "paragraph" or "heading" or "line") => false,
                    ("line", not "line") => true,
                    _ => true,
                };
                if (!valid)
                {
                    Error("DSL0017", $"'delete sentence' needs sentence scope (this rule's scope is {scopeKind})", delete.Position);
                    return null;
                }

                return new BoundFix(fix.Title, isSafe, null, [], delete.Target, delete.CapitalizeNext) { TitleTemplate = title };
            case RestoreThirdPersonFixSyntax:
                // Any scope: the edit is made in the sentence where the match starts.
                return new BoundFix(fix.Title, isSafe, null, [], null, false) { TitleTemplate = title, RestoresThirdPerson = true };
            default:
                return null;
        }
    }

    private BoundMatcher? BindMatcher(MatcherSyntax syntax, string scopeKind)
    {
        switch (syntax)
        {
            case RegexMatcherSyntax regex:
                var pattern = SpliceLists(regex.Pattern, regex.Position);
                if (pattern is null)
                {
                    return null;
                }

                if (RegexNesting.TooDeepAt(regex.Pattern) is { } deep)
                {
                    Error("DSL0040", $"regex groups nested deeper than {RegexNesting.MaxDepth} levels; flatten the pattern", regex.Position with { Column = regex.Position.Column + 1 + deep });
                    return null;
                }

                try
                {
                    var compiled = new Regex(pattern, RegexOptions.CultureInvariant | (regex.Flags.Contains('i') ? RegexOptions.IgnoreCase : 0), TimeSpan.FromSeconds(1));
                    var captures = compiled.GetGroupNames().Where(n => !int.TryParse(n, out _)).ToImmutableArray();
                    var linear = regex.Flags.Contains(LinearRegex.Flag);
                    if (linear && LinearRegex.Refusal(pattern, OptionsOf(regex.Flags)) is { } refusal)
                    {
                        Error("DSL0047", LinearRegex.Message(refusal), regex.Position);
                        return null;
                    }

                    return new BoundRegexMatcher(pattern, regex.Flags.Contains('i'), regex.Flags.Contains('m'), regex.Flags.Contains('s'), regex.Flags.Contains('x'), captures, RegexLiterals.Required(pattern, regex.Flags.Contains('x')))
                    {
                        Linear = linear,
                    };
                }
                catch (RegexParseException ex)
                {
                    // Map the .NET offset back into the rule file: the pattern starts one column after '/'.
                    var offset = pattern == regex.Pattern ? Math.Max(0, ex.Offset - 1) : 0;
                    var position = regex.Position with { Column = regex.Position.Column + 1 + offset };
                    Error("DSL0005", $"invalid regex: {ex.Message}", position);
                    return null;
                }

            case PhraseMatcherSyntax phrase:
                var phrases = new List<string>();
                foreach (var item in phrase.Items)
                {
                    if (!item.IsList)
                    {
                        if (string.IsNullOrWhiteSpace(item.Value))
                        {
                            // An empty phrase would match everywhere, or nowhere: never what was meant.
                            Error("DSL0044", "empty phrase; give the words to find", item.Position);
                            return null;
                        }

                        phrases.Add(item.Value);
                    }
                    else if (_lists.TryGetValue(item.Value, out var entries))
                    {
                        if (entries.Any(string.IsNullOrWhiteSpace))
                        {
                            Error("DSL0044", $"list '@{item.Value}' has an empty entry, and a phrase cannot be empty", item.Position);
                            return null;
                        }

                        phrases.AddRange(entries);
                    }
                    else
                    {
                        Error("DSL0002", $"unknown list '@{item.Value}'{Suggest(item.Value)}", item.Position);
                        return null;
                    }
                }

                // Phrases match ignoring accents ("declare" finds "DÉCLARÉ"): so does their prefilter.
                return new BoundPhraseMatcher([.. phrases], [.. phrases]) { PrefilterIgnoresAccents = true };

            case TokenMatcherSyntax tokens:
                var lists = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>();
                var tokenCaptures = new List<string>();
                if (!CheckTokens(tokens.Pattern, lists, tokenCaptures))
                {
                    return null;
                }

                // Token literals and lists match ignoring accents, like phrases, and so does their prefilter.
                var required = RequiredTokenLiterals(tokens.Pattern, lists);
                return new BoundTokenMatcher(tokens.Pattern, lists.ToImmutable(), [.. tokenCaptures.Distinct()], required ?? []) { PrefilterIgnoresAccents = true };

            case CheckMatcherSyntax check:
                var expectedScope = check.Check switch
                {
                    _ when check.Check.StartsWith("repeated block", StringComparison.Ordinal) => "document",
                    "trailing metadata" => "line",
                    _ => null,  // lowercase after stop, repeated phrase, entity person near-miss, entity person variant, date at end: any scope
                };
                if (expectedScope is not null && expectedScope != scopeKind && !(check.Check == "trailing metadata" && scopeKind == "document"))
                {
                    Error("DSL0017", $"'{check.Check}' needs '{expectedScope}' scope (this rule's scope is {scopeKind})", check.Position);
                    return null;
                }

                // The broken-sentence checks name the words around the stray stop, or the repeated run, and the name variant
                // the document's spelling, for messages and fixes.
                ImmutableArray<string> checkCaptures = check.Check switch
                {
                    "lowercase after stop" => ["before", "after"],
                    "repeated phrase" => ["phrase", "sep"],
                    "entity person variant" => ["canon"],
                    _ => [],
                };
                ImmutableArray<string> exceptions = [];
                if (check.Except is { } except)
                {
                    if (!_lists.TryGetValue(except.Value, out exceptions))
                    {
                        Error("DSL0002", $"unknown list '@{except.Value}'{Suggest(except.Value)}", except.Position);
                        return null;
                    }
                }

                return new BoundCheckMatcher(check.Check, [], checkCaptures, exceptions);
            default:
                return BindKind(syntax, scopeKind);
        }
    }

    private bool CheckTokens(TokenSyntax token, ImmutableDictionary<string, ImmutableArray<string>>.Builder lists, List<string> captures)
    {
        switch (token)
        {
            case ListTokenSyntax list:
                if (_lists.TryGetValue(list.Name, out var entries))
                {
                    lists[list.Name] = entries;
                    return true;
                }

                Error("DSL0002", $"unknown list '@{list.Name}'{Suggest(list.Name)}", list.Position);
                return false;
            case SkipTokenSyntax skip when skip.Min > skip.Max || skip.Max > 50:
                Error("DSL0019", $"skip({skip.Min}..{skip.Max}): the bounds must satisfy min <= max <= 50", skip.Position);
                return false;
            case RepeatTokenSyntax repeat when repeat.Min > repeat.Max || repeat.Max > 50:
                Error("DSL0019", $"repetition {{{repeat.Min},{repeat.Max}}}: the bounds must satisfy min <= max <= 50", repeat.Position);
                return false;
            case RepeatTokenSyntax repeat:
                return CheckTokens(repeat.Item, lists, captures);
            case CaptureTokenSyntax capture:
                captures.Add(capture.Name);
                return CheckTokens(capture.Item, lists, captures);
            case SequenceTokenSyntax sequence:
                return sequence.Items.Select(i => CheckTokens(i, lists, captures)).ToList().All(ok => ok);
            case AlternationTokenSyntax alternation:
                return alternation.Alternatives.Select(i => CheckTokens(i, lists, captures)).ToList().All(ok => ok);
            case LiteralTokenSyntax literal when string.IsNullOrWhiteSpace(literal.Text):
                Error("DSL0019", "an empty literal matches nothing", literal.Position);
                return false;
            case RegexTokenSyntax regex:
                return CheckTokenRegex(regex);
            case NegatedTokenSyntax negated:
                if (!CheckTokens(negated.Item, lists, captures))
                {
                    return false;
                }

                if (MultiTokenPart(negated.Item, lists) is { } reason)
                {
                    Error("DSL0019", $"!…: {reason}; a negation stands for one token, so it takes a word, a list of words, a word class, a /regex/ or a group of these", negated.Position);
                    return false;
                }

                return true;
            default:
                return true;
        }
    }

    /// <summary>The .NET options a regex literal's flags stand for (<c>l</c> aside: see <see cref="LinearRegex"/>).</summary>
    private static RegexOptions OptionsOf(string flags) =>
        RegexOptions.CultureInvariant |
        (flags.Contains('i') ? RegexOptions.IgnoreCase : 0) |
        (flags.Contains('m') ? RegexOptions.Multiline : 0) |
        (flags.Contains('s') ? RegexOptions.Singleline : 0) |
        (flags.Contains('x') ? RegexOptions.IgnorePatternWhitespace : 0);

    private bool CheckTokenRegex(RegexTokenSyntax regex)
    {
        if (RegexNesting.TooDeepAt(regex.Pattern) is { } deep)
        {
            Error("DSL0040", $"regex groups nested deeper than {RegexNesting.MaxDepth} levels; flatten the pattern", regex.Position with { Column = regex.Position.Column + 1 + deep });
            return false;
        }

        try
        {
            _ = new Regex(regex.Pattern, RegexOptions.CultureInvariant | (regex.Flags.Contains('i') ? RegexOptions.IgnoreCase : 0), TimeSpan.FromSeconds(1));
            if (regex.Flags.Contains(LinearRegex.Flag) && LinearRegex.Refusal(regex.Pattern, OptionsOf(regex.Flags)) is { } refusal)
            {
                Error("DSL0047", LinearRegex.Message(refusal), regex.Position);
                return false;
            }

            return true;
        }
        catch (RegexParseException ex)
        {
            Error("DSL0005", $"invalid regex: {ex.Message}", regex.Position with { Column = regex.Position.Column + 1 + Math.Max(0, ex.Offset - 1) });
            return false;
        }
    }

    /// <summary>What in a negated item can match other than exactly one token (null when nothing can).</summary>
    private static string? MultiTokenPart(TokenSyntax item, ImmutableDictionary<string, ImmutableArray<string>>.Builder lists) => item switch
    {
        LiteralTokenSyntax literal when IsMultiToken(literal.Text) => $"\"{literal.Text}\" is more than one token",
        ListTokenSyntax list when lists.TryGetValue(list.Name, out var entries) && entries.FirstOrDefault(IsMultiToken) is { } entry =>
            $"@{list.Name} holds \"{entry}\", more than one token",
        ClassTokenSyntax { ClassName: "any" } => "any matches every token",
        AlternationTokenSyntax alternation => alternation.Alternatives.Select(a => MultiTokenPart(a, lists)).FirstOrDefault(r => r is not null),
        CaptureTokenSyntax => "a capture cannot be negated",
        SkipTokenSyntax => "skip(…) is not one token",
        RepeatTokenSyntax or SequenceTokenSyntax => "a sequence or repetition is not one token",
        NegatedTokenSyntax => "a double negation",
        _ => null,
    };

    private static bool IsMultiToken(string text) => text.Trim().Any(char.IsWhiteSpace);

    /// <summary>
    /// Words at least one of which every match of a token pattern contains. Only single words are
    /// used: the tokens of a multi-word literal may be separated by any white space.
    /// </summary>
    private static ImmutableArray<string>? RequiredTokenLiterals(TokenSyntax token, IDictionary<string, ImmutableArray<string>> lists)
    {
        switch (token)
        {
            case LiteralTokenSyntax literal:
                return LongestWord(literal.Text) is { } word ? [word] : null;
            case ListTokenSyntax list:
                var words = lists[list.Name].Select(LongestWord).ToList();
                return words.Count == 0 || words.Any(w => w is null) ? null : [.. words.Select(w => w!)];
            case CaptureTokenSyntax capture:
                return RequiredTokenLiterals(capture.Item, lists);
            case RepeatTokenSyntax repeat when repeat.Min > 0:
                return RequiredTokenLiterals(repeat.Item, lists);
            case SequenceTokenSyntax sequence:
                // The item whose shortest literal is longest filters best.
                return sequence.Items
                    .Select(i => RequiredTokenLiterals(i, lists))
                    .Where(l => l is { Length: > 0 })
                    .OrderByDescending(l => l!.Value.Min(w => w.Length))
                    .FirstOrDefault();
            case AlternationTokenSyntax alternation:
                var all = new List<string>();
                foreach (var alternative in alternation.Alternatives)
                {
                    if (RequiredTokenLiterals(alternative, lists) is not { } found)
                    {
                        return null;
                    }

                    all.AddRange(found);
                }

                return [.. all];
            default:
                return null;
        }

        static string? LongestWord(string text)
        {
            var longest = text.Split([' ', '\t', '\n', '\r', '\u00A0', '\u202F'], StringSplitOptions.RemoveEmptyEntries).OrderByDescending(w => w.Length).FirstOrDefault();
            return longest is { Length: >= 2 } ? longest : null;
        }
    }

    private string? SpliceLists(string pattern, SourcePosition position)
    {
        var builder = new StringBuilder(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                if (pattern[i + 1] == '@')
                {
                    builder.Append('@');
                }
                else
                {
                    builder.Append(c).Append(pattern[i + 1]);
                }

                i++;
                continue;
            }

            if (c == '@' && i + 1 < pattern.Length && (char.IsLetter(pattern[i + 1]) || pattern[i + 1] == '_'))
            {
                var end = i + 1;
                while (end < pattern.Length && (char.IsLetterOrDigit(pattern[end]) || pattern[end] == '_'))
                {
                    end++;
                }

                var name = pattern[(i + 1)..end];
                if (!_lists.TryGetValue(name, out var entries))
                {
                    Error("DSL0002", $"unknown list '@{name}' in regex{Suggest(name)}", position with { Column = position.Column + 1 + i });
                    return null;
                }

                // Longest entries first, so "a déclaré" wins over "a"; common prefixes factored.
                builder.Append(ListAlternation.Build(entries));
                i = end - 1;
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private string Suggest(string name)
    {
        var close = _lists.Keys.FirstOrDefault(k => k.Contains(name, StringComparison.OrdinalIgnoreCase) || name.Contains(k, StringComparison.OrdinalIgnoreCase));
        return close is null ? (_lists.Count == 0 ? " (no list is declared)" : $" (declared: {string.Join(", ", _lists.Keys.Order())})") : $" (did you mean '@{close}'?)";
    }

    private static string DescribeCaptures(ImmutableArray<string> captures) =>
        captures.IsEmpty ? "no named captures" : "captures " + string.Join(", ", captures.Select(c => "'" + c + "'"));

    private void Error(string id, string message, SourcePosition position)
    {
        var line = _lines.TryGetValue(position.Path, out var lines) && position.Line - 1 < lines.Length && position.Line >= 1 ? lines[position.Line - 1].TrimEnd('\r') : null;
        _diagnostics.Add(new DslDiagnostic(id, message, position.Path, position.Line, position.Column, line));
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
