using System.Collections.Immutable;
using System.Globalization;
using Assembly = System.Reflection.Assembly;
using System.Runtime.Loader;
using RulesSdk.Analyzers;
using RulesSdk.CodeFixes;
using RulesSdk.Dsl.Binding;
using RulesSdk.Dsl.Emit;
using RulesSdk.Dsl.Parsing;
using RulesSdk.Dsl.Syntax;

namespace RulesSdk.Dsl;

/// <summary>
/// A compiled rule pack: analyzers and code fix providers for the core driver, with each rule's
/// metadata. Compiled packs are cached on disk, so a second run pays no Roslyn compile.
/// </summary>
public sealed partial class RulePack
{
    // Held so a collectible context lives as long as its pack; null for a precompiled pack.
    private readonly AssemblyLoadContext? _loadContext;

    private RulePack(
        (string Id, string Title, string Language, ImmutableArray<string> SourcePaths) header,
        ImmutableArray<RuleInfo> rules,
        ImmutableArray<DocumentAnalyzer> analyzers,
        ImmutableArray<CodeFixProvider> fixers,
        ImmutableDictionary<string, string> generated,
        AssemblyLoadContext? loadContext,
        bool fromCache)
    {
        Id = header.Id;
        Title = header.Title;
        Language = header.Language;
        Rules = rules;
        Analyzers = analyzers;
        CodeFixProviders = fixers;
        GeneratedSources = generated;
        SourcePaths = header.SourcePaths;
        _loadContext = loadContext;
        LoadedFromCache = fromCache;
    }

    public string Id { get; }

    public string Title { get; }

    public string Language { get; }

    public ImmutableArray<RuleInfo> Rules { get; }

    public ImmutableArray<DocumentAnalyzer> Analyzers { get; }

    public ImmutableArray<CodeFixProvider> CodeFixProviders { get; }

    /// <summary>
    /// The generated C#, file name → source. Empty for a pack loaded from the cache through its
    /// manifest (nothing was generated); compile with <see cref="RulePackOptions.UseCache"/> off to see it.
    /// </summary>
    public ImmutableDictionary<string, string> GeneratedSources { get; }

    public ImmutableArray<string> SourcePaths { get; }

    public bool LoadedFromCache { get; }

    /// <summary>True when the pack came from an assembly built ahead of time (<see cref="FromPrecompiled"/>).</summary>
    public bool IsPrecompiled => _loadContext is null;

    /// <summary>Loads a pack from a .rules file or a folder of them.</summary>
    /// <exception cref="DslException">The pack has errors (all of them are in the exception).</exception>
    public static RulePack Load(string path, RulePackOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var sources = new List<RuleSource>();
        if (Directory.Exists(path))
        {
            sources.AddRange(Directory.GetFiles(path, "*.rules").Order(StringComparer.Ordinal).Select(RuleSource.FromFile));
            if (sources.Count == 0)
            {
                throw new DslException([new DslDiagnostic("DSL0011", $"no .rules file in folder '{path}'", path, 1, 1)]);
            }
        }
        else if (File.Exists(path))
        {
            sources.Add(RuleSource.FromFile(path));
        }
        else
        {
            throw new DslException([new DslDiagnostic("DSL0011", $"rule pack '{path}' not found", path, 1, 1)]);
        }

        var compilation = Compile(sources, options);
        return compilation.Success ? compilation.Pack! : throw new DslException(compilation.Diagnostics);
    }

    /// <summary>Parses, checks, emits, compiles and loads a pack. Never throws for a bad pack: see the diagnostics.</summary>
    public static RulePackCompilation Compile(IEnumerable<RuleSource> sources, RulePackOptions? options = null) =>
        Compile(sources, options, onCompiled: null);

