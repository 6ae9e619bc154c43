namespace RulesSdk.Semantics;

/// <summary>
/// FNV-1a over a feature name's UTF-16 code units, 64 bits. Hashing the parts of a name in turn gives the hash
/// of the whole name, so a feature read from a sentence is looked up without concatenating its parts. With a
/// few hundred features a model, a collision with a feature the model does not hold is negligible (~2⁻⁵⁴).
/// </summary>
internal static class LeakFeatureHash
{
    public const ulong Seed = 14695981039346656037UL;

    private const ulong Prime = 1099511628211UL;

    public static ulong Of(string name) => Append(Seed, name);

    public static ulong Append(ulong hash, ReadOnlySpan<char> part)
    {
        foreach (var c in part)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }
}
