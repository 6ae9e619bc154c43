using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RulesSdk.Vale;

/// <summary>
/// Translates one Vale rule (a YAML file) into the text of one DSL rule file. Every field is
/// either translated, or reported (unsupported fields as warnings; what makes the rule unusable
/// as an error, and then no file is written for it).
/// </summary>
internal sealed partial class ValeRuleTranslator
{
    private static readonly FrozenSet<string> CommonFields =
        FrozenSet.ToFrozenSet(["extends", "message", "description", "level", "scope", "link", "ignorecase", "nonword", "action", "limit", "vocab"], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string[]> KindFields = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["existence"] = ["tokens", "raw", "exceptions", "append"],
        ["substitution"] = ["swap", "exceptions", "capitalize", "pos"],
        ["occurrence"] = ["max", "min", "token"],
        ["repetition"] = ["tokens", "alpha"],
        ["consistency"] = ["either"],
        ["conditional"] = ["first", "second", "exceptions"],
        ["capitalization"] = ["match", "style", "exceptions", "indicators", "threshold", "prefix"],
        ["metric"] = ["formula", "condition"],
        ["sequence"] = ["tokens"],
        ["spelling"] = ["dicpath", "dictionaries", "filters", "ignore", "custom", "append", "aff", "dic", "threshold"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> KnownButUnsupportedKinds = FrozenSet.ToFrozenSet(["script", "readability"], StringComparer.Ordinal);

    private readonly string _style;
    private readonly string _name;
    private readonly string _path;
    private readonly string _source;
    private readonly string _ruleId;
    private readonly ValeConfig? _config;
    private readonly List<ValeDiagnostic> _diagnostics;
    private readonly StringBuilder _lists = new();
    private bool _failed;

    public ValeRuleTranslator(string style, string name, string path, string source, string ruleId, ValeConfig? config, List<ValeDiagnostic> diagnostics)
    {
        _style = style;
        _name = name;
        _path = path;
        _source = source;
        _ruleId = ruleId;
        _config = config;
        _diagnostics = diagnostics;
    }

    public string ValeName => _style + "." + _name;

    public string Kind { get; private set; } = "unknown";

    /// <summary>The DSL text of the rule file, or null when the rule cannot be imported (the errors say why).</summary>
    public string? Translate(string yaml)
    {
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                Error(ValeDiagnosticIds.MalformedYaml, "a Vale rule is a YAML mapping (extends: …, message: …)", 1, 1);
                return null;
            }

            root = mapping;
        }
        catch (YamlException ex)
        {
            var conflict = ex.Message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase) || ex.InnerException?.Message.Contains("same key", StringComparison.OrdinalIgnoreCase) == true;
            Error(conflict ? ValeDiagnosticIds.Conflict : ValeDiagnosticIds.MalformedYaml, (conflict ? "a key is given twice: " : "malformed YAML: ") + (ex.InnerException?.Message ?? ex.Message), (int)ex.Start.Line, (int)ex.Start.Column);
            return null;
        }
        catch (ArgumentException ex)
        {
            // YamlDotNet reports a repeated mapping key this way.
            Error(ValeDiagnosticIds.Conflict, "a key is given twice: " + ex.Message, 1, 1);
            return null;
        }

        var fields = new Dictionary<string, (YamlNode Key, YamlNode Value)>(StringComparer.Ordinal);
        foreach (var (key, value) in root.Children)
        {
            if (key is YamlScalarNode { Value: { } name })
            {
                fields[name] = (key, value);
            }
        }

        if (!fields.TryGetValue("extends", out var extends) || Scalar(extends.Value) is not { } kind)
        {
            Error(ValeDiagnosticIds.MissingField, "the rule has no 'extends' (its check kind)", 1, 1);
            return null;
        }

        Kind = kind;
        if (KnownButUnsupportedKinds.Contains(kind))
        {
            Error(ValeDiagnosticIds.UnknownKind, $"Vale's '{kind}' check is not imported: {UnsupportedReason(kind)}", extends.Value);
            return null;
        }

        if (!KindFields.TryGetValue(kind, out var kindFields))
        {
            Error(ValeDiagnosticIds.UnknownKind, $"unknown check kind '{kind}' (known: existence, substitution, occurrence, repetition, consistency, conditional, capitalization, metric, spelling, sequence, script)", extends.Value);
            return null;
        }

