using System.Collections.Concurrent;
using System.Text.Json;

namespace Analyzers.Tests;

/// <summary>
/// Where a case's carrier lives: <c>repo:fr/fr-001.txt</c> under tests/corpus of this repository,
/// any other path under the evaluation texts (../shared/eval/clean beside the repository, the one
/// lookup the eval-text tests share), which may be absent from a checkout.
/// </summary>
internal static class CarrierRoots
{
    public const string RepoPrefix = "repo:";

    public static string RepoCorpus { get; } = Path.Combine(BuiltInPacks.RepoRoot, "tests", "corpus");

    public static string? EvalClean { get; } = new[]
    {
        Path.GetFullPath(Path.Combine(BuiltInPacks.RepoRoot, "..", "shared", "eval", "clean")),
        "/work/shared/eval/clean",
    }.FirstOrDefault(Directory.Exists);

    public static bool IsRepoCarrier(string carrier) => carrier.StartsWith(RepoPrefix, StringComparison.Ordinal);

    /// <summary>The path a document of this carrier is analysed under (relative, forward slashes).</summary>
    public static string DocumentPath(string carrier) => IsRepoCarrier(carrier) ? carrier[RepoPrefix.Length..] : carrier;

    private static readonly ConcurrentDictionary<string, HashSet<string>> DamagedRepoFiles = new(StringComparer.Ordinal);

    /// <summary>
    /// True for a repo carrier that tests/corpus/&lt;language&gt;/labels.json lists with artifacts of its own: its
    /// artifacts would count as false positives of every case on it, and it would be scored as a clean document.
    /// </summary>
    public static bool IsDamagedRepoCarrier(string carrier)
    {
        if (!IsRepoCarrier(carrier))
        {
            return false;
        }

        var relative = DocumentPath(carrier);
        return DamagedFiles(Path.GetDirectoryName(relative) ?? string.Empty).Contains(Path.GetFileName(relative));
    }

    /// <summary>The files of a folder of tests/corpus that its labels.json lists with artifacts of their own.</summary>
    public static IReadOnlySet<string> DamagedFiles(string folder) =>
        DamagedRepoFiles.GetOrAdd(folder, static f =>
        {
            var labels = Path.Combine(RepoCorpus, f, "labels.json");
            if (!File.Exists(labels))
            {
                return [];
            }

            using var json = JsonDocument.Parse(File.ReadAllText(labels));
            return [.. json.RootElement.GetProperty("documents").EnumerateArray()
                .Where(d => d.TryGetProperty("artifacts", out var a) && a.GetArrayLength() > 0)
                .Select(d => d.GetProperty("file").GetString() ?? string.Empty)];
        });

    /// <summary>The carrier's file, or null when its root is absent from this checkout.</summary>
    public static string? Resolve(string carrier)
    {
        var root = IsRepoCarrier(carrier) ? RepoCorpus : EvalClean;
        if (root is null)
        {
            return null;
        }

        var relative = DocumentPath(carrier);
        if (Path.IsPathRooted(relative) || relative.Split('/', '\\').Contains(".."))
        {
            throw new InvalidDataException($"carrier \"{carrier}\" must be a relative path inside its root");
        }

        return Path.Combine(root, relative);
    }
}
