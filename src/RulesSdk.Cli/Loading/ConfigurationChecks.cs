using RulesSdk.Configuration;
using RulesSdk.Syntax;

namespace RulesSdk.Cli.Loading;

/// <summary>
/// Configuration values that parse but mean nothing for the loaded packs, reported as warnings naming
/// the file and the key: a rule id no loaded pack defines (a typo silences nothing and configures
/// nothing), a language no loaded rule is written for (its documents get no language-specific rule).
/// They are warnings, not errors: the same file serves runs with other packs (--no-builtin, --rules).
/// </summary>
public static class ConfigurationChecks
{
    public static void WarnAboutUnknownNames(DocRulesConfiguration configuration, RuleCatalog catalog, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(error);
        if (configuration.SourcePath is not { } file)
        {
            return;
        }

        foreach (var id in configuration.Rules.Keys.Order(StringComparer.Ordinal))
        {
            WarnIfUnknownRule(file, "rules", id, catalog, error);
        }

        var languages = catalog.Analyzers
            .SelectMany(a => a.SupportedLanguages.IsDefault ? [] : a.SupportedLanguages)
            .Select(DocumentLanguage.Normalize)
            .Where(l => l != DocumentLanguage.Unknown && l != "any")
            .ToHashSet(StringComparer.Ordinal);
        WarnIfUnknownLanguage(file, "language", configuration.Language, languages, error);
        for (var i = 0; i < configuration.Overrides.Length; i++)
        {
            var item = configuration.Overrides[i];
            foreach (var id in item.Rules.Keys.Order(StringComparer.Ordinal))
            {
                WarnIfUnknownRule(file, $"overrides[{i}].rules", id, catalog, error);
            }

            WarnIfUnknownLanguage(file, $"overrides[{i}].language", item.Language, languages, error);
        }
    }

    private static void WarnIfUnknownRule(string file, string key, string id, RuleCatalog catalog, TextWriter error)
    {
        if (catalog.Find(id) is null)
        {
            error.WriteLine($"{file}: warning: {key}.{id}: no loaded rule has this id, so the setting does nothing (docrules list shows the loaded rules)");
        }
    }

    private static void WarnIfUnknownLanguage(string file, string key, string? language, HashSet<string> known, TextWriter error)
    {
        if (language is null || known.Count == 0 || known.Contains(DocumentLanguage.Normalize(language)))
        {
            return;
        }

        error.WriteLine($"{file}: warning: {key}: no loaded rule is written for language '{language}' (loaded: {string.Join(", ", known.Order(StringComparer.Ordinal))}); its documents get no language-specific rule");
    }
}
