using System.Collections.Immutable;
using System.Reflection;
using RulesSdk.Analyzers;
using RulesSdk.CodeFixes;
using RulesSdk.Dsl.Assemblies;
using RulesSdk.Workspaces;

namespace RulesSdk.Dsl;

public sealed partial class RulePack
{
    // Analyzer assemblies are a few megabytes; 256 MB bounds a file that is not one without refusing any that is.
    private const long MaxAnalyzerAssemblyBytes = 256L * 1024 * 1024;

    /// <summary>
    /// A pack of hand-written C# analyzers: <paramref name="path"/> is an assembly (.dll) or a project
    /// (.csproj, built first). Every public, non-abstract <see cref="DocumentAnalyzer"/> and
    /// <see cref="CodeFixProvider"/> with a public parameterless constructor is created; each of the
    /// analyzers' <see cref="DocumentAnalyzer.SupportedDiagnostics"/> becomes a rule of the pack.
    /// The assembly loads into a collectible context and shares the host's RulesSdk.
    /// </summary>
    /// <exception cref="AnalyzerAssemblyException">Every problem found, one line each (path: error: what).</exception>
    public static RulePack FromAnalyzers(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var assemblyPath = path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)
            ? AnalyzerProjectBuilder.Build(path, cancellationToken)
            : path;
        return FromAnalyzerAssembly(assemblyPath, shownPath: path);
    }

    private static RulePack FromAnalyzerAssembly(string assemblyPath, string shownPath)
    {
        var full = Path.GetFullPath(assemblyPath);
        if (!File.Exists(full))
        {
            throw new AnalyzerAssemblyException($"{shownPath}: error: analyzer assembly not found");
        }

        var context = new AnalyzerAssemblyLoadContext(full);
        try
        {
            Assembly assembly;
            try
            {
                // Read into memory: the file stays free for the next build. Only a regular file of at most
                // MaxAnalyzerAssemblyBytes: a FIFO would block the load forever, /dev/zero would never end.
                var bytes = BoundedFile.TryReadAllBytes(full, MaxAnalyzerAssemblyBytes, out var failure)
                    ?? throw new AnalyzerAssemblyException($"{shownPath}: error: {failure!.Message}");
                using var stream = new MemoryStream(bytes);
                assembly = context.LoadFromStream(stream);
            }
            catch (BadImageFormatException)
            {
                throw new AnalyzerAssemblyException($"{shownPath}: error: not a .NET assembly");
            }

            var problems = new List<string>();
            CheckSdkReference(assembly, shownPath, problems);
            var analyzers = ImmutableArray.CreateBuilder<DocumentAnalyzer>();
            var fixers = ImmutableArray.CreateBuilder<CodeFixProvider>();
            foreach (var type in LoadableTypes(assembly, shownPath, problems).OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                if (!type.IsPublic || type.IsAbstract || type.IsGenericTypeDefinition || type.GetConstructor(Type.EmptyTypes) is null)
                {
                    continue;
                }

                var isAnalyzer = typeof(DocumentAnalyzer).IsAssignableFrom(type);
                if (!isAnalyzer && !typeof(CodeFixProvider).IsAssignableFrom(type))
                {
                    continue;
                }

                try
                {
                    var instance = Activator.CreateInstance(type)!;
                    if (instance is DocumentAnalyzer analyzer)
                    {
                        analyzers.Add(analyzer);
                    }
                    else
                    {
                        fixers.Add((CodeFixProvider)instance);
                    }
                }
                catch (TargetInvocationException ex)
                {
                    problems.Add($"{shownPath}: error: the constructor of {type.FullName} threw {ex.InnerException?.GetType().Name}: {ex.InnerException?.Message}");
                }
            }

            var rules = RulesOf(analyzers, fixers, full, shownPath, problems);
            if (problems.Count == 0 && analyzers.Count == 0)
            {
                problems.Add($"{shownPath}: error: no public DocumentAnalyzer with a public parameterless constructor in this assembly");
            }

            if (problems.Count > 0)
            {
                throw new AnalyzerAssemblyException([.. problems]);
            }

            var name = assembly.GetName().Name ?? Path.GetFileNameWithoutExtension(full);
            var title = assembly.GetCustomAttribute<AssemblyTitleAttribute>()?.Title ?? name;
            return new RulePack((name, title, string.Empty, [full]), rules, analyzers.ToImmutable(), fixers.ToImmutable(), ImmutableDictionary<string, string>.Empty, context, fromCache: false);
        }
        catch
        {
            context.Unload();
            throw;
        }
    }

    // An assembly built against a newer SDK may call members this host lacks: say so up front
    // rather than failing with a MissingMethodException in the middle of a run.
    private static void CheckSdkReference(Assembly assembly, string shownPath, List<string> problems)
    {
        var host = typeof(DocumentAnalyzer).Assembly.GetName();
        foreach (var reference in assembly.GetReferencedAssemblies())
        {
            if (reference.Name == host.Name && reference.Version is { } wanted && host.Version is { } have && wanted > have)
            {
                problems.Add($"{shownPath}: error: built against RulesSdk {wanted}, newer than this tool's {have}; update docrules or rebuild the analyzers against {have}");
            }
        }
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly, string shownPath, List<string> problems)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            foreach (var message in ex.LoaderExceptions.OfType<Exception>().Select(e => e.Message).Distinct().Take(5))
            {
                problems.Add($"{shownPath}: error: a type cannot be loaded: {message}");
            }

            return ex.Types.OfType<Type>();
        }
    }

    private static ImmutableArray<RuleInfo> RulesOf(ImmutableArray<DocumentAnalyzer>.Builder analyzers, ImmutableArray<CodeFixProvider>.Builder fixers, string fullPath, string shownPath, List<string> problems)
    {
        var fixable = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var fixer in fixers)
        {
            fixable.UnionWith(fixer.FixableDiagnosticIds);
        }

        var rules = ImmutableArray.CreateBuilder<RuleInfo>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var analyzer in analyzers)
        {
            ImmutableArray<Diagnostics.DiagnosticDescriptor> supported;
            ImmutableArray<string> languages;
            try
            {
                supported = analyzer.SupportedDiagnostics;
                languages = analyzer.SupportedLanguages;
            }
            catch (Exception ex)
            {
                problems.Add($"{shownPath}: error: {analyzer.GetType().FullName}.SupportedDiagnostics threw {ex.GetType().Name}: {ex.Message}");
                continue;
            }

            if (supported.IsDefaultOrEmpty)
            {
                problems.Add($"{shownPath}: error: {analyzer.GetType().FullName} declares no SupportedDiagnostics");
                continue;
            }

            var language = !languages.IsDefault && languages.Length == 1 ? languages[0] : string.Empty;
            foreach (var descriptor in supported)
            {
                if (seen.Add(descriptor.Id))
                {
                    rules.Add(new RuleInfo(descriptor, analyzer.GetType().Name, "csharp", language, [], fixable.Contains(descriptor.Id), [], fullPath, 1));
                }
            }
        }

        return rules.ToImmutable();
    }
}