    /// <param name="onCompiled">Called with the bound pack and every input file (imports and lists included) once the pack compiled and its examples passed.</param>
    private static RulePackCompilation Compile(IEnumerable<RuleSource> sources, RulePackOptions? options, Action<BoundPack, List<(string Path, string Text)>>? onCompiled)
    {
        ArgumentNullException.ThrowIfNull(sources);
        options ??= RulePackOptions.Default;
        var sourceList = sources.ToList();
        var access = new PackFileAccess(sourceList.Select(s => s.Path), options.AllowedRoots);
        var readFileOrThrow = options.ReadFile ?? RuleFileText.ReadOrNull;
        Func<string, string?> readFile = path => access.Refusal(path) is null ? ReadQuietly(readFileOrThrow, path) : null;
        var timeout = ((int)options.RegexTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        var cache = options.UseCache ? new PackCache(options.CacheDirectory ?? PackCache.DefaultDirectory()) : null;

        // Fast path: a manifest for exactly these sources, whose imports and lists are unchanged,
        // loads the cached image without parsing, binding or emitting anything.
        var manifestKey = PackCache.ManifestKey(sourceList.Select(s => (s.Path, s.Text)), timeout, options.UseRegexGenerator);
        var readCache = cache is not null && !options.RefreshCache;
        if (readCache && cache!.TryReadManifest(manifestKey) is { } manifest && manifest.DependenciesUnchanged(readFile) &&
            cache.TryRead(manifest.ImageKey) is { } manifestImage && FromManifest(manifest, manifestImage) is { } quick)
        {
            return new RulePackCompilation(quick, [], ImmutableDictionary<string, string>.Empty);
        }

        var diagnostics = new List<DslDiagnostic>();
        var files = ParseWithImports(sourceList, readFileOrThrow, access, diagnostics);
        var binder = new Binder(diagnostics, readFileOrThrow, access.Refusal);
        var bound = binder.Bind(files);
        if (diagnostics.Count > 0)
        {
            return new RulePackCompilation(null, [.. diagnostics], ImmutableDictionary<string, string>.Empty);
        }

        var generateRegexes = options.UseRegexGenerator && PackCompiler.CanGenerateRegexes;
        var generated = RuleEmitter.Emit(bound, options.RegexTimeout, generateRegexes);
        var inputs = files.Select(f => (f.Path, f.Text)).Concat(ListInputs(files, readFile)).ToList();
        var cacheKey = PackCache.Key(inputs, timeout, options.UseRegexGenerator);

        var cached = readCache ? cache!.TryRead(cacheKey) : null;
        if (cached is not null)
        {
            var fromCache = TryInstantiate(bound, cached, generated, fromCache: true);
            if (fromCache is not null)
            {
                cache!.TryWriteManifest(manifestKey, ManifestOf(bound, cacheKey, inputs, sourceList));
                return new RulePackCompilation(fromCache, [], generated);
            }

            cache!.TryDelete(cacheKey);
        }

        var assemblyName = "RulesSdk.Generated." + CSharpNames.Pascal(bound.Id, "Pack") + "." + cacheKey[..12];
        var (image, errors) = PackCompiler.Compile(assemblyName, generated);
        if (image is null && generateRegexes)
        {
            // A generator that does not fit this compiler must not cost the user their rules.
            generated = RuleEmitter.Emit(bound, options.RegexTimeout, generateRegexes: false);
            (image, errors) = PackCompiler.Compile(assemblyName, generated);
        }
        if (image is null)
        {
            foreach (var (file, message) in errors)
            {
                var rule = bound.Rules.FirstOrDefault(r => file.StartsWith(RuleEmitter.ClassBaseName(r), StringComparison.Ordinal));
                var position = rule?.Position ?? new SourcePosition(bound.SourcePaths.FirstOrDefault() ?? "pack", 1, 1, 0);
                diagnostics.Add(new DslDiagnostic("DSL0100", $"internal error: the C# generated for rule {rule?.Id ?? "?"} does not compile (please report this): {message}", position.Path, position.Line, position.Column));
            }

            return new RulePackCompilation(null, [.. diagnostics], generated);
        }

        var pack = TryInstantiate(bound, image, generated, fromCache: false);
        if (pack is null)
        {
            diagnostics.Add(new DslDiagnostic("DSL0100", "internal error: the compiled pack could not be loaded (please report this)", bound.SourcePaths.FirstOrDefault() ?? "pack", 1, 1));
            return new RulePackCompilation(null, [.. diagnostics], generated);
        }

        if (options.RunExamples)
        {
            foreach (var result in RulePackTester.Run(pack).Where(r => !r.Passed))
            {
                var id = result.Example.IsClean ? "DSL0009" : result.Failure == "the example is not flagged" ? "DSL0007" : "DSL0008";
                var kind = result.Example.IsClean ? "clean case" : "example";
                diagnostics.Add(new DslDiagnostic(id, $"{kind} of rule {result.RuleId} fails: {result.Failure}", result.Example.Path, result.Example.Line, 3, SourceLineOf(files, result.Example.Path, result.Example.Line)));
            }

            if (diagnostics.Count > 0)
            {
                return new RulePackCompilation(null, [.. diagnostics], generated);
            }
        }

        // Only a pack whose examples ran and passed is cached: a cache hit skips them.
        if (options.RunExamples && cache is not null)
        {
            cache.TryWrite(cacheKey, image);
            cache.TryWriteManifest(manifestKey, ManifestOf(bound, cacheKey, inputs, sourceList));
        }

        onCompiled?.Invoke(bound, inputs);
        return new RulePackCompilation(pack, [], generated);
    }

    /// <summary>The file's text; null when it is missing or unreadable (the binder reports why).</summary>
    private static string? ReadQuietly(Func<string, string?> readFile, string path) =>
        RuleFileText.TryRead(readFile, path, [], out var text) ? text : null;

    private static List<RuleFile> ParseWithImports(List<RuleSource> sources, Func<string, string?> readFile, PackFileAccess access, List<DslDiagnostic> diagnostics)
    {
        var files = new List<RuleFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<RuleSource>(sources);
        while (queue.Count > 0)
        {
            var source = queue.Dequeue();
            var key = NormalizePath(source.Path);
            if (!seen.Add(key))
            {
                // Imported twice (or a cycle): the file is already part of the pack.
                continue;
            }

            var file = RuleFileParser.Parse(source.Path, source.Text, diagnostics);
            files.Add(file);
            foreach (var import in file.Items.OfType<ImportDeclaration>())
            {
                var path = Binder.ResolveRelative(source.Path, import.RelativePath);
                if (seen.Contains(NormalizePath(path)) || queue.Any(q => NormalizePath(q.Path) == NormalizePath(path)))
                {
                    // Already part of the pack (a cycle, or a source given in memory that is not on disk).
                    continue;
                }

                var line = source.Text.Split('\n').ElementAtOrDefault(import.Position.Line - 1)?.TrimEnd('\r');
                if (access.Refusal(path) is { } refusal)
                {
                    diagnostics.Add(new DslDiagnostic("DSL0041", "import " + refusal, source.Path, import.Position.Line, import.Position.Column, line));
                    continue;
                }

                if (!RuleFileText.TryRead(readFile, path, diagnostics, out var text))
                {
                    continue;
                }

                if (text is null)
                {
                    diagnostics.Add(new DslDiagnostic("DSL0011", $"imported file '{import.RelativePath}' not found (looked for {path})", source.Path, import.Position.Line, import.Position.Column, line));
                    continue;
                }

                queue.Enqueue(new RuleSource(path, text));
            }
        }

        return files;
    }

    private static IEnumerable<(string Path, string Text)> ListInputs(List<RuleFile> files, Func<string, string?> readFile)
    {
        foreach (var file in files)
        {
            foreach (var list in file.Items.OfType<ListDeclaration>().Where(l => l.FromFile is not null))
            {
                var path = Binder.ResolveRelative(file.Path, list.FromFile!);
                yield return (path, readFile(path) ?? string.Empty);
            }
        }
    }

    private static RulePack? TryInstantiate(BoundPack bound, byte[] image, ImmutableDictionary<string, string> generated, bool fromCache) =>
        Instantiate(
            (bound.Id, bound.Title, bound.Language, bound.SourcePaths),
            ManifestRules(bound),
            image,
            generated,
            fromCache);

    private static RulePack? FromManifest(PackManifest manifest, byte[] image) =>
        Instantiate((manifest.Id, manifest.Title, manifest.Language, manifest.SourcePaths), manifest.Rules, image, ImmutableDictionary<string, string>.Empty, fromCache: true);

    private static RulePack? Instantiate(
        (string Id, string Title, string Language, ImmutableArray<string> SourcePaths) header,
        ImmutableArray<ManifestRule> rules,
        byte[] image,
        ImmutableDictionary<string, string> generated,
        bool fromCache)
    {
        var context = new AssemblyLoadContext("docrules-pack-" + header.Id, isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(image));
            return Create(header, rules, assembly, generated, context, fromCache);
        }
        catch (Exception ex) when (IsStaleImage(ex))
        {
            // A corrupt or stale cache entry: the caller rebuilds it.
            context.Unload();
            return null;
        }
    }

