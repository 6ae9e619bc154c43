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
