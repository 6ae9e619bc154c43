using System.Collections.Concurrent;
using System.Globalization;
using RulesSdk.Analyzers;
using RulesSdk.Configuration;
using RulesSdk.Diagnostics;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.LanguageServer.Server;

/// <summary>
/// Analyses open documents. Results are cached per document, keyed by the text's content hash, the
/// pack set version and the configuration file's stamp: a document is analysed again only when one
/// of them changed (an edit, a recompiled pack, an edited <c>.docrules.json</c>). When it is, one
/// <see cref="BlockResultCache"/> shared by every document lets the driver run block, sentence and
/// line actions only on the paragraphs that changed; it is cleared when the packs or the
/// configuration change. One driver is kept per configuration file (or folder without one), for
/// the current packs and the file's current stamp: an edited configuration replaces its driver.
/// A text over the configuration's <c>maxFileSize</c> is not analysed (as <c>docrules check</c> skips such
/// files): its snapshot is one DR0007 at the start.
/// </summary>
internal sealed class DocumentAnalysis
{
    private readonly ConcurrentDictionary<string, AnalysisSnapshot> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Key, AnalyzerDriver Driver)> _drivers = new(StringComparer.Ordinal);
    private readonly Lock _driversGate = new();
    private readonly ConfigurationStore _configurations;
    private readonly BlockResultCache _blocks = new(BlockCapacity);

    // Entries are (analyzer, block) pairs that reported or looked at something: a 100 KB document
    // with the built-in packs needs a few thousand.
    private const int BlockCapacity = 100_000;

    public DocumentAnalysis(ConfigurationStore configurations) => _configurations = configurations;

    /// <summary>How many analyses actually ran (for tests of the cache).</summary>
    public int RunCount => _runCount;

    /// <summary>The per-paragraph results shared by every document.</summary>
    public BlockResultCache Blocks => _blocks;

    /// <summary>How many analyzer drivers are kept (for tests: one per configuration in use).</summary>
    public int DriverCount
    {
        get
        {
            lock (_driversGate)
            {
                return _drivers.Count;
            }
        }
    }

    private int _runCount;

    public AnalysisSnapshot Analyze(OpenDocument document, PackSet packs, string fallbackRoot, CancellationToken cancellationToken)
    {
        var (configuration, configSlot, configKey) = _configurations.Get(DirectoryOf(document), fallbackRoot);
        if (SizeOverLimit(document.Text, configuration.MaxFileSizeBytes) is { } size)
        {
            // Not analysed, as docrules check skips such files; nor cached, so no older version's text is kept either.
            _cache.TryRemove(document.Uri, out _);
            return TooLarge(document, packs, configuration, configSlot, configKey, size);
        }

        var key = $"{document.Text.GetContentHash()}|{packs.Version}|{configKey}|{document.Kind}";
        if (_cache.TryGetValue(document.Uri, out var cached) && cached.Key == key)
        {
            return cached.Version == document.Version ? cached : cached with { Version = document.Version };
        }

        var driver = Driver(packs, configuration, configSlot, configKey);
        var relative = RelativePath(document, configuration.BaseDirectory);
        var textDocument = new TextDocument(
            DocumentId.FromPath(document.Uri),
            relative,
            document.Text,
            document.Kind,
            configuration.GetLanguage(relative),
            document.Version,
            configuration.GetOptions(relative));
        var result = driver.Analyze(textDocument, cancellationToken);
        Interlocked.Increment(ref _runCount);
        var snapshot = new AnalysisSnapshot(key, document.Version, textDocument, result.Diagnostics, packs, driver);
        _cache[document.Uri] = snapshot;
        return snapshot;
    }

    public void Forget(string uri) => _cache.TryRemove(uri, out _);

    /// <summary>The text's UTF-8 size when it is over <paramref name="maxBytes"/> (the limit is in bytes, as for files); otherwise null.</summary>
    internal static long? SizeOverLimit(SourceText text, long maxBytes) => new EditedText(text).Utf8LengthOver(maxBytes);

    /// <summary>The configuration's <c>maxFileSize</c> for a document.</summary>
    public long MaxFileSizeBytes(OpenDocument document, string fallbackRoot) =>
        _configurations.Get(DirectoryOf(document), fallbackRoot).Configuration.MaxFileSizeBytes;

    /// <summary>
    /// The DR0007 snapshot of a document whose text was not built because it is <paramref name="size"/> UTF-8
    /// bytes, over the limit (<see cref="OpenDocuments.Get(string, Func{OpenDocument, long}, out long?)"/>).
    /// </summary>
    public AnalysisSnapshot TooLarge(OpenDocument document, long size, PackSet packs, string fallbackRoot)
    {
        var (configuration, configSlot, configKey) = _configurations.Get(DirectoryOf(document), fallbackRoot);
        _cache.TryRemove(document.Uri, out _);
        return TooLarge(document, packs, configuration, configSlot, configKey, size);
    }

    /// <summary>One DR0007 at the start of the document, in place of its analysis.</summary>
    private AnalysisSnapshot TooLarge(OpenDocument document, PackSet packs, DocRulesConfiguration configuration, string configSlot, string configKey, long size)
    {
        var relative = RelativePath(document, configuration.BaseDirectory);
        var textDocument = new TextDocument(DocumentId.FromPath(document.Uri), relative, document.Text, document.Kind, declaredLanguage: null, document.Version);
        var diagnostic = Diagnostic.Create(
            SdkDiagnostics.DocumentTooLarge,
            Location.Create(relative, document.Text, new TextSpan(0, 0)),
            size.ToString("N0", CultureInfo.InvariantCulture),
            BoundedFile.DescribeLimit(configuration.MaxFileSizeBytes));
        var key = $"too-large|{size}|{packs.Version}|{configKey}";
        return new AnalysisSnapshot(key, document.Version, textDocument, [diagnostic], packs, Driver(packs, configuration, configSlot, configKey));
    }

    private AnalyzerDriver Driver(PackSet packs, DocRulesConfiguration configuration, string configSlot, string configKey)
    {
        var driverKey = packs.Version + "|" + configKey;
        lock (_driversGate)
        {
            if (_drivers.TryGetValue(configSlot, out var entry) && entry.Key == driverKey)
            {
                return entry.Driver;
            }

            // A new pack set or configuration: the block results of the old ones are never used again.
            _blocks.Clear();

            // Nor are the drivers of older pack versions, or of this configuration's older stamps (replaced below).
            foreach (var slot in _drivers.Where(d => !d.Value.Key.StartsWith(packs.Version + "|", StringComparison.Ordinal)).Select(d => d.Key).ToList())
            {
                _drivers.Remove(slot);
            }

            var driver = new AnalyzerDriver(packs.Analyzers, new AnalyzerDriverOptions { Configuration = configuration, MaxDegreeOfParallelism = 1, BlockCache = _blocks });
            _drivers[configSlot] = (driverKey, driver);
            return driver;
        }
    }

    private static string? DirectoryOf(OpenDocument document) =>
        document.LocalPath is null ? null : Path.GetDirectoryName(document.LocalPath);

    private static string RelativePath(OpenDocument document, string baseDirectory)
    {
        if (document.LocalPath is null)
        {
            return Uri.TryCreate(document.Uri, UriKind.Absolute, out var uri) ? Path.GetFileName(uri.AbsolutePath) : document.Uri;
        }

        var relative = Path.GetRelativePath(baseDirectory, document.LocalPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? Path.GetFileName(document.LocalPath)
            : relative.Replace('\\', '/');
    }
}
