using System.Collections.Concurrent;

namespace RulesSdk.Spelling;

/// <summary>
/// The dictionaries embedded in this assembly (analyzers/dictionaries: dictionary-en 4.0.0,
/// dictionary-fr 3.0.0), each loaded once, on first use, and shared.
/// </summary>
public static class BundledDictionaries
{
    private const string ResourcePrefix = "RulesSdk.Spelling.Dictionaries.";

    private static readonly ConcurrentDictionary<string, Lazy<HunspellDictionary>> Loaded = new(StringComparer.Ordinal);

    /// <summary>The names that <see cref="Get"/> knows ("en", "fr").</summary>
    public static IReadOnlyList<string> Names { get; } = [.. typeof(BundledDictionaries).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".aff", StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..^".aff".Length])
        .Order(StringComparer.Ordinal)];

    public static bool Contains(string name) => Names.Contains(name, StringComparer.Ordinal);

    /// <summary>The bundled dictionary <paramref name="name"/>; an unknown name is an <see cref="ArgumentException"/> listing the known ones.</summary>
    public static HunspellDictionary Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Contains(name))
        {
            throw new ArgumentException($"no bundled dictionary '{name}' (bundled: {string.Join(", ", Names)})", nameof(name));
        }

        return Loaded.GetOrAdd(name, key => new Lazy<HunspellDictionary>(() => Load(key))).Value;
    }

    private static HunspellDictionary Load(string name) =>
        HunspellDictionary.Load(Read(name + ".aff"), Read(name + ".dic"), $"dictionaries/{name}/index.aff", $"dictionaries/{name}/index.dic");

    private static byte[] Read(string suffix)
    {
        using var stream = typeof(BundledDictionaries).Assembly.GetManifestResourceStream(ResourcePrefix + suffix)
            ?? throw new InvalidOperationException($"The resource {ResourcePrefix + suffix} is missing from RulesSdk.dll.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