        foreach (var (name, (key, _)) in fields)
        {
            if (!CommonFields.Contains(name) && !kindFields.Contains(name))
            {
                Warning(ValeDiagnosticIds.UnsupportedField, $"field '{name}' is not part of Vale's '{kind}' check: ignored", key);
            }
        }

        foreach (var ignored in new[] { "limit", "vocab" })
        {
            if (fields.TryGetValue(ignored, out var field))
            {
                Warning(ValeDiagnosticIds.UnsupportedField, ignored == "limit" ? "'limit' (alerts per rule) is not supported: every match is reported" : "'vocab' is not supported: RulesSdk has no Vale vocabularies", field.Key);
            }
        }

        var level = Scalar(fields, "level") ?? "suggestion";
        var ignoreCase = Bool(fields, "ignorecase");
        var nonword = Bool(fields, "nonword");
        var flags = "m" + (ignoreCase ? "i" : string.Empty);
        var (match, captures, defaultScope) = kind switch
        {
            "existence" => Existence(fields, flags, nonword),
            "substitution" => Substitution(fields, ignoreCase, nonword),
            "occurrence" => Occurrence(fields, flags),
            "repetition" => Repetition(fields, flags),
            "consistency" => Consistency(fields, flags, nonword),
            "conditional" => Conditional(fields, flags),
            "capitalization" => Capitalization(fields),
            "sequence" => SequenceCheck(fields, ignoreCase),
            "spelling" => Spelling(fields),
            _ => Metric(fields),
        };
        var scope = Scope(fields, defaultScope);
        var fixes = Action(fields, kind);
        if (_failed || match is null || scope is null)
        {
            return null;
        }

        var message = Scalar(fields, "message") ?? ValeName;
        var enabled = _config?.Enables(ValeName, level) ?? true;
        if (_config is not null && _config.RuleSettings.TryGetValue(ValeName, out var setting) && setting is "suggestion" or "warning" or "error")
        {
            level = setting;
        }

        var rule = new StringBuilder();
        rule.Append(CultureInfo.InvariantCulture, $"# Vale rule {ValeName} ({kind}), from {_source}\n");
        rule.Append(_lists);
        rule.Append(CultureInfo.InvariantCulture, $"rule {_ruleId} {DslText.KebabName(_name)}\n");
        rule.Append(CultureInfo.InvariantCulture, $"  title       {DslText.String(ValeName)}\n");
        rule.Append(CultureInfo.InvariantCulture, $"  message     {DslText.String(DslText.Message(message, captures))}\n");
        rule.Append(CultureInfo.InvariantCulture, $"  severity    {Severity(level)}\n");
        rule.Append(CultureInfo.InvariantCulture, $"  category    {DslText.String(_style)}\n");
        var description = $"Vale rule {ValeName} ({kind} check), imported from {_source}." + (Scalar(fields, "description") is { } d ? " " + d.Trim() : string.Empty);
        rule.Append(CultureInfo.InvariantCulture, $"  description {DslText.String(description)}\n");
        if (Scalar(fields, "link") is { Length: > 0 } link)
        {
            rule.Append(CultureInfo.InvariantCulture, $"  help        {DslText.String(link)}\n");
        }

        if (!enabled)
        {
            rule.Append("  enabled     false          # off in .vale.ini (or below MinAlertLevel)\n");
        }

        rule.Append(CultureInfo.InvariantCulture, $"  scope       {scope}\n");
        rule.Append(CultureInfo.InvariantCulture, $"  match       {match}\n");
        foreach (var fix in fixes)
        {
            rule.Append("  ").Append(fix).Append('\n');
        }

