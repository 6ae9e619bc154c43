namespace RulesSdk.Dsl;

public sealed record RulePackOptions
{
    public static RulePackOptions Default { get; } = new();

    /// <summary>Where compiled packs are cached; null uses $DOCRULES_CACHE, else the user's cache folder.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Reuse and store compiled packs on disk.</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>With <see cref="UseCache"/>: read nothing from the cache, compile again and store the result (repairs a bad entry).</summary>
    public bool RefreshCache { get; init; }

    /// <summary>Run every rule's example and clean cases when the pack is compiled (not when loaded from cache).</summary>
    public bool RunExamples { get; init; } = true;

    /// <summary>Match timeout of every regex in the pack.</summary>
    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Compile regexes with .NET's source generator when the SDK provides it: several times faster
    /// matching, at the price of JIT-compiling the generated matchers in every process (about a
    /// quarter of a second). Hosts that analyse little text (one small file) do better without.
    /// </summary>
    public bool UseRegexGenerator { get; init; } = true;

    /// <summary>
    /// Folders besides the pack's own folder tree that <c>import</c> and <c>list … from</c> may read
    /// (symbolic links resolved); any other path is refused with DSL0041.
    /// </summary>
    public System.Collections.Immutable.ImmutableArray<string> AllowedRoots { get; init; } = [];

    /// <summary>Reads imported rule files and list files by path; null reads the file system (null result: not found).</summary>
    public Func<string, string?>? ReadFile { get; init; }
}
