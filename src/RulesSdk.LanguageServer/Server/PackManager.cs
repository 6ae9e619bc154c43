using System.Collections.Immutable;
using RulesSdk.Configuration;
using RulesSdk.Dsl;
using RulesSdk.Dsl.Assemblies;

namespace RulesSdk.LanguageServer.Server;

/// <summary>
/// Compiles the packs in use: the built-in packs, the project's <c>rulePacks</c> and the client's
/// <c>docrules.rulesPaths</c>, and loads the project's C# <c>analyzers</c>. A pack whose files did not change is reused; a pack that stops
/// compiling keeps its last good version in use, and its errors are reported on its files.
/// </summary>
internal sealed class PackManager
{
    private readonly LanguageServerOptions _options;
    private readonly Func<string, string?> _readOpenDocument;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, CompiledPack> _compiled = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RulePack> _lastGood = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Key, RulePack? Pack, ImmutableArray<string> Problems)> _analyzerPacks = new(StringComparer.Ordinal);
    private volatile PackSet _current = PackSet.Empty;
    private ImmutableArray<PackSpec> _specs = [];
    private ImmutableArray<string> _inputFiles = [];
    private int _version;

    /// <param name="readOpenDocument">The editor's text of an open file by full path, or null.</param>
    public PackManager(LanguageServerOptions options, Func<string, string?> readOpenDocument)
    {
        _options = options;
        _readOpenDocument = readOpenDocument;
    }

    public PackSet Current => _current;

    /// <summary>The files other than <c>.rules</c> the packs in use read (lists, imports): a change to one rebuilds them.</summary>
    public ImmutableArray<string> InputFiles => _inputFiles;

    /// <summary>Recompiles what changed (examples run) and makes the result current.</summary>
    public async Task<PackBuildResult> RebuildAsync(ServerSettings settings, IReadOnlyList<string> roots, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var problems = new List<string>();
            var analyzerPaths = new List<string>();
            var specs = CollectSpecs(settings, roots, problems, analyzerPaths);
            var diagnostics = new List<DslDiagnostic>();
            var packs = new List<RulePack>();
            var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var spec in specs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var key = spec.ContentKey;
                if (!_compiled.TryGetValue(spec.Origin, out var entry) || entry.Key != key || !InputsUnchanged(entry))
                {
                    var reads = new Dictionary<string, int>(StringComparer.Ordinal);
                    var options = _options.PackOptions with { RunExamples = true, ReadFile = spec.IsBuiltIn ? _options.ReadBuiltInFile ?? (_ => null) : path => Recorded(path, reads) };
                    var precompiled = spec.IsBuiltIn && _options.PrecompiledBuiltIns is { } assembly ? RulePack.FromPrecompiled(assembly, spec.Sources, options) : null;
                    if (precompiled is not null)
                    {
                        entry = new CompiledPack(key, precompiled, [], []);
                    }
                    else
                    {
                        var compilation = await Task.Run(() => RulePack.Compile(spec.Sources, options), cancellationToken).ConfigureAwait(false);
                        ImmutableArray<(string, int)> inputs;
                        lock (reads)
                        {
                            inputs = [.. reads.Select(r => (r.Key, r.Value))];
                        }

                        entry = new CompiledPack(key, compilation.Success ? compilation.Pack : null, compilation.Diagnostics, inputs);
                    }

                    _compiled[spec.Origin] = entry;
                }

                diagnostics.AddRange(entry.Diagnostics);
                var pack = entry.Pack;
                if (pack is not null)
                {
                    _lastGood[spec.Origin] = pack;
                }
                else if (_lastGood.TryGetValue(spec.Origin, out var previous))
                {
                    problems.Add($"{spec.Origin}: the pack has errors; its last good version stays in use");
                    pack = previous;
                }
                else
                {
                    problems.Add($"{spec.Origin}: the pack has errors and is not loaded");
                    continue;
                }

                var clash = pack.Rules.FirstOrDefault(r => owners.ContainsKey(r.Id));
                if (clash is not null)
                {
                    problems.Add($"{spec.Origin}: rule id {clash.Id} is already defined by {owners[clash.Id]}; the pack is not loaded");
                    continue;
                }

                foreach (var rule in pack.Rules)
                {
                    owners[rule.Id] = spec.Origin;
                }

                packs.Add(pack);
            }

            await AddAnalyzerPacksAsync(analyzerPaths, packs, owners, problems, cancellationToken).ConfigureAwait(false);
            _specs = specs;
            _inputFiles = [.. specs.Where(s => _compiled.ContainsKey(s.Origin)).SelectMany(s => _compiled[s.Origin].Inputs.Select(i => i.Path)).Distinct(StringComparer.Ordinal)];
            var set = new PackSet(Interlocked.Increment(ref _version), [.. packs]);
            _current = set;
            var ruleFiles = specs.Where(s => !s.IsBuiltIn).SelectMany(s => s.Sources.Select(r => r.Path)).ToImmutableArray();
            return new PackBuildResult(set, [.. diagnostics], [.. problems], ruleFiles);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Checks the pack a rule file belongs to as it is typed: parse, bind and emit, no examples, no
    /// disk cache. A file outside the configured packs is checked with the other rule files of its folder.
    /// </summary>
    public RulePackCompilation CheckRuleFile(string path, bool runExamples)
    {
        var spec = _specs.FirstOrDefault(s => s.Contains(path)) ?? FolderSpec(path);
        var options = _options.PackOptions with { RunExamples = runExamples, UseCache = runExamples && _options.PackOptions.UseCache, ReadFile = ReadFile };
        // The spec holds the texts of its last build: read them again, the editor's text first.
        return RulePack.Compile([.. spec.Sources.Select(s => new RuleSource(s.Path, ReadFile(s.Path) ?? s.Text))], options);
    }

    /// <summary>True when <paramref name="path"/> is a file of a pack in use.</summary>
    public bool IsInUse(string path) => _specs.Any(s => s.Contains(path));

    /// <summary>True when <paramref name="path"/> is a list or import file a pack in use read.</summary>
    public bool IsInput(string path) => _inputFiles.Any(f => DocumentUris.SamePath(f, path));

    private bool InputsUnchanged(CompiledPack entry) =>
        entry.Inputs.All(input => Hash(ReadFile(input.Path)) == input.Hash);

    // Throws as the compiler's own reader does, so an unreadable import or list is a DSL0011 / DSL0042 on the file that names it.
    private string? Recorded(string path, Dictionary<string, int> reads)
    {
        string? text = null;
        try
        {
            text = ReadFileOrThrow(path);
            return text;
        }
        finally
        {
            lock (reads)
            {
                reads[Path.GetFullPath(path)] = Hash(text);
            }
        }
    }

    private static int Hash(string? text) => text?.GetHashCode(StringComparison.Ordinal) ?? 0;

    private PackSpec FolderSpec(string path)
    {
        var folder = Path.GetDirectoryName(path) ?? ".";
        var files = new List<string> { path };
        try
        {
            files.AddRange(Directory.GetFiles(folder, "*.rules", SearchOption.TopDirectoryOnly).Where(f => !DocumentUris.SamePath(f, path)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only the file itself, then.
        }

        return new PackSpec(folder, [.. files.Order(StringComparer.Ordinal).Select(f => new RuleSource(f, ReadFile(f) ?? string.Empty))], IsBuiltIn: false);
    }

    /// <summary>
    /// Loads the configurations' C# analyzers (assemblies, or projects built first). An assembly or
    /// project whose files did not change since it was loaded is reused, so a rebuild of the packs
    /// does not rebuild the analyzers' project.
    /// </summary>
    private async Task AddAnalyzerPacksAsync(List<string> paths, List<RulePack> packs, Dictionary<string, string> owners, List<string> problems, CancellationToken cancellationToken)
    {
        foreach (var path in paths.Distinct(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = AnalyzerInputsKey(path);
            if (!_analyzerPacks.TryGetValue(path, out var entry) || entry.Key != key)
            {
                try
                {
                    var pack = await Task.Run(() => RulePack.FromAnalyzers(path, cancellationToken), cancellationToken).ConfigureAwait(false);
                    entry = (key, pack, []);
                }
                catch (AnalyzerAssemblyException ex)
                {
                    entry = (key, null, ex.Problems);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Whatever else loading one assembly throws (an unreadable or endless file, a bad image) is
                    // that entry's problem: the rule packs and the other analyzers stay loaded.
                    entry = (key, null, [$"{path}: error: the analyzers could not be loaded: {ex.GetType().Name}: {ex.Message}"]);
                }

                _analyzerPacks[path] = entry;
            }

            problems.AddRange(entry.Problems);
            if (entry.Pack is not { } loaded)
            {
                continue;
            }

            var clash = loaded.Rules.FirstOrDefault(r => owners.ContainsKey(r.Id));
            if (clash is not null)
            {
                problems.Add($"{path}: rule id {clash.Id} is already defined by {owners[clash.Id]}; the analyzers are not loaded");
                continue;
            }

            foreach (var rule in loaded.Rules)
            {
                owners[rule.Id] = path;
            }

            packs.Add(loaded);
        }
    }

    // The assembly's own time and size; for a project, the newest source file under its folder.
    private static string AnalyzerInputsKey(string path)
    {
        try
        {
            if (!path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            {
                var file = new FileInfo(path);
                return file.Exists ? $"{file.LastWriteTimeUtc.Ticks}:{file.Length}" : "missing";
            }

            var folder = Path.GetDirectoryName(path)!;
            var newest = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => !IsBuildOutput(folder, f))
                .Select(File.GetLastWriteTimeUtc)
                .DefaultIfEmpty(DateTime.MinValue)
                .Max();
            return newest.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "unreadable";
        }
    }

    private static bool IsBuildOutput(string projectFolder, string file)
    {
        var relative = Path.GetRelativePath(projectFolder, file).Replace('\\', '/');
        return relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal);
    }

    private ImmutableArray<PackSpec> CollectSpecs(ServerSettings settings, IReadOnlyList<string> roots, List<string> problems, List<string> analyzerPaths)
    {
        var specs = new List<PackSpec>();
        var root = roots.FirstOrDefault();
        var configurations = new List<DocRulesConfiguration>();
        var found = roots.Select(DocRulesConfiguration.Find).ToList();
        var folderWithDefaults = found.Count == 0 || found.Contains(null);
        foreach (var configPath in found.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            try
            {
                configurations.Add(DocRulesConfiguration.Load(configPath));
            }
            catch (ConfigurationException ex)
            {
                problems.Add(ex.Message);
                folderWithDefaults = true;
            }
        }

        // Every workspace folder's packs are loaded; the built-in ones unless every folder's configuration turns them off.
        if (folderWithDefaults || configurations.Any(c => c.UseBuiltInPacks))
        {
            foreach (var group in _options.BuiltInSources
                .GroupBy(s => FolderOf(s.Path), StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                specs.Add(new PackSpec(group.Key + " (built-in)", [.. group.OrderBy(s => s.Path, StringComparer.Ordinal)], IsBuiltIn: true));
            }
        }

        var paths = new List<string>();
        foreach (var configuration in configurations)
        {
            paths.AddRange(configuration.RulePacks.Select(p => Path.GetFullPath(p, configuration.BaseDirectory)));
            analyzerPaths.AddRange(configuration.Analyzers.Select(p => Path.GetFullPath(p, configuration.BaseDirectory)));
        }

        paths.AddRange(settings.RulesPaths.Select(p => Path.GetFullPath(ExpandHome(p), root ?? Directory.GetCurrentDirectory())));
        foreach (var path in paths.Distinct(StringComparer.Ordinal))
        {
            if (File.Exists(path))
            {
                if (ReadSources([path], problems) is { } sources)
                {
                    specs.Add(new PackSpec(path, sources, IsBuiltIn: false));
                }
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.GetFiles(path, "*.rules", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList();
                if (files.Count == 0)
                {
                    problems.Add($"{path}: no .rules files in this folder");
                    continue;
                }

                if (ReadSources(files, problems) is { } sources)
                {
                    specs.Add(new PackSpec(path, sources, IsBuiltIn: false));
                }
            }
            else
            {
                problems.Add($"{path}: rule pack not found (expected a .rules file or a folder of them)");
            }
        }

        return [.. specs];
    }

    /// <summary>
    /// A pack's rule files, or null when one cannot be read (a FIFO, a device, over 16 MB, not UTF-8): that
    /// pack is not loaded, as the CLI refuses it, and why is a problem naming the file; the other packs load.
    /// </summary>
    private ImmutableArray<RuleSource>? ReadSources(IReadOnlyList<string> files, List<string> problems)
    {
        var sources = ImmutableArray.CreateBuilder<RuleSource>(files.Count);
        foreach (var file in files)
        {
            try
            {
                sources.Add(new RuleSource(file, ReadFileOrThrow(file) ?? string.Empty));
            }
            catch (DslException ex)
            {
                problems.AddRange(ex.Diagnostics.Select(d => $"{d.Path}: {d.Id}: {d.Message}; the pack is not loaded"));
                return null;
            }
        }

        return sources.MoveToImmutable();
    }

    /// <summary>The editor's text of the file, else the file's under the CLI's policy; null when the file is missing or cannot be read.</summary>
    private string? ReadFile(string path)
    {
        try
        {
            return ReadFileOrThrow(path);
        }
        catch (DslException)
        {
            return null;
        }
    }

    /// <summary>
    /// The editor's text of the file, else the file's as the CLI reads it (<see cref="RuleSource.FromFile"/>:
    /// regular files of at most 16 MB, strict UTF-8); a FIFO would block the rebuild, /dev/zero never ends.
    /// </summary>
    /// <exception cref="DslException">DSL0011: not a regular file, too large or unreadable; DSL0042: not UTF-8.</exception>
    private string? ReadFileOrThrow(string path)
    {
        if (_readOpenDocument(path) is { } open)
        {
            return open;
        }

        try
        {
            return RuleSource.FromFile(path).Text;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private static string ExpandHome(string path) =>
        path.StartsWith("~/", StringComparison.Ordinal) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path[2..]) : path;

    private static string FolderOf(string path)
    {
        var normalized = path.Replace('\\', '/');
        var slash = normalized.LastIndexOf('/');
        return slash < 0 ? string.Empty : normalized[..slash];
    }
}
