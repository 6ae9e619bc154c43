namespace RulesSdk.Spelling;

/// <summary>
/// One <c>PFX</c>/<c>SFX</c> rule line: remove <see cref="Strip"/> from the stem, add <see cref="Add"/>,
/// when <see cref="Condition"/> holds; <see cref="Continuation"/> are the flags the affixed form
/// carries in turn (a second suffix, a prefix, NEEDAFFIX…).
/// </summary>
internal sealed class AffixEntry(int flag, bool isPrefix, bool crossProduct, string strip, string add, AffixCondition condition, FlagSet continuation)
{
    public int Flag { get; } = flag;

    public bool IsPrefix { get; } = isPrefix;

    public bool CrossProduct { get; } = crossProduct;

    public string Strip { get; } = strip;

    public string Add { get; } = add;

    public AffixCondition Condition { get; } = condition;

    public FlagSet Continuation { get; } = continuation;
}
