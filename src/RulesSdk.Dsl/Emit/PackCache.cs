using System.Security.Cryptography;
using System.Text;

namespace RulesSdk.Dsl.Emit;

/// <summary>
/// Compiled packs on disk, keyed by a hash of the pack's sources, the SDK version and the compiler
/// version. A missing or corrupt entry is simply rebuilt.
/// </summary>
internal sealed class PackCache(string directory)
{
    public string Directory { get; } = directory;

    public static string DefaultDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("DOCRULES_CACHE");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = !string.IsNullOrWhiteSpace(xdg) ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "docrules", "packs");
    }

    public static string Key(IEnumerable<(string Path, string Text)> inputs, string timeoutMilliseconds, bool useRegexGenerator) =>
        Hash(
            [
                typeof(PackCache).Assembly.ManifestModule.ModuleVersionId.ToString(),
                typeof(RulesSdk.Analyzers.DocumentAnalyzer).Assembly.ManifestModule.ModuleVersionId.ToString(),
                CompilerVersion,
                timeoutMilliseconds,
                useRegexGenerator ? RegexGeneratorLocator.FindPath() ?? "no regex generator" : "constructed regexes",
            ],
            inputs);

    // SHA-256 over the settings, then each input's path and text in path order, every part ended by a zero byte.
    private static string Hash(IEnumerable<string> settings, IEnumerable<(string Path, string Text)> inputs)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var value in settings.Concat(inputs.OrderBy(i => i.Path, StringComparer.Ordinal).SelectMany(i => new[] { i.Path, i.Text })))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(value));
            hash.AppendData([0]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The Roslyn version this SDK compiles with, read without loading Roslyn (a cache hit never needs it).</summary>
    public static string CompilerVersion { get; } =
        typeof(PackCache).Assembly.GetReferencedAssemblies().FirstOrDefault(a => a.Name == "Microsoft.CodeAnalysis.CSharp")?.Version?.ToString() ?? "unknown";

    /// <summary>
    /// The key of a pack precompiled into an assembly: its given sources and regex timeout, not the
    /// SDK or compiler builds (the assembly is compiled against the SDK it is deployed with).
    /// </summary>
    public static string PrecompiledKey(IEnumerable<(string Path, string Text)> sources, string timeoutMilliseconds) =>
        Hash(["precompiled-v1", timeoutMilliseconds], sources)[..32];

    /// <summary>The key of a manifest: the given sources only (their imports are checked through the manifest).</summary>
    public static string ManifestKey(IEnumerable<(string Path, string Text)> sources, string timeoutMilliseconds, bool useRegexGenerator) =>
        "m-" + Key(sources, timeoutMilliseconds, useRegexGenerator);

    public PackManifest? TryReadManifest(string key)
    {
        try
        {
            var path = Path.Combine(Directory, key + ".json");
            if (!File.Exists(path))
            {
                return null;
            }

            var manifest = PackManifest.FromJson(File.ReadAllText(path));
            Touch(path);
            return manifest;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void TryWriteManifest(string key, PackManifest manifest)
    {
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            RulesSdk.Workspaces.AtomicFile.WriteAllBytes(Path.Combine(Directory, key + ".json"), Encoding.UTF8.GetBytes(manifest.ToJson()));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Without a manifest the next run parses and binds, then finds the image.
        }
    }

    public byte[]? TryRead(string key)
    {
        try
        {
            var path = PathOf(key);
            if (!File.Exists(path))
            {
                return null;
            }

            var image = File.ReadAllBytes(path);
            Touch(path);
            return image;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void TryWrite(string key, byte[] image)
    {
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            RulesSdk.Workspaces.AtomicFile.WriteAllBytes(PathOf(key), image);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only or full cache only costs the next run a compile.
            return;
        }

        Prune();
    }

    /// <summary>Entries kept at most; the least recently used beyond it are deleted when a pack is written.</summary>
    public const int MaxEntries = 200;

    /// <summary>Entries not used for this long are deleted when a pack is written.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(60);

    /// <summary>
    /// Every build of the SDK or a pack leaves a new entry (the key holds both), so without pruning
    /// the folder only grows. Runs only after a compile, which already took seconds; reads refresh
    /// an entry's time, so what is in use survives.
    /// </summary>
    public void Prune()
    {
        try
        {
            // Only the cache's own files: the folder may be one a user chose and shares with others.
            var files = new DirectoryInfo(Directory).GetFiles();
            var entries = files
                .Where(f => IsEntryName(f.Name))
                .OrderByDescending(f => f.LastWriteTimeUtc)
                .ToList();
            var cutoff = DateTime.UtcNow - MaxAge;
            for (var i = 0; i < entries.Count; i++)
            {
                if (i >= MaxEntries || entries[i].LastWriteTimeUtc < cutoff)
                {
                    TryDeleteFile(entries[i].FullName);
                }
            }

            // Temporary files of writes that were interrupted (AtomicFile names them so).
            foreach (var leftover in files.Where(f => f.Name.EndsWith(".docrules-tmp", StringComparison.Ordinal) && IsEntryName(LeftoverTarget(f.Name)) && f.LastWriteTimeUtc < DateTime.UtcNow.AddDays(-1)))
            {
                TryDeleteFile(leftover.FullName);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Pruning is housekeeping: a failure costs nothing but disk space.
        }
    }

    /// <summary>A cache entry's file name: KEY.dll or m-KEY.json, KEY being 64 lower-case hex digits.</summary>
    internal static bool IsEntryName(string name)
    {
        var key = name.EndsWith(".dll", StringComparison.Ordinal) ? name[..^4]
            : name.StartsWith("m-", StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal) ? name[2..^5]
            : null;
        return key is { Length: 64 } && key.All(char.IsAsciiHexDigitLower);
    }

    // ".KEY.dll.GUID.docrules-tmp" -> "KEY.dll"
    private static string LeftoverTarget(string name)
    {
        var withoutSuffix = name[..^".docrules-tmp".Length];
        var lastDot = withoutSuffix.LastIndexOf('.');
        return lastDot > 1 && withoutSuffix[0] == '.' ? withoutSuffix[1..lastDot] : string.Empty;
    }

    private static void Touch(string path)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only cache: the entry just ages.
        }
    }

    private static void TryDeleteFile(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    public void TryDelete(string key) => TryDeleteFile(PathOf(key));

    private string PathOf(string key) => Path.Combine(Directory, key + ".dll");
}
