using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace RulesSdk.Vale;

/// <summary>
/// Imports Vale styles as one DSL pack: a <c>pack.rules</c> header and one <c>.rules</c> file per
/// Vale rule. PATH is a style folder (YAML rules), or a <c>.vale.ini</c> (or a folder holding one),
/// whose <c>StylesPath</c> and <c>BasedOnStyles</c> name the styles and whose rule settings turn
/// rules off or change their level. A rule that cannot be imported is skipped with its errors; the
/// rest of the style still imports.
/// </summary>
public static partial class ValeImporter
{
    public static ValeImport Import(string path, ValeImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new ValeImportOptions();
        var full = System.IO.Path.GetFullPath(path);
        var diagnostics = new List<ValeDiagnostic>();
        ValeConfig? config = null;
        var styleFolders = new List<string>();
        var ini = File.Exists(full) ? full : System.IO.Path.Combine(full, ".vale.ini");
        if (File.Exists(ini) && (File.Exists(full) || !Directory.EnumerateFiles(full, "*.yml").Any()))
        {
            config = ValeConfig.Read(ini);
            diagnostics.AddRange(config.Diagnostics);
            var stylesPath = System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(ini)!, config.StylesPath));
            var styles = config.BasedOnStyles.Concat(config.RuleSettings.Keys.Select(k => k.Split('.')[0])).Distinct(StringComparer.Ordinal);
            foreach (var style in styles)
            {
                var folder = System.IO.Path.Combine(stylesPath, style);
                var line = config.StyleLines.GetValueOrDefault(style, 1);
                if (Directory.Exists(folder))
                {
                    styleFolders.Add(folder);
                    if (!RuleFiles(folder).Any())
                    {
                        // A folder of no rules (a typo, or '/etc') imports nothing: say so, or "imported 0 rules" reads as success.
                        diagnostics.Add(new ValeDiagnostic(ValeDiagnosticIds.Configuration, false, $"style '{DslText.Shown(style)}' holds no Vale rule (no .yml or .yaml file in {System.IO.Path.GetFullPath(folder)}): nothing is imported from it", ini, line, 1));
                    }
                }
                else
                {
                    diagnostics.Add(new ValeDiagnostic(ValeDiagnosticIds.Configuration, style != "Vale", style == "Vale"
                        ? "the built-in 'Vale' style (spelling, repetition, terms) is not imported"
                        : $"style '{style}' not found (looked for {folder})", ini, line, 1));
                }
            }
        }
        else if (Directory.Exists(full))
        {
            styleFolders.Add(full);
        }
        else
        {
            throw new FileNotFoundException($"No Vale style folder or .vale.ini at '{path}'.", path);
        }

        var language = options.Language;
        if (language is null || !LanguageName().IsMatch(language))
        {
            diagnostics.Add(new ValeDiagnostic(ValeDiagnosticIds.Configuration, true, $"language '{DslText.Shown(language ?? string.Empty)}' is not a language name (such as en, fr, en-US): the pack is written as 'en'", full, 1, 1));
            language = "en";
        }

        var files = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var listNames = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        var rules = ImmutableArray.CreateBuilder<ValeImportedRule>();
        var skipped = ImmutableArray.CreateBuilder<string>();
        foreach (var folder in styleFolders)
        {
            var style = System.IO.Path.GetFileName(folder.TrimEnd(System.IO.Path.DirectorySeparatorChar));
            // "My-Style" and "MyStyle" give the same letters: a second style gets B, C… so that rule ids stay unique.
            var prefix = IdPrefix(style);
            for (var letter = 'B'; !prefixes.Add(prefix); letter++)
            {
                prefix = IdPrefix(style) + (letter <= 'Z' ? letter.ToString() : "X" + new string('Z', letter - 'Z'));
            }

            var ymls = RuleFiles(folder).Order(StringComparer.Ordinal).ToList();
            for (var i = 0; i < ymls.Count; i++)
            {
                var yml = ymls[i];
                var name = System.IO.Path.GetFileNameWithoutExtension(yml);
                var relative = style + "/" + System.IO.Path.GetFileName(yml);
                var source = options.SourceBaseUrl is { } baseUrl ? baseUrl.TrimEnd('/') + "/" + relative : relative;
                var ruleId = prefix + (i + 1).ToString("D4", CultureInfo.InvariantCulture);
                var fileName = style + "." + name + ".rules";
                var translator = new ValeRuleTranslator(style, name, yml, source, ruleId, config, diagnostics, listNames);
                if (files.ContainsKey(fileName))
                {
                    // Rule.yml and Rule.yaml: one Vale name, one file name.
                    diagnostics.Add(new ValeDiagnostic(ValeDiagnosticIds.Conflict, true, $"rule {translator.ValeName} is already imported from another file of the same name", yml, 1, 1));
                    skipped.Add(translator.ValeName);
                    continue;
                }

                string? text;
                try
                {
                    text = translator.Translate(File.ReadAllText(yml));
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // One rule the translator cannot handle costs that rule only, never the rest of the style.
                    diagnostics.Add(new ValeDiagnostic(ValeDiagnosticIds.MalformedYaml, true, $"the rule could not be imported: {ex.Message}", yml, 1, 1));
                    text = null;
                }

                if (text is null)
                {
                    skipped.Add(translator.ValeName);
                    continue;
                }

                files[fileName] = text;
                rules.Add(new ValeImportedRule(translator.ValeName, ruleId, fileName, yml, translator.Kind));
            }
        }

        var packId = styleFolders.Count == 1 ? DslText.KebabName(System.IO.Path.GetFileName(styleFolders[0].TrimEnd(System.IO.Path.DirectorySeparatorChar))) : "vale-styles";
        files["pack.rules"] = Header(packId, styleFolders, language, rules.Count, skipped.Count);
        return new ValeImport(packId, files.ToImmutable(), rules.ToImmutable(), [.. diagnostics], skipped.ToImmutable());
    }

    private static IEnumerable<string> RuleFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.yml").Concat(Directory.EnumerateFiles(folder, "*.yaml"));

    private static string Header(string packId, List<string> styleFolders, string language, int imported, int skipped)
    {
        var styles = string.Join(", ", styleFolders.Select(f => System.IO.Path.GetFileName(f.TrimEnd(System.IO.Path.DirectorySeparatorChar))));
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"# {DslText.Comment($"Imported from the Vale style(s) {styles} by `docrules import vale`: {imported} rules, {skipped} skipped.")}\n");
        builder.Append("# One file per Vale rule; edit them freely (the import does not need to be run again).\n");
        builder.Append(CultureInfo.InvariantCulture, $"pack {packId} {DslText.String(styles + " (imported from Vale)")}\n");
        builder.Append(CultureInfo.InvariantCulture, $"language {language}\n");
        return builder.ToString();
    }

    /// <summary>What the DSL reads after 'language' (a name), limited to the shape of a language tag.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\A[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*\z")]
    private static partial System.Text.RegularExpressions.Regex LanguageName();

    private static string IdPrefix(string style)
    {
        var letters = new string([.. style.Where(char.IsAsciiLetter).Select(char.ToUpperInvariant)]);
        return letters.Length == 0 ? "VALE" : letters;
    }
}
