namespace RulesSdk.Cli.Jsonl;

/// <summary>
/// <c>--shard K/N</c>: of the input lines numbered 1, 2, 3…, this process takes line n when
/// (n - 1) % N == K - 1, so N processes given 1/N … N/N together take every line exactly once.
/// </summary>
public readonly record struct ShardSpec(int Index, int Count)
{
    public static ShardSpec All { get; } = new(1, 1);

    /// <summary>Whether the 1-based input line <paramref name="lineNumber"/> belongs to this shard.</summary>
    public bool Takes(long lineNumber) => (lineNumber - 1) % Count == Index - 1;

    public static bool TryParse(string? text, out ShardSpec shard, out string error)
    {
        shard = All;
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var parts = text.Split('/');
        if (parts.Length != 2 ||
            !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) ||
            !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count))
        {
            error = $"--shard '{text}': expected K/N, e.g. 2/4 (the second of four shards)";
            return false;
        }

        if (count < 1 || index < 1 || index > count)
        {
            error = $"--shard '{text}': K must be between 1 and N, and N at least 1";
            return false;
        }

        shard = new ShardSpec(index, count);
        return true;
    }

    public override string ToString() => $"{Index}/{Count}";
}
