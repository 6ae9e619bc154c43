using System.Collections.Immutable;
using RulesSdk.Precompiled;
using RulesSdk.Dsl;
using RulesSdk.Dsl.Assemblies;

namespace RulesSdk.Cli.Loading;

/// <summary>
/// Compiles the rule packs a command runs with: the built-in packs (embedded), packs named with
/// <c>--rules</c> and packs listed in the configuration's <c>rulePacks</c>. A pack that does not compile
/// stops the command with every DSL error (exit 2); DSL warnings go to stderr and the run goes on.
/// </summary>
public sealed class PackLoader
{
    private readonly TextWriter _error;
    private readonly RulePackOptions _options;
    private readonly bool _caretExcerpts;

    /// <param name="error">Where DSL warnings go.</param>
    /// <param name="options">Cache and example settings for every pack.</param>
    /// <param name="caretExcerpts">Print DSL problems with their source line and a caret (compile, test) rather than one line each.</param>
    public PackLoader(TextWriter error, RulePackOptions options, bool caretExcerpts = false)
    {
        _error = error;
        _options = options;
        _caretExcerpts = caretExcerpts;
    }

    /// <summary>
    /// The packs in <paramref name="paths"/> (files or folders of <c>*.rules</c>), after the built-in ones when asked,
    /// then the C# analyzers of <paramref name="analyzerPaths"/> (assemblies or projects), one pack each.
    /// </summary>
    /// <exception cref="CliException">A path is missing, a file unreadable, a pack does not compile, an analyzer assembly cannot be loaded, or two packs define the same rule id.</exception>
    public RuleCatalog Load(IEnumerable<string> paths, bool includeBuiltIn, IEnumerable<string>? analyzerPaths = null)
    {
        var packs = new List<(RulePack Pack, string Origin)>();
        var problems = new List<string>();
        if (includeBuiltIn)
        {
            foreach (var builtIn in BuiltInPacks.GetPackSources())
            {
                // Precompiled into the tool (native code in a ReadyToRun publish); compiled from the
                // embedded sources only if they differ from the ones it was built from.
                var options = _options with { ReadFile = BuiltInPacks.ReadFile };
                var pack = RulePack.FromPrecompiled(BuiltInPackAssembly.Assembly, builtIn.Sources, options)
                    ?? Compile(builtIn.Sources, options, problems);
                if (pack is not null)
                {
                    packs.Add((pack, builtIn.Folder + " (built-in)"));
                }
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (!seen.Add(full))
            {
                continue;
            }

            var sources = ReadSources(path, problems);
            if (sources.IsDefaultOrEmpty)
            {
                continue;
            }

            var pack = Compile(sources, _options, problems);
            if (pack is not null)
            {
                packs.Add((pack, path));
            }
        }

        var seenAnalyzers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in analyzerPaths ?? [])
        {
            if (!seenAnalyzers.Add(Path.GetFullPath(path)))
            {
                continue;
            }

            try
            {
                packs.Add((RulePack.FromAnalyzers(path), path));
            }
            catch (AnalyzerAssemblyException ex)
            {
                problems.AddRange(ex.Problems);
            }
        }

        CheckDuplicateIds(packs, problems);
        if (problems.Count > 0)
        {
            throw new CliException(problems);
        }

        foreach (var warning in YieldTargetCheck.Find(packs.Select(p => p.Pack)))
        {
            _error.WriteLine(warning.ToString());
        }

        return new RuleCatalog(packs.Select(p => p.Pack));
    }

    /// <summary>A file is one source; a folder gives its <c>*.rules</c> files (not recursively), in name order.</summary>
    public static ImmutableArray<RuleSource> ReadSources(string path, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        try
        {
            if (File.Exists(path))
            {
                return [RuleSource.FromFile(path)];
            }

            if (Directory.Exists(path))
            {
                var files = Directory.GetFiles(path, "*.rules", SearchOption.TopDirectoryOnly);
                if (files.Length == 0)
                {
                    problems.Add($"{path}: error: no .rules files in this folder");
                    return [];
                }

                Array.Sort(files, StringComparer.Ordinal);
                return [.. files.Select(RuleSource.FromFile)];
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add($"{path}: error: cannot read the rule pack: {ex.Message}");
            return [];
        }
        catch (DslException ex)
        {
            // A rule file that is not valid UTF-8 (DSL0042).
            problems.AddRange(ex.Diagnostics.Select(d => d.ToString()));
            return [];
        }

        problems.Add($"{path}: error: rule pack not found (expected a .rules file or a folder of them)");
        return [];
    }

    private RulePack? Compile(ImmutableArray<RuleSource> sources, RulePackOptions options, List<string> problems)
    {
        var compilation = RulePack.Compile(sources, options);
        foreach (var diagnostic in compilation.Diagnostics)
        {
            var text = _caretExcerpts ? diagnostic.ToDisplayString() : diagnostic.ToString();
            if (diagnostic.IsWarning)
            {
                _error.WriteLine(text);
            }
            else
            {
                problems.Add(text);
            }
        }

        if (!compilation.Success || compilation.Pack is null)
        {
            if (!compilation.Diagnostics.Any(d => !d.IsWarning))
            {
                problems.Add($"{sources[0].Path}: error: the rule pack did not compile");
            }

            return null;
        }

        return compilation.Pack;
    }

    private static void CheckDuplicateIds(List<(RulePack Pack, string Origin)> packs, List<string> problems)
    {
        var owners = new Dictionary<string, (RulePack Pack, string Origin)>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in packs)
        {
            foreach (var rule in entry.Pack.Rules)
            {
                if (owners.TryGetValue(rule.Id, out var first) && !ReferenceEquals(first.Pack, entry.Pack))
                {
                    problems.Add($"{rule.Path}({rule.Line},1): error: rule id {rule.Id} is already defined by pack '{first.Pack.Id}' ({first.Origin}); rule ids must be unique across the loaded packs");
                    continue;
                }

                owners.TryAdd(rule.Id, entry);
            }
        }
    }
}
