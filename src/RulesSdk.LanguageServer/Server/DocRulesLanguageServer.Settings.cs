using System.Collections.Immutable;
using System.Text.Json;
using RulesSdk.LanguageServer.Protocol;

namespace RulesSdk.LanguageServer.Server;

/// <summary>
/// Settings per workspace folder. The client's <c>docrules</c> settings (initializationOptions,
/// didChangeConfiguration) apply everywhere; a client that answers <c>workspace/configuration</c>
/// (VS Code with resource-scoped settings, Neovim from its <c>settings</c>) is asked for each
/// folder's own values, which apply to the documents inside that folder. Each folder's
/// <c>rulesPaths</c> are resolved against that folder and their packs loaded.
/// </summary>
internal sealed partial class DocRulesLanguageServer
{
    /// <summary>The settings of the innermost workspace folder holding the document, else the client's.</summary>
    private ServerSettings SettingsFor(OpenDocument? document)
    {
        var folders = _folderSettings;
        if (document?.LocalPath is not { } path || folders.IsEmpty)
        {
            return _settings;
        }

        var folder = folders.Keys.Where(root => DocumentUris.IsUnder(path, root)).MaxBy(root => root.Length);
        return folder is null ? _settings : folders[folder];
    }

    private TimeSpan DocumentDebounce(OpenDocument document) => SettingsFor(document).DocumentDebounce ?? _options.DocumentDebounce;

    /// <summary>The client's settings with every folder's extra packs added, as full paths.</summary>
    private ServerSettings PackSettings()
    {
        var settings = _settings;
        var folderPaths = _folderSettings.SelectMany(folder => folder.Value.RulesPaths.Select(p => Path.GetFullPath(p, folder.Key)));
        return settings with { RulesPaths = [.. settings.RulesPaths.Concat(folderPaths).Distinct(StringComparer.Ordinal)] };
    }

    private async Task RefreshFolderSettingsAsync()
    {
        var roots = _roots;
        if (!_client.Configuration || roots.IsEmpty)
        {
            return;
        }

        var items = roots.Select(root => new ConfigurationItem(DocumentUris.FromLocalPath(root), "docrules")).ToArray();
        var answers = await RequestAsync<JsonElement[]>("workspace/configuration", new ConfigurationParams(items)).ConfigureAwait(false);
        if (answers is null || answers.Length != roots.Length)
        {
            return;
        }

        var before = PackSettings().RulesPaths;
        var folders = ImmutableDictionary.CreateBuilder<string, ServerSettings>(StringComparer.Ordinal);
        for (var i = 0; i < roots.Length; i++)
        {
            folders[roots[i]] = ServerSettings.Read(answers[i], _settings);
        }

        _folderSettings = folders.ToImmutable();
        if (!before.SequenceEqual(PackSettings().RulesPaths, StringComparer.Ordinal))
        {
            _packsReady = RebuildPacksAsync(reanalyse: true);
        }
        else
        {
            ReanalyseAll();
        }
    }
}