    internal static RulePack Create(
        (string Id, string Title, string Language, ImmutableArray<string> SourcePaths) header,
        ImmutableArray<ManifestRule> rules,
        Assembly assembly,
        ImmutableDictionary<string, string> generated,
        AssemblyLoadContext? context,
        bool fromCache)
    {
        var analyzers = ImmutableArray.CreateBuilder<DocumentAnalyzer>();
        var fixers = ImmutableArray.CreateBuilder<CodeFixProvider>();
        var infos = ImmutableArray.CreateBuilder<RuleInfo>();
        foreach (var rule in rules)
        {
            var analyzer = (DocumentAnalyzer)Activator.CreateInstance(assembly.GetType(rule.AnalyzerType, throwOnError: true)!)!;
            analyzers.Add(analyzer);
            if (rule.FixerType is not null)
            {
                fixers.Add((CodeFixProvider)Activator.CreateInstance(assembly.GetType(rule.FixerType, throwOnError: true)!)!);
            }

            infos.Add(new RuleInfo(analyzer.SupportedDiagnostics[0], rule.Name, rule.Scope, rule.Language, rule.FixTitles, rule.HasSafeFix, rule.Examples, rule.Path, rule.Line));
        }

        return new RulePack(header, infos.ToImmutable(), analyzers.ToImmutable(), fixers.ToImmutable(), generated, context, fromCache);
    }

