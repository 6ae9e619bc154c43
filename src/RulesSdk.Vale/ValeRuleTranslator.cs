using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using RulesSdk.Dsl;
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

    // The entries of the lists spliced into this rule's patterns, to size a pattern as the binder will splice it.
    private readonly Dictionary<string, List<string>> _splicedLists = new(StringComparer.Ordinal);
    private readonly HashSet<string> _listNames;
    private bool _failed;

    /// <param name="listNames">The list names already declared in the pack (lists are pack-wide): names are made unique against it, and added.</param>
    public ValeRuleTranslator(string style, string name, string path, string source, string ruleId, ValeConfig? config, List<ValeDiagnostic> diagnostics, HashSet<string>? listNames = null)
    {
        _listNames = listNames ?? new HashSet<string>(StringComparer.Ordinal);
        _style = style;
        _name = name;
        _path = path;
        _source = source;
        _ruleId = ruleId;
        _config = config;
        _diagnostics = diagnostics;
    }

    public string ValeName => _style + "." + _name;

    // A Vale rule is a few keys and lists; Microsoft's largest rule file is under 20 KB.
    private const int MaxRuleFileLength = 1024 * 1024;
    private const int MaxNesting = 64;

    public string Kind { get; private set; } = "unknown";

    /// <summary>The DSL text of the rule file, or null when the rule cannot be imported (the errors say why).</summary>
    public string? Translate(string yaml)
    {
        YamlMappingNode root;
        if (yaml.Length > MaxRuleFileLength)
        {
            Error(ValeDiagnosticIds.MalformedYaml, $"the rule file holds {yaml.Length:N0} characters; a Vale rule file is read up to {MaxRuleFileLength:N0}", 1, 1);
            return null;
        }

        // YamlDotNet builds its tree recursively: thousands of nested brackets overflow the stack, which no catch can stop.
        if (YamlNesting.DeepestPoint(yaml, MaxNesting) is var (deepLine, deepColumn) && deepLine > 0)
        {
            Error(ValeDiagnosticIds.MalformedYaml, $"YAML nested more than {MaxNesting} levels deep; a Vale rule needs a few", deepLine, deepColumn);
            return null;
        }

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
            if (stream.Documents.Count > 1)
            {
                // Vale (go-yaml) reads the first document of a file, and so does the import; the rest would vanish unsaid.
                var second = stream.Documents[1].RootNode;
                Warning(ValeDiagnosticIds.UnsupportedField, $"the file holds {stream.Documents.Count} YAML documents (the second at line {second.Start.Line}): only the first is a rule, as in Vale; the others are ignored", second);
            }
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
            Error(ValeDiagnosticIds.UnknownKind, $"unknown check kind '{DslText.Shown(kind)}' (known: existence, substitution, occurrence, repetition, consistency, conditional, capitalization, metric, spelling, sequence, script)", extends.Value);
            return null;
        }

        foreach (var (name, (key, _)) in fields)
        {
            if (!CommonFields.Contains(name) && !kindFields.Contains(name))
            {
                Warning(ValeDiagnosticIds.UnsupportedField, $"field '{DslText.Shown(name)}' is not part of Vale's '{kind}' check: ignored", key);
            }
        }

        foreach (var ignored in new[] { "limit", "vocab" })
        {
            if (fields.TryGetValue(ignored, out var field))
            {
                Warning(ValeDiagnosticIds.UnsupportedField, ignored == "limit" ? "'limit' (alerts per rule) is not supported: every match is reported" : "'vocab' is not supported: RulesSdk has no Vale vocabularies", field.Key);
            }
        }

        var level = Level(fields);
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
        rule.Append(CultureInfo.InvariantCulture, $"# {DslText.Comment($"Vale rule {ValeName} ({kind}), from {_source}")}\n");
        rule.Append(_lists);
        rule.Append(CultureInfo.InvariantCulture, $"rule {_ruleId} {DslText.KebabName(_name)}\n");
        rule.Append(CultureInfo.InvariantCulture, $"  title       {DslText.String(ValeName)}\n");
        rule.Append(CultureInfo.InvariantCulture, $"  message     {DslText.String(DslText.Message(message, captures))}\n");
        rule.Append(CultureInfo.InvariantCulture, $"  severity    {Severity(level)}\n");
        rule.Append(CultureInfo.InvariantCulture, $"  category    {DslText.String(string.IsNullOrWhiteSpace(_style) ? "vale" : _style)}\n");
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
        if (_failed)
        {
            return (null, [], "block");
        }

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
            _splicedLists[list] = [.. tokens.Select(t => t.Text)];
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
        foreach (var blank in entries.Where(e => string.IsNullOrWhiteSpace(e.From)))
        {
            Error(ValeDiagnosticIds.MissingField, $"swap key '{DslText.Shown(blank.From)}' is blank: there is nothing to replace", blank.Node);
        }

        var keys = entries.Select(e => e.From).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries.Where(e => keys.Contains(e.To) && !e.To.Equals(e.From, StringComparison.OrdinalIgnoreCase)))
        {
            Warning(ValeDiagnosticIds.Conflict, $"'{DslText.Shown(entry.From)}' is replaced by '{DslText.Shown(entry.To)}', which the list replaces in turn", entry.Node);
        }

        // A plain phrase reads best quoted: the DSL matches it on word boundaries, ignoring case.
        var patterns = entries.Select(e => ignoreCase && !nonword && ValeRegex.IsPlain(e.From)
            ? null
            : nonword ? ConvertRegex(e.From, e.Node) : @"\b(?:" + ConvertRegex(e.From, e.Node) + @")\b").ToList();

        var builder = new StringBuilder("swap");
        for (var i = 0; i < entries.Count; i++)
        {
            var (from, to, node) = entries[i];
            // A plain key needs no l flag: it runs in a trie, with nothing to backtrack into.
            var key = patterns[i] is { } pattern ? Checked(pattern, ignoreCase ? "i" : string.Empty, node, flagLinear: !ValeRegex.IsPlain(from)) : DslText.String(from);
            builder.Append(i == 0 ? "\n    " : ",\n    ").Append(key).Append(" => ").Append(DslText.String(to));
        }

        var message = Scalar(fields, "message") ?? string.Empty;
        var count = CountPlaceholders(message);
        return (builder.ToString(), count >= 2 ? ["replacement", "match"] : ["replacement"], "block");
    }

    private (string? Match, string[] Captures, string Scope) Occurrence(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, string flags)
    {
        var token = Scalar(fields, "token");
        if (token is null || (!fields.ContainsKey("max") && !fields.ContainsKey("min")))
        {
            Error(ValeDiagnosticIds.MissingField, "an occurrence rule needs 'token' and 'max' or 'min'", fields["extends"].Key);
            return (null, [], "block");
        }

        var min = Count(fields, "min");
        var max = Count(fields, "max");
        if (min > max)
        {
            Error(ValeDiagnosticIds.Conflict, $"'min: {min}' is above 'max: {max}': no count can satisfy both", fields["min"].Value);
        }

        var bounds = (min is { } low ? " min " + low.ToString(CultureInfo.InvariantCulture) : string.Empty) + (max is { } high ? " max " + high.ToString(CultureInfo.InvariantCulture) : string.Empty);
        return ("occurrence " + Checked(ConvertRegex(token, fields["token"].Value), flags, fields["token"].Value) + bounds, ["count"], "block");
    }

    private (string? Match, string[] Captures, string Scope) Repetition(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, string flags)
    {
        var tokens = Sequence(fields, "tokens");
        if (tokens.Count == 0)
        {
            if (!_failed)
            {
                Error(ValeDiagnosticIds.MissingField, "a repetition rule needs 'tokens'", fields["extends"].Key);
            }

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
            Warning(ValeDiagnosticIds.UnsupportedField, $"title style '{DslText.Shown(named)}': RulesSdk's title case follows AP (short function words lower case)", titleStyle.Key);
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
        var threshold = 0.8;
        if (fields.TryGetValue("threshold", out var thresholdField))
        {
            var text = Scalar(thresholdField.Value);
            if (text is null || !DecimalNumber().IsMatch(text) || !double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out threshold) || threshold is <= 0 or > 1)
            {
                Error(ValeDiagnosticIds.UnsupportedField, $"'threshold: {DslText.Shown(text ?? "(not a scalar)")}': expected a share above 0 and at most 1, such as 0.8", thresholdField.Value);
                return (null, [], "heading");
            }
        }

        match.Append(" threshold ").Append(threshold.ToString("0.###############", CultureInfo.InvariantCulture));
        return (match.ToString(), ["match"], "heading");

        string? Unsupported(string? value)
        {
            Error(ValeDiagnosticIds.UnsupportedField, $"capitalization 'match: {DslText.Shown(value ?? string.Empty)}' (a custom pattern) is not supported; use $sentence, $title, $lower or $upper", fields.TryGetValue("match", out var m) ? m.Value : fields["extends"].Key);
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
                Warning(ValeDiagnosticIds.UnsupportedField, $"dictionary '{DslText.Shown(name)}' is not bundled and not copied: put {name}.aff and {name}.dic beside the imported rule and add \"{name}\" to its 'dictionary' clause", node);
            }
            else
            {
                if (name is not ("en" or "en_US" or "en-US" or "fr" or "fr_FR" or "fr-FR"))
                {
                    Warning(ValeDiagnosticIds.UnsupportedField, $"dictionary '{DslText.Shown(name)}' is approximated by the bundled '{bundled}' ({(bundled == "en" ? "American English" : "French of France")})", node);
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
                Warning(ValeDiagnosticIds.UnsupportedField, $"'{field}' ({DslText.Shown(Scalar(location.Value) ?? string.Empty)}): only the bundled dictionaries (en, fr) are imported; copy the files beside the imported rule and name them in its 'dictionary' clause", location.Key);
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

            accepted.Add(DslText.Regex(converted, IsLinear(converted, false) ? "l" : string.Empty));
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
                Warning(ValeDiagnosticIds.UnsupportedField, $"ignore file '{DslText.Shown(file)}' not found beside the rule or in the styles folder: its words are not accepted", node);
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
        var root = Path.GetFullPath(stylesPath);
        foreach (var candidate in new[] { Path.Combine(ruleFolder, file), Path.Combine(stylesPath, file), Path.Combine(stylesPath, "config", "ignore", file) })
        {
            // Only files of the styles folder: '/etc/passwd' or '../../x' would copy a stranger's words into the pack.
            var full = Path.GetFullPath(candidate);
            if (!full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            if (File.Exists(full))
            {
                return [.. File.ReadAllLines(full).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
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
        if (parts.Length != 2 || parts[0] is not (">" or ">=" or "<" or "<=" or "==" or "!=") || !SignedDecimalNumber().IsMatch(parts[1])
            || !double.TryParse(parts[1], NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var bound) || !double.IsFinite(bound))
        {
            Error(ValeDiagnosticIds.UnsupportedField, $"'condition: {DslText.Shown(condition)}': expected an operator and a decimal number, such as '> 8'", fields["condition"].Value);
            return (null, [], "document");
        }

        if (!RulesSdk.Rules.Kinds.MetricFormula.TryParse(formula.Trim(), out _, out var formulaError))
        {
            Error(ValeDiagnosticIds.UnsupportedField, $"'formula: {DslText.Shown(formula)}': {formulaError}", fields["formula"].Value);
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
                    Warning(ValeDiagnosticIds.UnsupportedScope, $"scope '{DslText.Shown(text)}' (an exclusion) is not supported: ignored", node);
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
                Error(ValeDiagnosticIds.UnsupportedScope, $"scope '{DslText.Shown(text)}' has no RulesSdk equivalent (text, sentence, paragraph, list, blockquote, heading, title, raw, summary)", node);
                return null;
            }

            if (text.StartsWith("heading.", StringComparison.Ordinal))
            {
                Warning(ValeDiagnosticIds.UnsupportedScope, $"scope '{DslText.Shown(text)}': every heading level is checked", node);
            }
            else if (text is "raw" or "summary")
            {
                Warning(ValeDiagnosticIds.UnsupportedScope, $"scope '{text}' runs over the document's prose (markup and code blanked), not the raw source", node);
            }

            if (chosen is not null && chosen != mapped)
            {
                Warning(ValeDiagnosticIds.UnsupportedScope, $"only one scope per rule: '{DslText.Shown(text)}' is dropped, the rule keeps '{chosen}'", node);
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
                Warning(ValeDiagnosticIds.UnsupportedAction, $"action '{DslText.Shown(name ?? string.Empty)}'{(parameters.Count > 0 ? " (" + DslText.Shown(string.Join(", ", parameters)) + ")" : string.Empty)} is not supported: the rule has no fix", action.Key);
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

    /// <summary>A list name unique in the pack: "Foo-Bar" and "FooBar" (or two styles' "Terms") would otherwise declare the same list twice.</summary>
    private string ListName(string suffix)
    {
        var name = DslText.KebabName(_name).Replace('-', '_') + "_" + suffix;
        var unique = name;
        for (var i = 2; !_listNames.Add(unique); i++)
        {
            unique = name + "_" + i.ToString(CultureInfo.InvariantCulture);
        }

        return unique;
    }

    private void ReportDuplicates(List<(string Text, YamlNode Node)> tokens)
    {
        var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (text, node) in tokens)
        {
            if (!seen.TryAdd(text, node))
            {
                Warning(ValeDiagnosticIds.Conflict, $"token '{DslText.Shown(text)}' is listed twice (first at line {seen[text].Start.Line})", node);
            }
        }
    }

    private string ConvertRegex(string pattern, YamlNode node)
    {
        var converted = ValeRegex.Convert(pattern, out var problem);
        if (converted is null)
        {
            Error(ValeDiagnosticIds.PcreOnly, $"regex '{DslText.Shown(pattern)}': {problem}", node);
            return pattern;
        }

        return converted;
    }

    /// <summary>
    /// The DSL regex literal, after checking that .NET compiles the pattern; flagged <c>l</c> (linear time) when
    /// .NET's non-backtracking engine can run it, unless <paramref name="flagLinear"/> is false.
    /// </summary>
    private string Checked(string pattern, string flags, YamlNode? node, bool flagLinear = true)
    {
        if (!_failed && ValeRegex.Validate(pattern) is { } error)
        {
            Error(ValeDiagnosticIds.InvalidRegex, $"regex does not compile in .NET: {error}", node);
        }

        return DslText.Regex(pattern, flagLinear && IsLinear(pattern, flags.Contains('i')) ? flags + LinearRegex.Flag : flags);
    }

    /// <summary>
    /// True when .NET's non-backtracking engine runs <paramref name="pattern"/>, with its lists spliced in as the
    /// binder will splice them. Vale itself backtracks (regexp2), so a pattern with lookarounds or
    /// backreferences keeps its meaning, not the flag.
    /// </summary>
    private bool IsLinear(string pattern, bool ignoreCase)
    {
        var expanded = new StringBuilder(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] != DslText.ListReference)
            {
                expanded.Append(pattern[i]);
                continue;
            }

            var end = i + 1;
            while (end < pattern.Length && (char.IsAsciiLetterOrDigit(pattern[end]) || pattern[end] == '_'))
            {
                end++;
            }

            if (!_splicedLists.TryGetValue(pattern[(i + 1)..end], out var entries))
            {
                return false;
            }

            expanded.Append(LinearRegex.SplicedList(entries));
            i = end - 1;
        }

        try
        {
            var options = System.Text.RegularExpressions.RegexOptions.CultureInvariant | (ignoreCase ? System.Text.RegularExpressions.RegexOptions.IgnoreCase : 0);
            return LinearRegex.Refusal(expanded.ToString(), options) is null;
        }
        catch (ArgumentException)
        {
            // Does not compile at all: VALE005 says so.
            return false;
        }
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

    /// <summary>A YAML 1.1 boolean as Vale (go-yaml) reads it; anything else is false, with a warning naming it.</summary>
    private bool Bool(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, string name)
    {
        if (!fields.TryGetValue(name, out var field))
        {
            return false;
        }

        var value = Scalar(field.Value);
        if (value is not null && TrueWords.Contains(value))
        {
            return true;
        }

        if (value is null || !FalseWords.Contains(value))
        {
            Warning(ValeDiagnosticIds.UnsupportedField, $"'{name}: {DslText.Shown(value ?? "(not a scalar)")}' is not true or false: read as false", field.Value);
        }

        return false;
    }

    private static readonly FrozenSet<string> TrueWords = FrozenSet.ToFrozenSet(["true", "yes", "on", "y"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> FalseWords = FrozenSet.ToFrozenSet(["false", "no", "off", "n", string.Empty, "~", "null"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The level (suggestion, warning, error); another value is a suggestion, with a warning naming it.</summary>
    private string Level(Dictionary<string, (YamlNode Key, YamlNode Value)> fields)
    {
        if (!fields.TryGetValue("level", out var field))
        {
            return "suggestion";
        }

        var value = Scalar(field.Value);
        if (value is "suggestion" or "warning" or "error")
        {
            return value;
        }

        Warning(ValeDiagnosticIds.UnsupportedField, $"'level: {DslText.Shown(value ?? "(not a scalar)")}' is not suggestion, warning or error: read as suggestion (severity info)", field.Value);
        return "suggestion";
    }

    /// <summary>
    /// An occurrence bound: a whole number from 0 to <see cref="MaxCount"/> (the largest the DSL reads), parsed,
    /// never the YAML text; anything else is an error naming the key and the value. Null when the key is absent.
    /// </summary>
    private int? Count(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, string name)
    {
        if (!fields.TryGetValue(name, out var field))
        {
            return null;
        }

        var text = Scalar(field.Value);
        if (text is null || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > MaxCount)
        {
            Error(ValeDiagnosticIds.UnsupportedField, $"'{name}: {DslText.Shown(text ?? "(not a scalar)")}': expected a whole number from 0 to {MaxCount.ToString(CultureInfo.InvariantCulture)}", field.Value);
            return null;
        }

        return count;
    }

    /// <summary>The largest number the DSL's grammar reads (six digits).</summary>
    private const int MaxCount = 999_999;

    /// <summary>
    /// The strings of a list field (a single string is a list of one). An item that is itself a list
    /// or a mapping (a nested list, or an anchor pointing at one) is an error naming its line.
    /// </summary>
    private List<(string Text, YamlNode Node)> Sequence(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, string name)
    {
        if (!fields.TryGetValue(name, out var field))
        {
            return [];
        }

        switch (field.Value)
        {
            case YamlSequenceNode sequence:
                if (sequence.Children.FirstOrDefault(c => c is not YamlScalarNode) is { } nested)
                {
                    Error(ValeDiagnosticIds.MalformedYaml, $"'{name}' is a list of strings, but its item at line {nested.Start.Line} is a {(nested is YamlSequenceNode ? "list" : "mapping")} (nested lists and aliases to them are not read)", nested);
                    return [];
                }

                return [.. sequence.Children.Select(c => (Text: Scalar(c) ?? string.Empty, Node: c)).Where(t => t.Text.Length > 0)];
            case YamlScalarNode { Value: { Length: > 0 } single }:
                return [(single, field.Value)];
            case YamlMappingNode:
                Error(ValeDiagnosticIds.MalformedYaml, $"'{name}' is a list of strings, not a mapping", field.Value);
                return [];
            default:
                return [];
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\A[0-9]+(?:\.[0-9]+)?\z")]
    private static partial System.Text.RegularExpressions.Regex DecimalNumber();

    [System.Text.RegularExpressions.GeneratedRegex(@"\A-?[0-9]+(?:\.[0-9]+)?\z")]
    private static partial System.Text.RegularExpressions.Regex SignedDecimalNumber();

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
