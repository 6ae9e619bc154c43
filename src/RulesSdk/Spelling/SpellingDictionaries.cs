using System.Collections.Concurrent;

namespace RulesSdk.Spelling;

/// <summary>
/// Resolves what a <c>spelling</c> rule names: a bundled dictionary ("en", "fr") or the path of a
/// .aff/.dic pair (with or without the extension). A pair from disk is loaded once per file version
/// (path and write times) and shared by every rule that names it.
/// </summary>
public static class SpellingDictionaries
{
    private static readonly ConcurrentDictionary<(string Path, DateTime Affix, DateTime Words), Lazy<HunspellDictionary>> FromDisk = new();

    /// <summary>The .aff and .dic paths of a dictionary named by path ("dicts/custom", "dicts/custom.dic" or "dicts/custom.aff").</summary>
    public static (string Affix, string Words) PathsOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path);
        var stem = extension is ".dic" or ".aff" ? path[..^extension.Length] : path;
        return (stem + ".aff", stem + ".dic");
    }

    /// <summary>The dictionary <paramref name="nameOrPath"/> names; a <see cref="HunspellFormatException"/> when its files cannot be read.</summary>
    public static HunspellDictionary Get(string nameOrPath)
    {
        ArgumentNullException.ThrowIfNull(nameOrPath);
        if (BundledDictionaries.Contains(nameOrPath))
        {
            return BundledDictionaries.Get(nameOrPath);
        }

        var (affix, words) = PathsOf(Path.GetFullPath(nameOrPath));
        var key = (affix, File.GetLastWriteTimeUtc(affix), File.GetLastWriteTimeUtc(words));
        var lazy = FromDisk.GetOrAdd(key, k => new Lazy<HunspellDictionary>(() => HunspellDictionary.Load(affix, words)));
        try
        {
            return lazy.Value;
        }
        catch (HunspellFormatException)
        {
            // Not cached: a file fixed in place (same write time on coarse clocks) is read again.
            FromDisk.TryRemove(key, out _);
            throw;
        }
    }
}
