using System.Collections.Immutable;
using System.Text;
using RulesSdk.Dsl;

namespace RulesSdk.Cli.Loading;

/// <summary>
/// The packs under the repository's <c>analyzers/</c> folder, embedded in the tool (resource names
/// keep the relative path, e.g. <c>analyzers/news-fr/persona.rules</c>) so it works from any folder.
/// Each folder is one pack; its list and import files resolve against the embedded files only.
/// </summary>
public static class BuiltInPacks
{
    public const string Root = "analyzers";

    private static readonly Lazy<ImmutableSortedDictionary<string, string>> Files = new(ReadResources);

    /// <summary>Every embedded file, by its normalised relative path.</summary>
    public static ImmutableSortedDictionary<string, string> All => Files.Value;

    /// <summary>One source set per folder that holds <c>*.rules</c> files, in folder order.</summary>
    public static ImmutableArray<BuiltInPackSource> GetPackSources() =>
    [
        .. All.Keys
            .Where(name => name.EndsWith(".rules", StringComparison.Ordinal))
            .GroupBy(name => FolderOf(name), StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new BuiltInPackSource(
                group.Key,
                [.. group.OrderBy(name => name, StringComparer.Ordinal).Select(name => new RuleSource(name, All[name]))])),
    ];

    /// <summary>
    /// Resolves an import or list path of a built-in pack to the embedded text, or null. The DSL may
    /// hand over the path as written relative to the importing file, or made absolute against the
    /// current folder: both resolve, and nothing outside the embedded tree is ever read.
    /// </summary>
    public static string? ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var normalized = Normalize(path);
        if (All.TryGetValue(normalized, out var text))
        {
            return text;
        }

        if (Path.IsPathRooted(path))
        {
            var relative = Normalize(Path.GetRelativePath(Directory.GetCurrentDirectory(), path));
            if (All.TryGetValue(relative, out text))
            {
                return text;
            }
        }

        // Last resort: the part from the last "analyzers/" segment on.
        var marker = normalized.LastIndexOf(Root + "/", StringComparison.Ordinal);
        return marker >= 0 && (marker == 0 || normalized[marker - 1] == '/') && All.TryGetValue(normalized[marker..], out text) ? text : null;
    }

    private static string FolderOf(string name)
    {
        var slash = name.LastIndexOf('/');
        return slash < 0 ? string.Empty : name[..slash];
    }

    /// <summary>Forward slashes, no "." segments, ".." folded.</summary>
    internal static string Normalize(string path)
    {
        var segments = new List<string>();
        foreach (var segment in path.Replace('\\', '/').Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[^1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return string.Join('/', segments);
    }

    private static ImmutableSortedDictionary<string, string> ReadResources()
    {
        var assembly = typeof(BuiltInPacks).Assembly;
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var name = Normalize(resource);
            if (!name.StartsWith(Root + "/", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            builder[name] = reader.ReadToEnd();
        }

        return builder.ToImmutable();
    }
}
