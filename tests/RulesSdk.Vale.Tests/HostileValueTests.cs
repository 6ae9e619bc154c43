using RulesSdk.Dsl;

namespace RulesSdk.Vale.Tests;

/// <summary>
/// Hostile values in every field the importer writes into DSL text: a newline followed by a clause,
/// a quote, huge, negative and fractional numbers. Whatever the value, the written pack compiles
/// and holds no clause the Vale file did not mean: a value the DSL cannot take skips its rule with
/// an error naming the file, the key and the value; a text value is escaped.
/// </summary>
public sealed class HostileValueTests : IDisposable
{
    private const string Injection = "1\n  title \"INJECTED\"";

    /// <summary>A newline and a clause, a quote, numbers too large for an int and for the DSL, a negative, a fraction.</summary>
    private static readonly string[] Values = [Injection, "1\"", "99999999999999999999999", "2147483648", "1000000", "-1", "1.5"];

    /// <summary>Text values: also a regex line break escaped with a backslash, a stray list marker and a '#'.</summary>
    private static readonly string[] Texts = [Injection, "x\"y", "x\\\n  title \"INJECTED\"", "a\uE000b", "a # b", "{x}", "x/y@z"];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "rulessdk-vale-hostile-" + Guid.NewGuid().ToString("N"));

    public HostileValueTests() => Directory.CreateDirectory(Path.Combine(_root, "Style"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="value"/>.</summary>
    private static string Y(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\uE000", "\\uE000", StringComparison.Ordinal) + "\"";

    /// <summary>Writes one rule per value (R0.yml, R1.yml…) from <paramref name="yaml"/>, and a good rule beside them.</summary>
    private List<string> WriteAll(IReadOnlyList<string> values, Func<string, string> yaml)
    {
        var paths = new List<string>();
        for (var i = 0; i < values.Count; i++)
        {
            var path = Path.Combine(_root, "Style", $"R{i}.yml");
            File.WriteAllText(path, yaml(values[i]));
            paths.Add(path);
        }

        File.WriteAllText(Path.Combine(_root, "Style", "Good.yml"), "extends: existence\nmessage: x\ntokens:\n  - utilize\n");
        return paths;
    }

    /// <summary>Imports and compiles the style; the pack must compile, every rule keeps its own title, every skipped rule has an error.</summary>
    private ValeImport ImportAndCompile(string? path = null, ValeImportOptions? options = null)
    {
        var import = ValeImporter.Import(path ?? Path.Combine(_root, "Style"), options);
        var compilation = RulePack.Compile(import.Files.Select(f => new RuleSource("/import/" + f.Key, f.Value)), new RulePackOptions { UseCache = false, UseRegexGenerator = false });
        Assert.True(compilation.Success, string.Join('\n', compilation.Diagnostics.Select(d => d.ToDisplayString())) + "\n" + string.Join("\n----\n", import.Files.Values));
        Assert.Equal(import.Rules.Length, compilation.Pack!.Rules.Length);
        foreach (var rule in compilation.Pack.Rules)
        {
            Assert.Equal(import.Rules.Single(r => r.RuleId == rule.Id).ValeName, rule.Descriptor.Title);
        }

        Assert.DoesNotContain(import.Files.Values, text => text.Contains("\n  title \"INJECTED\"", StringComparison.Ordinal));
        foreach (var skipped in import.SkippedRules)
        {
            Assert.Contains(import.Diagnostics, d => d.IsError && Path.GetFileNameWithoutExtension(d.Path) == skipped.Split('.', 2)[1]);
        }

        return import;
    }

    /// <summary>Every rule written from <paramref name="values"/> is skipped, with an error at its file naming the key and the value.</summary>
    private static void AssertSkippedNaming(ValeImport import, List<string> paths, IReadOnlyList<string> values, string key)
    {
        for (var i = 0; i < paths.Count; i++)
        {
            Assert.Contains("Style.R" + i, import.SkippedRules);
            var shown = values[i].Replace("\n", "\\n", StringComparison.Ordinal);
            Assert.True(
                import.Diagnostics.Any(d => d.IsError && d.Path == paths[i] && d.Message.Contains(key, StringComparison.Ordinal) && d.Message.Contains(shown, StringComparison.Ordinal)),
                $"no error naming '{key}' and '{shown}' at {paths[i]}: " + string.Join("; ", import.Diagnostics));
        }

        Assert.Contains("Style.Good", import.Rules.Select(r => r.ValeName));
    }

    [Fact]
    public void Occurrence_max_that_is_not_a_small_whole_number_skips_the_rule()
    {
        var paths = WriteAll(Values, v => $"extends: occurrence\nmessage: x\ntoken: a\nmax: {Y(v)}\n");
        AssertSkippedNaming(ImportAndCompile(), paths, Values, "max");
    }

    [Fact]
    public void Occurrence_min_that_is_not_a_small_whole_number_skips_the_rule()
    {
        // Plain scalars too, as the hunter wrote them.
        var paths = WriteAll(Values, v => v.Contains('\n') || v.Contains('"') ? $"extends: occurrence\nmessage: x\ntoken: a\nmin: {Y(v)}\n" : $"extends: occurrence\nmessage: x\ntoken: a\nmin: {v}\n");
        AssertSkippedNaming(ImportAndCompile(), paths, Values, "min");
    }

    [Fact]
    public void Occurrence_min_above_max_skips_the_rule_and_good_bounds_are_written_as_parsed()
    {
        File.WriteAllText(Path.Combine(_root, "Style", "Crossed.yml"), "extends: occurrence\nmessage: x\ntoken: a\nmin: 5\nmax: 2\n");
        File.WriteAllText(Path.Combine(_root, "Style", "Padded.yml"), "extends: occurrence\nmessage: x\ntoken: a\nmin: 007\nmax: 999999\n");

        var import = ImportAndCompile();

        Assert.Contains("Style.Crossed", import.SkippedRules);
        Assert.Contains(import.Diagnostics, d => d.IsError && d.Message.Contains("'min: 5' is above 'max: 2'", StringComparison.Ordinal));
        Assert.Contains("occurrence /a/ml min 7 max 999999", import.Files["Style.Padded.rules"], StringComparison.Ordinal);
    }

    [Fact]
    public void Capitalization_threshold_that_is_not_a_share_skips_the_rule()
    {
        string[] values = [.. Values, "0", "NaN", "1e-1", " 0.5"];
        var paths = WriteAll(values, v => $"extends: capitalization\nmessage: x\nmatch: $title\nthreshold: {Y(v)}\n");
        File.WriteAllText(Path.Combine(_root, "Style", "Half.yml"), "extends: capitalization\nmessage: x\nmatch: $title\nthreshold: 0.50\n");

        var import = ImportAndCompile();

        AssertSkippedNaming(import, paths, values, "threshold");
        Assert.Contains("threshold 0.5\n", import.Files["Style.Half.rules"], StringComparison.Ordinal);
    }

    [Fact]
    public void Metric_condition_and_formula_are_checked_before_they_are_written()
    {
        string[] conditions = [Injection, "1\"", "NaN", "1e400", "Infinity", "1e3", "+5"];
        var paths = WriteAll(conditions, v => $"extends: metric\nmessage: x\nformula: words\ncondition: {Y("> " + v)}\n");
        string[] formulas = [Injection, "words\"", "words +", "unknown_variable", "(((words"];
        var formulaPaths = new List<string>();
        for (var i = 0; i < formulas.Length; i++)
        {
            formulaPaths.Add(Path.Combine(_root, "Style", $"F{i}.yml"));
            File.WriteAllText(formulaPaths[i], $"extends: metric\nmessage: x\nformula: {Y(formulas[i])}\ncondition: '> 8'\n");
        }

        // Numbers the DSL reads are kept, however large.
        File.WriteAllText(Path.Combine(_root, "Style", "Big.yml"), "extends: metric\nmessage: x\nformula: words\ncondition: '> 99999999999999999999999'\n");
        File.WriteAllText(Path.Combine(_root, "Style", "Negative.yml"), "extends: metric\nmessage: x\nformula: words / sentences\ncondition: '< -1.5'\n");

        var import = ImportAndCompile();

        AssertSkippedNaming(import, paths, [.. conditions.Select(c => "> " + c)], "condition");
        for (var i = 0; i < formulas.Length; i++)
        {
            Assert.Contains("Style.F" + i, import.SkippedRules);
            Assert.Contains(import.Diagnostics, d => d.IsError && d.Path == formulaPaths[i] && d.Message.Contains("formula", StringComparison.Ordinal));
        }

        Assert.Contains("Style.Big", import.Rules.Select(r => r.ValeName));
        Assert.Contains("Style.Negative", import.Rules.Select(r => r.ValeName));
    }

    [Fact]
    public void Sequence_skip_that_is_not_a_small_whole_number_skips_the_rule()
    {
        var paths = WriteAll(Values, v => $"extends: sequence\nmessage: x\ntokens:\n  - pattern: a\n    skip: {Y(v)}\n  - pattern: b\n");
        AssertSkippedNaming(ImportAndCompile(), paths, Values, "skip");
    }

    [Fact]
    public void Level_and_booleans_with_other_values_import_with_a_warning()
    {
        var levels = WriteAll(Values, v => $"extends: existence\nmessage: x\nlevel: {Y(v)}\ntokens:\n  - foo\n");
        var booleans = new List<string>();
        foreach (var key in new[] { "ignorecase", "nonword" })
        {
            var path = Path.Combine(_root, "Style", $"B{key}.yml");
            File.WriteAllText(path, $"extends: existence\nmessage: x\n{key}: {Y(Injection)}\ntokens:\n  - foo\n");
            booleans.Add(path);
        }

        File.WriteAllText(Path.Combine(_root, "Style", "Repeat.yml"), $"extends: repetition\nmessage: x\nalpha: {Y(Injection)}\ntokens:\n  - '[^\\s]+'\n");
        File.WriteAllText(Path.Combine(_root, "Style", "Yaml11.yml"), "extends: existence\nmessage: x\nignorecase: on\ntokens:\n  - foo\n");

        var import = ImportAndCompile();

        for (var i = 0; i < levels.Count; i++)
        {
            Assert.Contains("Style.R" + i, import.Rules.Select(r => r.ValeName));
            Assert.Contains(import.Diagnostics, d => !d.IsError && d.Path == levels[i] && d.Message.Contains("level", StringComparison.Ordinal) && d.Message.Contains(Values[i].Replace("\n", "\\n", StringComparison.Ordinal), StringComparison.Ordinal));
            Assert.Contains("severity    info", import.Files[$"Style.R{i}.rules"], StringComparison.Ordinal);
        }

        foreach (var path in booleans)
        {
            Assert.Contains(import.Diagnostics, d => !d.IsError && d.Path == path && d.Message.Contains("is not true or false", StringComparison.Ordinal));
        }

        Assert.Contains(import.Diagnostics, d => !d.IsError && d.Message.StartsWith("'alpha: ", StringComparison.Ordinal));
        Assert.Contains("/mi", import.Files["Style.Yaml11.rules"], StringComparison.Ordinal);
        Assert.DoesNotContain(import.Diagnostics, d => d.Path.EndsWith("Yaml11.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void Extends_and_scope_with_hostile_values_skip_the_rule()
    {
        var kinds = WriteAll(Values, v => $"extends: {Y(v)}\nmessage: x\ntokens:\n  - foo\n");
        for (var i = 0; i < Values.Length; i++)
        {
            File.WriteAllText(Path.Combine(_root, "Style", $"S{i}.yml"), $"extends: existence\nmessage: x\nscope: {Y(Values[i])}\ntokens:\n  - foo\n");
        }

        var import = ImportAndCompile();

        Assert.Equal(["Style.Good"], import.Rules.Select(r => r.ValeName));
        Assert.All(kinds, path => Assert.Contains(import.Diagnostics, d => d.IsError && d.Path == path && d.Id == ValeDiagnosticIds.UnknownKind));
    }

    [Fact]
    public void Text_values_are_escaped_in_every_field_and_the_pack_compiles()
    {
        var templates = new (string Name, Func<string, string> Yaml)[]
        {
            ("Message", v => $"extends: existence\nmessage: {Y(v)}\ntokens:\n  - foo\n"),
            ("Description", v => $"extends: existence\nmessage: x\ndescription: {Y(v)}\ntokens:\n  - foo\n"),
            ("Link", v => $"extends: existence\nmessage: x\nlink: {Y(v)}\ntokens:\n  - foo\n"),
            ("Token", v => $"extends: existence\nmessage: x\ntokens:\n  - {Y(v)}\n"),
            ("Raw", v => $"extends: existence\nmessage: x\nraw:\n  - {Y(v)}\n"),
            ("Exception", v => $"extends: existence\nmessage: x\ntokens:\n  - foo\nexceptions:\n  - {Y(v)}\n"),
            ("SwapFrom", v => $"extends: substitution\nmessage: \"Use '%s'\"\nswap:\n  {Y(v)}: bar\n"),
            ("SwapFromCased", v => $"extends: substitution\nmessage: \"Use '%s'\"\nignorecase: true\nnonword: true\nswap:\n  {Y(v)}: bar\n"),
            ("SwapTo", v => $"extends: substitution\nmessage: \"Use '%s'\"\nignorecase: true\naction:\n  name: replace\nswap:\n  foo: {Y(v)}\n"),
            ("ActionParam", v => $"extends: existence\nmessage: x\naction:\n  name: replace\n  params:\n    - {Y(v)}\ntokens:\n  - foo\n"),
            ("ActionName", v => $"extends: existence\nmessage: x\naction:\n  name: {Y(v)}\ntokens:\n  - foo\n"),
            ("Occurrence", v => $"extends: occurrence\nmessage: x\nmax: 3\ntoken: {Y(v)}\n"),
            ("Repetition", v => $"extends: repetition\nmessage: x\ntokens:\n  - {Y(v)}\n"),
            ("Either", v => $"extends: consistency\nmessage: x\neither:\n  {Y(v)}: {Y(v + "2")}\n"),
            ("First", v => $"extends: conditional\nmessage: x\nfirst: {Y(v)}\nsecond: b\nexceptions:\n  - {Y(v)}\n"),
            ("Indicator", v => $"extends: capitalization\nmessage: x\nmatch: $title\nindicators:\n  - {Y(v)}\nexceptions:\n  - {Y(v)}\n"),
            ("Filter", v => $"extends: spelling\nmessage: x\nfilters:\n  - {Y(v)}\n"),
            ("Dictionary", v => $"extends: spelling\nmessage: x\ndictionaries:\n  - en\n  - {Y(v)}\n"),
            ("Ignore", v => $"extends: spelling\nmessage: x\nignore:\n  - {Y(v)}\n"),
            ("Pattern", v => $"extends: sequence\nmessage: x\ntokens:\n  - pattern: {Y(v)}\n"),
            ("Tag", v => $"extends: sequence\nmessage: x\ntokens:\n  - tag: {Y(v)}\n    pattern: a\n"),
        };
        foreach (var (name, yaml) in templates)
        {
            for (var i = 0; i < Texts.Length; i++)
            {
                File.WriteAllText(Path.Combine(_root, "Style", $"{name}{i}.yml"), yaml(Texts[i]));
            }
        }

        var import = ImportAndCompile();

        // Texts are escaped, not refused: the message keeps its newline and its quote.
        Assert.Contains("Style.Message0", import.Rules.Select(r => r.ValeName));
        Assert.Contains("message     \"1\\n  title \\\"INJECTED\\\"\"", import.Files["Style.Message0.rules"], StringComparison.Ordinal);
        Assert.Contains("Style.Token0", import.Rules.Select(r => r.ValeName));
        Assert.Contains("Style.Raw2", import.Rules.Select(r => r.ValeName));
    }

    [Fact]
    public void Blank_swap_keys_skip_the_rule()
    {
        File.WriteAllText(Path.Combine(_root, "Style", "Blank.yml"), "extends: substitution\nmessage: x\nnonword: true\nswap:\n  ' ': bar\n  foo: bar\n");

        var import = ImportAndCompile();

        Assert.Contains("Style.Blank", import.SkippedRules);
    }

    [Fact]
    public void File_and_style_names_cannot_break_the_pack()
    {
        // A line break in a file name (allowed on Linux) would end the header comment.
        var style = Path.Combine(_root, "Style");
        File.WriteAllText(Path.Combine(style, "Evil\nrule X0001 evil.yml"), "extends: existence\nmessage: x\ntokens:\n  - foo\n");
        File.WriteAllText(Path.Combine(style, "日本.yml"), "extends: existence\nmessage: x\ntokens:\n  - foo\n");
        File.WriteAllText(Path.Combine(style, "Foo-Bar.yml"), "extends: existence\nmessage: x\ntokens:\n  - foo\n");
        File.WriteAllText(Path.Combine(style, "FooBar.yml"), "extends: existence\nmessage: x\ntokens:\n  - foo\n");
        File.WriteAllText(Path.Combine(style, "Twin.yml"), "extends: existence\nmessage: x\ntokens:\n  - foo\n");
        File.WriteAllText(Path.Combine(style, "Twin.yaml"), "extends: existence\nmessage: x\ntokens:\n  - bar\n");

        var import = ImportAndCompile(options: new ValeImportOptions { SourceBaseUrl = "https://x\nrule Y0001 z" });

        Assert.Contains("Style.Twin", import.SkippedRules);
        Assert.Contains(import.Diagnostics, d => d is { Id: ValeDiagnosticIds.Conflict, IsError: true } && d.Path.Contains("Twin.y", StringComparison.Ordinal));
        Assert.Equal(5, import.Rules.Length);
    }

    [Fact]
    public void Two_styles_with_the_same_id_letters_and_rule_names_compile_together()
    {
        foreach (var style in new[] { "My-Style", "MyStyle" })
        {
            Directory.CreateDirectory(Path.Combine(_root, style));
            File.WriteAllText(Path.Combine(_root, style, "Terms.yml"), "extends: existence\nmessage: x\ntokens:\n  - foo\n");
        }

        var ini = Path.Combine(_root, ".vale.ini");
        File.WriteAllText(ini, "StylesPath = .\n[*]\nBasedOnStyles = My-Style, MyStyle\n");

        var import = ImportAndCompile(ini);

        Assert.Equal(2, import.Rules.Select(r => r.RuleId).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_hostile_language_is_an_error_and_the_pack_is_written_in_english()
    {
        WriteAll([], _ => string.Empty);
        var import = ImportAndCompile(options: new ValeImportOptions { Language = "en\nrule X0001 evil" });

        Assert.Contains(import.Diagnostics, d => d is { Id: ValeDiagnosticIds.Configuration, IsError: true });
        Assert.Contains("\nlanguage en\n", import.Files["pack.rules"], StringComparison.Ordinal);
    }

    [Fact]
    public void Ignore_files_outside_the_styles_folder_are_not_read()
    {
        var outside = Path.Combine(Path.GetTempPath(), "rulessdk-vale-outside-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(outside, "secretword\n");
        try
        {
            File.WriteAllText(Path.Combine(_root, "Style", "Spell.yml"), $"extends: spelling\nmessage: x\nignore:\n  - {Y(outside)}\n  - ../../{Path.GetFileName(outside)}\n");

            var import = ImportAndCompile();

            Assert.DoesNotContain("secretword", import.Files["Style.Spell.rules"], StringComparison.Ordinal);
            Assert.Equal(2, import.Diagnostics.Count(d => d.Message.Contains("not found beside the rule", StringComparison.Ordinal)));
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void Nested_tokens_and_anchor_bombs_are_refused_with_an_accurate_message()
    {
        var bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
        var previous = "a";
        for (var level = 'b'; level <= 'i'; level++)
        {
            bomb += $"{level}: &{level} [{string.Join(',', Enumerable.Repeat("*" + previous, 9))}]\n";
            previous = level.ToString();
        }

        File.WriteAllText(Path.Combine(_root, "Style", "Bomb.yml"), bomb + $"extends: existence\nmessage: x\ntokens: *{previous}\n");
        File.WriteAllText(Path.Combine(_root, "Style", "Deep.yml"), "extends: existence\nmessage: x\ntokens: " + new string('[', 5000) + "a" + new string(']', 5000) + "\n");
        File.WriteAllText(Path.Combine(_root, "Style", "Nested.yml"), "extends: repetition\nmessage: x\ntokens:\n  - a\n  - [b, c]\n");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var import = ImportAndCompile();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), clock.Elapsed.ToString());
        Assert.Contains("Style.Bomb", import.SkippedRules);
        Assert.Contains("Style.Deep", import.SkippedRules);
        Assert.Contains("Style.Nested", import.SkippedRules);
        Assert.DoesNotContain(import.Diagnostics, d => d.Message.Contains("needs 'tokens'", StringComparison.Ordinal));
        Assert.Contains(import.Diagnostics, d => d.Path.EndsWith("Nested.yml", StringComparison.Ordinal) && d.Line == 5 && d.Message.Contains("is a list", StringComparison.Ordinal));
    }
}