        rule.Append("end\n");
        return rule.ToString();
    }

    private static string UnsupportedReason(string kind) => kind switch
    {
        "readability" => "write a DSL 'metric' rule instead",
        _ => "Tengo scripts cannot run in RulesSdk",
    };

    private static string Severity(string level) => level switch
    {
        "error" => "error",
        "warning" => "warning",
        _ => "info",
    };

    private (string? Match, string[] Captures, string Scope) Existence(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, string flags, bool nonword)
    {
        var tokens = Sequence(fields, "tokens");
        var raw = Sequence(fields, "raw");
        if (tokens.Count == 0 && raw.Count == 0)
        {
            Error(ValeDiagnosticIds.MissingField, "an existence rule needs 'tokens' or 'raw'", fields.TryGetValue("extends", out var e) ? e.Key : null);
            return (null, [], "block");
        }

        ReportDuplicates(tokens);
        var tokenPart = string.Empty;
        if (tokens.Count > 0)
        {
            var alternation = Alternation(tokens);
            if (alternation is null)
            {
                return (null, [], "block");
            }

            tokenPart = nonword ? alternation : @"\b" + alternation + @"\b";
        }

        var rawPart = new StringBuilder();
        foreach (var (text, node) in raw)
        {
            rawPart.Append(ConvertRegex(text, node));
        }

        var pattern = Bool(fields, "append") ? tokenPart + rawPart : rawPart + tokenPart;
        var exceptions = Sequence(fields, "exceptions");
        if (exceptions.Count > 0)
        {
            // Vale drops a match equal to an exception; a lookahead at the match start is the closest one-pattern form.
            pattern = "(?!(?:" + string.Join('|', exceptions.Select(x => ConvertRegex(x.Text, x.Node))) + @")\b)" + pattern;
            Warning(ValeDiagnosticIds.UnsupportedField, "'exceptions' become a lookahead at the start of the match: a match that merely starts with an exception is dropped too", fields["exceptions"].Key);
        }

        return (Checked(pattern, flags, fields["extends"].Key), ["match"], "block");
    }

    private string? Alternation(List<(string Text, YamlNode Node)> tokens)
    {
        if (tokens.All(t => ValeRegex.IsPlain(t.Text)))
        {
            // Plain words read best as a list; the DSL escapes them and puts the longest first.
            var list = ListName("tokens");
            _lists.Append(CultureInfo.InvariantCulture, $"list {list} =\n");
            foreach (var (text, _) in tokens)
            {
                _lists.Append("  ").Append(DslText.String(text)).Append('\n');
            }

            return DslText.ListReference + list;
        }

        var parts = tokens.Select(t => ConvertRegex(t.Text, t.Node)).ToList();
        return "(?:" + string.Join('|', parts) + ")";
    }

    private (string? Match, string[] Captures, string Scope) Substitution(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, bool ignoreCase, bool nonword)
    {
        if (!fields.TryGetValue("swap", out var swap) || swap.Value is not YamlMappingNode mapping || mapping.Children.Count == 0)
        {
            Error(ValeDiagnosticIds.MissingField, "a substitution rule needs a 'swap' mapping", fields.TryGetValue("swap", out var s) ? s.Key : fields["extends"].Key);
            return (null, [], "block");
        }

        foreach (var name in new[] { "exceptions", "capitalize", "pos" })
        {
            if (fields.TryGetValue(name, out var field))
            {
                Warning(ValeDiagnosticIds.UnsupportedField, $"'{name}' is not supported for substitution: ignored", field.Key);
            }
        }

        var entries = mapping.Children.Select(c => (From: Scalar(c.Key) ?? string.Empty, To: Scalar(c.Value) ?? string.Empty, Node: c.Key)).ToList();
        var keys = entries.Select(e => e.From).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries.Where(e => keys.Contains(e.To) && !e.To.Equals(e.From, StringComparison.OrdinalIgnoreCase)))
        {
            Warning(ValeDiagnosticIds.Conflict, $"'{entry.From}' is replaced by '{entry.To}', which the list replaces in turn", entry.Node);
        }

        var builder = new StringBuilder("swap");
        for (var i = 0; i < entries.Count; i++)
        {
            var (from, to, node) = entries[i];
            // A plain phrase reads best quoted: the DSL matches it on word boundaries, ignoring case.
            var literal = ignoreCase && !nonword && ValeRegex.IsPlain(from);
            var key = literal ? DslText.String(from) : Checked(nonword ? from : @"\b(?:" + from + @")\b", ignoreCase ? "i" : string.Empty, node);
            builder.Append(i == 0 ? "\n    " : ",\n    ").Append(key).Append(" => ").Append(DslText.String(to));
        }

        var message = Scalar(fields, "message") ?? string.Empty;
        var count = CountPlaceholders(message);
        return (builder.ToString(), count >= 2 ? ["replacement", "match"] : ["replacement"], "block");
    }

    private (string? Match, string[] Captures, string Scope) Occurrence(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, string flags)
    {
        var token = Scalar(fields, "token");
        var max = Scalar(fields, "max");
        var min = Scalar(fields, "min");
        if (token is null || (max is null && min is null))
        {
            Error(ValeDiagnosticIds.MissingField, "an occurrence rule needs 'token' and 'max' or 'min'", fields["extends"].Key);
            return (null, [], "block");
        }

        var bounds = (min is null ? string.Empty : " min " + min) + (max is null ? string.Empty : " max " + max);
        return ("occurrence " + Checked(ConvertRegex(token, fields["token"].Value), flags, fields["token"].Value) + bounds, ["count"], "block");
    }

    private (string? Match, string[] Captures, string Scope) Repetition(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, string flags)
    {
        var tokens = Sequence(fields, "tokens");
        if (tokens.Count == 0)
        {
            Error(ValeDiagnosticIds.MissingField, "a repetition rule needs 'tokens'", fields["extends"].Key);
            return (null, [], "block");
        }

        var pattern = "(?:" + string.Join('|', tokens.Select(t => ConvertRegex(t.Text, t.Node))) + ")";
        return ("repetition " + Checked(pattern, flags, fields["tokens"].Key) + (Bool(fields, "alpha") ? " alphanumeric" : string.Empty), ["word"], "block");
    }

    private (string? Match, string[] Captures, string Scope) Consistency(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, string flags, bool nonword)
    {
        if (!fields.TryGetValue("either", out var either) || either.Value is not YamlMappingNode mapping || mapping.Children.Count == 0)
        {
            Error(ValeDiagnosticIds.MissingField, "a consistency rule needs an 'either' mapping", fields["extends"].Key);
            return (null, [], "document");
        }

        var pairs = mapping.Children.Select(c =>
        {
            string Side(YamlNode node) => Checked(nonword ? ConvertRegex(Scalar(node) ?? string.Empty, node) : @"\b(?:" + ConvertRegex(Scalar(node) ?? string.Empty, node) + @")\b", flags, node);
            return Side(c.Key) + " or " + Side(c.Value);
        });
        return ("consistency\n    " + string.Join(",\n    ", pairs), ["match"], "document");
    }

    private (string? Match, string[] Captures, string Scope) Conditional(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, string flags)
    {
        if (!fields.TryGetValue("first", out var first) || !fields.TryGetValue("second", out var second))
        {
            Error(ValeDiagnosticIds.MissingField, "a conditional rule needs 'first' and 'second'", fields["extends"].Key);
            return (null, [], "document");
        }

        var match = "conditional " + Checked(ConvertRegex(Scalar(first.Value) ?? string.Empty, first.Value), flags, first.Value) +
            " requires " + Checked(ConvertRegex(Scalar(second.Value) ?? string.Empty, second.Value), flags, second.Value);
        var exceptions = Sequence(fields, "exceptions");
        if (exceptions.Count > 0)
        {
            match += " except @" + DeclareList("exceptions", exceptions);
        }

        return (match, ["term"], "document");
    }

    private (string? Match, string[] Captures, string Scope) Capitalization(Dictionary<string, (YamlNode Key, YamlNode Value)> fields)
    {
        var style = Scalar(fields, "match") switch
        {
            "$sentence" => "sentence",
            "$title" => "title",
            "$lower" => "lower",
            "$upper" => "upper",
            var other => Unsupported(other),
        };
        if (style is null)
        {
            return (null, [], "heading");
        }

        foreach (var name in new[] { "prefix" })
        {
            if (fields.TryGetValue(name, out var field))
            {
                Warning(ValeDiagnosticIds.UnsupportedField, $"'{name}' is not supported: ignored", field.Key);
            }
        }

        if (fields.TryGetValue("style", out var titleStyle) && Scalar(titleStyle.Value) is { } named && !named.Equals("AP", StringComparison.OrdinalIgnoreCase))
        {
            Warning(ValeDiagnosticIds.UnsupportedField, $"title style '{named}': RulesSdk's title case follows AP (short function words lower case)", titleStyle.Key);
        }

        var match = new StringBuilder("capitalization ").Append(style);
        var exceptions = Sequence(fields, "exceptions");
        if (exceptions.Count > 0)
        {
            match.Append(" except @").Append(DeclareList("exceptions", exceptions));
        }

        var indicators = Sequence(fields, "indicators");
        if (indicators.Count > 0)
        {
            match.Append(" indicators ").Append(string.Join(' ', indicators.Select(i => DslText.String(i.Text))));
        }

        // Vale accepts a heading when 80 % of its words conform, unless the rule says otherwise.
        match.Append(" threshold ").Append(Scalar(fields, "threshold") ?? "0.8");
        return (match.ToString(), ["match"], "heading");

        string? Unsupported(string? value)
        {
            Error(ValeDiagnosticIds.UnsupportedField, $"capitalization 'match: {value}' (a custom pattern) is not supported; use $sentence, $title, $lower or $upper", fields.TryGetValue("match", out var m) ? m.Value : fields["extends"].Key);
            return null;
        }
    }

    /// <summary>
    /// Vale's spelling: its default en_US and the dictionaries named like a bundled one ("en_US", "fr",
    /// "fr_FR") map to the bundled dictionaries; other dictionaries are not copied (a warning names
    /// them); <c>filters</c> become accepted patterns and the words of <c>ignore</c> files accepted words.
    /// </summary>
    private (string? Match, string[] Captures, string Scope) Spelling(Dictionary<string, (YamlNode Key, YamlNode Value)> fields)
    {
        var dictionaries = new List<string>();
        var named = Sequence(fields, "dictionaries");
        var custom = Bool(fields, "custom");
        if (named.Count == 0 || Bool(fields, "append") || !custom && named.Count == 0)
        {
            dictionaries.Add("en");
        }

        foreach (var (name, node) in named)
        {
            var bundled = BundledName(name);
            if (bundled is null)
            {
                Warning(ValeDiagnosticIds.UnsupportedField, $"dictionary '{name}' is not bundled and not copied: put {name}.aff and {name}.dic beside the imported rule and add \"{name}\" to its 'dictionary' clause", node);
            }
            else
            {
                if (name is not ("en" or "en_US" or "en-US" or "fr" or "fr_FR" or "fr-FR"))
                {
                    Warning(ValeDiagnosticIds.UnsupportedField, $"dictionary '{name}' is approximated by the bundled '{bundled}' ({(bundled == "en" ? "American English" : "French of France")})", node);
                }

                if (!dictionaries.Contains(bundled))
                {
                    dictionaries.Add(bundled);
                }
            }
        }

        foreach (var field in new[] { "aff", "dic", "dicpath" })
        {
            if (fields.TryGetValue(field, out var location) && (field != "dicpath" || dictionaries.Count == 0))
            {
                Warning(ValeDiagnosticIds.UnsupportedField, $"'{field}' ({Scalar(location.Value)}): only the bundled dictionaries (en, fr) are imported; copy the files beside the imported rule and name them in its 'dictionary' clause", location.Key);
            }
        }

        if (fields.TryGetValue("threshold", out var threshold))
        {
            Warning(ValeDiagnosticIds.UnsupportedField, "'threshold' is not supported: every unknown word is reported", threshold.Key);
        }

        if (dictionaries.Count == 0)
        {
            Error(ValeDiagnosticIds.UnsupportedField, "no dictionary of this rule is bundled (en, fr): the rule cannot be imported", fields.TryGetValue("dictionaries", out var d) ? d.Key : fields["extends"].Key);
            return (null, [], "block");
        }

        var match = new StringBuilder("spelling dictionary ").Append(string.Join(", ", dictionaries.Select(DslText.String)));
        var accepted = new List<string>();
        foreach (var (pattern, node) in Sequence(fields, "filters"))
        {
            var converted = ConvertRegex(pattern, node);
            if (ValeRegex.Validate(converted) is { } problem)
            {
                Error(ValeDiagnosticIds.InvalidRegex, $"filter does not compile in .NET: {problem}", node);
                continue;
            }

            accepted.Add(DslText.Regex(converted, string.Empty));
        }

        var words = new List<(string Text, YamlNode Node)>();
        foreach (var (file, node) in Sequence(fields, "ignore"))
        {
            if (IgnoreFileWords(file) is { } fileWords)
            {
                words.AddRange(fileWords.Select(w => (w, node)));
            }
            else
            {
                Warning(ValeDiagnosticIds.UnsupportedField, $"ignore file '{file}' not found beside the rule or in the styles folder: its words are not accepted", node);
            }
        }

        if (words.Count > 0)
        {
            accepted.Add("@" + DeclareList("accepted", words));
        }

        if (accepted.Count > 0)
        {
            match.Append(" accept ").Append(string.Join(", ", accepted));
        }

        return (match.ToString(), ["word"], "block");
    }

    private static string? BundledName(string valeName)
    {
        var language = valeName.Split('_', '-', '.')[0].ToLowerInvariant();
        return language is "en" or "fr" ? language : null;
    }

    /// <summary>The words of a Vale ignore file, looked for beside the rule, then in the styles folder (its parent) and its config/ignore folder.</summary>
    private string[]? IgnoreFileWords(string file)
    {
        var ruleFolder = Path.GetDirectoryName(_path) ?? ".";
        var stylesPath = Path.GetDirectoryName(ruleFolder) ?? ruleFolder;
        foreach (var candidate in new[] { Path.Combine(ruleFolder, file), Path.Combine(stylesPath, file), Path.Combine(stylesPath, "config", "ignore", file) })
        {
            if (File.Exists(candidate))
            {
                return [.. File.ReadAllLines(candidate).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
            }
        }

        return null;
    }

    private (string? Match, string[] Captures, string Scope) Metric(Dictionary<string, (YamlNode Key, YamlNode Value)> fields)
    {
        var formula = Scalar(fields, "formula");
        var condition = Scalar(fields, "condition");
        if (formula is null || condition is null)
        {
            Error(ValeDiagnosticIds.MissingField, "a metric rule needs 'formula' and 'condition'", fields["extends"].Key);
            return (null, [], "document");
        }

        var parts = condition.Trim().Split(' ', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0] is not (">" or ">=" or "<" or "<=" or "==" or "!=") || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            Error(ValeDiagnosticIds.UnsupportedField, $"condition '{condition}': expected an operator and a number, such as '> 8'", fields["condition"].Value);
            return (null, [], "document");
        }

        return ("metric " + DslText.String(formula.Trim()) + " " + parts[0] + " " + parts[1], ["score"], "document");
    }

    private string? Scope(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, string defaultScope)
    {
        if (!fields.TryGetValue("scope", out var field))
        {
            return defaultScope;
        }

        var scopes = field.Value is YamlSequenceNode sequence
            ? sequence.Children.Select(c => (Text: Scalar(c) ?? string.Empty, Node: c)).ToList()
            : [(Scalar(field.Value) ?? string.Empty, field.Value)];
        string? chosen = null;
        foreach (var (text, node) in scopes)
        {
            if (text.StartsWith('~'))
            {
                // Code is never prose here; other exclusions cannot be expressed.
                if (text is not ("~code" or "~pre" or "~tt"))
                {
                    Warning(ValeDiagnosticIds.UnsupportedScope, $"scope '{text}' (an exclusion) is not supported: ignored", node);
                }

                continue;
            }

            var mapped = text switch
            {
                "text" => "block",
                "sentence" => "sentence anywhere",
                "paragraph" => "paragraph",
                "list" => "list",
                "blockquote" => "blockquote",
                "heading" => "heading",
                _ when text.StartsWith("heading.", StringComparison.Ordinal) => "heading",
                "title" => "heading first",
                "raw" or "summary" => "document",
                _ => null,
            };
            if (mapped is null)
            {
                Error(ValeDiagnosticIds.UnsupportedScope, $"scope '{text}' has no RulesSdk equivalent (text, sentence, paragraph, list, blockquote, heading, title, raw, summary)", node);
                return null;
            }

            if (text.StartsWith("heading.", StringComparison.Ordinal))
            {
                Warning(ValeDiagnosticIds.UnsupportedScope, $"scope '{text}': every heading level is checked", node);
            }
            else if (text is "raw" or "summary")
            {
                Warning(ValeDiagnosticIds.UnsupportedScope, $"scope '{text}' runs over the document's prose (markup and code blanked), not the raw source", node);
            }

            if (chosen is not null && chosen != mapped)
            {
                Warning(ValeDiagnosticIds.UnsupportedScope, $"only one scope per rule: '{text}' is dropped, the rule keeps '{chosen}'", node);
                continue;
            }

            chosen = mapped;
        }

        return chosen ?? defaultScope;
    }

    private List<string> Action(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, string kind)
    {
        if (!fields.TryGetValue("action", out var action) || action.Value is not YamlMappingNode mapping)
        {
            return [];
        }

        var name = mapping.Children.FirstOrDefault(c => Scalar(c.Key) == "name").Value is { } n ? Scalar(n) : null;
        var parameters = mapping.Children.FirstOrDefault(c => Scalar(c.Key) == "params").Value is YamlSequenceNode p
            ? p.Children.Select(c => Scalar(c) ?? string.Empty).ToList()
            : [];
        switch (name)
        {
            case "replace" when kind == "substitution":
                return ["fix         \"Use '{replacement}'\" => \"{replacement}\""];
            case "replace" when parameters.Count > 0:
                return [.. parameters.Select((text, i) => $"{(i == 0 ? "fix    " : "suggest")}     {DslText.String("Use '" + text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal) + "'")} => {DslText.String(text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal))}")];
            case "suggest" when kind == "spelling":
                // Corrections are guesses: suggestions, one per correction, never the safe fix.
                return ["suggest     \"Use '{suggestion}'\" => \"{suggestion}\""];
            case "remove" when kind is "existence" or "substitution" or "repetition":
                return ["fix         \"Remove '{match}'\" => delete match"];
            default:
                Warning(ValeDiagnosticIds.UnsupportedAction, $"action '{name}'{(parameters.Count > 0 ? " (" + string.Join(", ", parameters) + ")" : string.Empty)} is not supported: the rule has no fix", action.Key);
                return [];
        }
    }

    private string DeclareList(string suffix, List<(string Text, YamlNode Node)> entries)
    {
        var name = ListName(suffix);
        _lists.Append(CultureInfo.InvariantCulture, $"list {name} =\n");
        foreach (var (text, _) in entries)
        {
            _lists.Append("  ").Append(DslText.String(text)).Append('\n');
        }

        return name;
    }

    private string ListName(string suffix) => DslText.KebabName(_name).Replace('-', '_') + "_" + suffix;

    private void ReportDuplicates(List<(string Text, YamlNode Node)> tokens)
    {
        var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (text, node) in tokens)
        {
            if (!seen.TryAdd(text, node))
            {
                Warning(ValeDiagnosticIds.Conflict, $"token '{text}' is listed twice (first at line {seen[text].Start.Line})", node);
            }
        }
    }

    private string ConvertRegex(string pattern, YamlNode node)
    {
        var converted = ValeRegex.Convert(pattern, out var problem);
        if (converted is null)
        {
            Error(ValeDiagnosticIds.PcreOnly, $"regex '{pattern}': {problem}", node);
            return pattern;
        }

        return converted;
    }

    /// <summary>The DSL regex literal, after checking that .NET compiles the pattern.</summary>
    private string Checked(string pattern, string flags, YamlNode? node)
    {
        if (!_failed && ValeRegex.Validate(pattern) is { } error)
        {
            Error(ValeDiagnosticIds.InvalidRegex, $"regex does not compile in .NET: {error}", node);
        }

        return DslText.Regex(pattern, flags);
    }

    private static int CountPlaceholders(string message)
    {
        var count = 0;
        for (var i = message.IndexOf("%s", StringComparison.Ordinal); i >= 0; i = message.IndexOf("%s", i + 2, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string? Scalar(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value : null;

    private static string? Scalar(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, string name) =>
        fields.TryGetValue(name, out var field) ? Scalar(field.Value) : null;

    private static bool Bool(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, string name) =>
        Scalar(fields, name) is { } value && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("yes", StringComparison.OrdinalIgnoreCase));

    private static List<(string Text, YamlNode Node)> Sequence(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, string name)
    {
        if (!fields.TryGetValue(name, out var field))
        {
            return [];
        }

        return field.Value switch
        {
            YamlSequenceNode sequence => [.. sequence.Children.Select(c => (Text: Scalar(c) ?? string.Empty, Node: c)).Where(t => t.Text.Length > 0)],
            YamlScalarNode { Value: { Length: > 0 } single } => [(single, field.Value)],
            _ => [],
        };
    }

    private void Error(string id, string message, YamlNode? node) =>
        Error(id, message, node is null ? 1 : (int)node.Start.Line, node is null ? 1 : (int)node.Start.Column);

    private void Error(string id, string message, int line, int column)
    {
        _failed = true;
        _diagnostics.Add(new ValeDiagnostic(id, true, message, _path, line, column));
    }

    private void Warning(string id, string message, YamlNode node) =>
        _diagnostics.Add(new ValeDiagnostic(id, false, message, _path, (int)node.Start.Line, (int)node.Start.Column));
}