    /// <summary>What a compiled image that does not fit this SDK (or is damaged) throws while its types are instantiated.</summary>
    internal static bool IsStaleImage(Exception ex) =>
        ex is BadImageFormatException or TypeLoadException or FileLoadException or FileNotFoundException or InvalidCastException or MissingMethodException or IndexOutOfRangeException;

    private static ImmutableArray<ManifestRule> ManifestRules(BoundPack bound)
    {
        var ns = RuleEmitter.NamespaceOf(bound);
        return [.. bound.Rules.Select(rule =>
        {
            var name = RuleEmitter.ClassBaseName(rule);
            return new ManifestRule(
                $"{ns}.{name}Analyzer",
                rule.Fixes.IsEmpty ? null : $"{ns}.{name}CodeFixProvider",
                rule.Name,
                rule.ScopeDescription,
                rule.Language,
                [.. rule.Fixes.Select(f => f.Title)],
                rule.Fixes.Any(f => f.IsSafe),
                rule.Examples,
                rule.Position.Path,
                rule.Position.Line);
        })];
    }

    private static PackManifest ManifestOf(BoundPack bound, string imageKey, List<(string Path, string Text)> inputs, List<RuleSource> sources)
    {
        // The given sources are part of the manifest's key; imports and list files are checked on load.
        var given = sources.Select(s => NormalizePath(s.Path)).ToHashSet(StringComparer.Ordinal);
        var dependencies = inputs
            .Where(i => !given.Contains(NormalizePath(i.Path)))
            .Select(i => new PackDependency(i.Path, PackManifest.Hash(i.Text)))
            .ToImmutableArray();
        return new PackManifest(imageKey, bound.Id, bound.Title, bound.Language, bound.SourcePaths, dependencies, ManifestRules(bound));
    }

    private static string NormalizePath(string path) => path.Replace('\\', '/');

    private static string? SourceLineOf(List<RuleFile> files, string path, int line) =>
        files.FirstOrDefault(f => f.Path == path)?.Text.Split('\n').ElementAtOrDefault(line - 1)?.TrimEnd('\r');

    public override string ToString() => $"{Id} ({Rules.Length} rules)";
}
