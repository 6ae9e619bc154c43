namespace RulesSdk.Rules;

/// <summary>A list of matches borrowed from <see cref="RuleMatchPool"/>; disposing gives it back, emptied.</summary>
public readonly struct RuleMatchLease : IDisposable
{
    internal RuleMatchLease(List<RuleMatch> matches) => Matches = matches;

    /// <summary>The borrowed list, empty when rented; not to be kept after the lease is disposed.</summary>
    public List<RuleMatch> Matches { get; }

    public void Dispose()
    {
        if (Matches is not null)
        {
            RuleMatchPool.Return(Matches);
        }
    }
}
