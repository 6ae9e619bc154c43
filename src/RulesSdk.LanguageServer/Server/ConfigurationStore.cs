using System.Collections.Concurrent;
using RulesSdk.Configuration;

namespace RulesSdk.LanguageServer.Server;

/// <summary>
/// The <c>.docrules.json</c> that applies to a document: the nearest one above it, re-read when the
/// file changes. A malformed file is reported once and the defaults apply until it is fixed.
/// </summary>
internal sealed class ConfigurationStore
{
    private readonly ConcurrentDictionary<string, (DateTime Stamp, DocRulesConfiguration? Configuration, string? Error)> _loaded = new(StringComparer.Ordinal);
    private readonly Action<string> _report;

    public ConfigurationStore(Action<string> report) => _report = report;

    /// <summary>
    /// The configuration for a document in <paramref name="directory"/>; <c>Slot</c> names where it comes
    /// from (the file, or no file for a base folder) and <c>Key</c> changes with its content as well.
    /// </summary>
    public (DocRulesConfiguration Configuration, string Slot, string Key) Get(string? directory, string fallbackBase)
    {
        var path = directory is null ? null : DocRulesConfiguration.Find(directory);
        if (path is null)
        {
            var none = "none:" + fallbackBase;
            return (DocRulesConfiguration.Empty with { BaseDirectory = fallbackBase }, none, none);
        }

        DateTime stamp;
        try
        {
            stamp = File.GetLastWriteTimeUtc(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stamp = DateTime.MinValue;
        }

        if (!_loaded.TryGetValue(path, out var entry) || entry.Stamp != stamp)
        {
            try
            {
                entry = (stamp, DocRulesConfiguration.Load(path), null);
            }
            catch (ConfigurationException ex)
            {
                entry = (stamp, null, ex.Message);
                _report(ex.Message);
            }

            _loaded[path] = entry;
        }

        var configuration = entry.Configuration ?? DocRulesConfiguration.Empty with { BaseDirectory = Path.GetDirectoryName(path)! };
        return (configuration, path, path + "@" + stamp.Ticks);
    }
}
