namespace RulesSdk.Rules;

/// <summary>
/// Lists of matches for generated analyzers: each analyzer asks for one per scope it analyses (every
/// sentence or block of every document), and almost all stay empty, so the list is borrowed from the
/// thread and given back instead of being allocated each time.
/// </summary>
public static class RuleMatchPool
{
    // Lists that grew past this are not kept: one odd document should not pin a large array.
    private const int MaxKeptCapacity = 256;

    [ThreadStatic]
    private static List<RuleMatch>? t_free;

    /// <summary>An empty list for the caller alone until the lease is disposed.</summary>
    public static RuleMatchLease Rent()
    {
        var list = t_free ?? new List<RuleMatch>();
        t_free = null;
        return new RuleMatchLease(list);
    }

    internal static void Return(List<RuleMatch> list)
    {
        if (list.Capacity <= MaxKeptCapacity)
        {
            list.Clear();
            t_free = list;
        }
    }
}
