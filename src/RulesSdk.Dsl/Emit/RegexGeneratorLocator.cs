using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RulesSdk.Dsl.Emit;

/// <summary>
/// Finds the .NET regex source generator, which ships with the SDK's reference pack
/// (packs/Microsoft.NETCore.App.Ref/&lt;version&gt;/analyzers/dotnet/cs). With it, compiled packs
/// carry their regexes as compiled code; without it (a runtime-only machine) they fall back to
/// constructed regexes.
/// </summary>
internal static class RegexGeneratorLocator
{
    private const string GeneratorFile = "System.Text.RegularExpressions.Generator.dll";

    private static readonly Lazy<ISourceGenerator?> Generator = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static ISourceGenerator? Get() => Generator.Value;

    /// <summary>The generator's file, or null; DOCRULES_REGEX_GENERATOR overrides ("off" disables it).</summary>
    public static string? FindPath()
    {
        var configured = Environment.GetEnvironmentVariable("DOCRULES_REGEX_GENERATOR");
        if (string.Equals(configured, "off", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        // The runtime lives in <dotnet>/shared/Microsoft.NETCore.App/<version>/.
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var dotnetRoot = runtimeDirectory is null ? null : Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var packs = dotnetRoot is null ? null : Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        if (packs is null || !Directory.Exists(packs))
        {
            return null;
        }

        var major = Environment.Version.Major;
        return Directory.GetDirectories(packs)
            .Select(d => (Directory: d, Version: Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : null))
            .Where(d => d.Version is not null && d.Version.Major == major)
            .OrderByDescending(d => d.Version)
            .Select(d => Path.Combine(d.Directory, "analyzers", "dotnet", "cs", GeneratorFile))
            .FirstOrDefault(File.Exists);
    }

    private static ISourceGenerator? Load()
    {
        var path = FindPath();
        if (path is null)
        {
            return null;
        }

        try
        {
            var reference = new AnalyzerFileReference(path, new DefaultContextLoader());
            return reference.GetGenerators(Microsoft.CodeAnalysis.LanguageNames.CSharp).FirstOrDefault();
        }
        catch (Exception ex) when (ex is IOException or BadImageFormatException or FileLoadException or TypeLoadException or ReflectionTypeLoadException)
        {
            return null;
        }
    }

    /// <summary>Loads the generator into the default context, where this process's Roslyn already lives.</summary>
    private sealed class DefaultContextLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
    }
}
