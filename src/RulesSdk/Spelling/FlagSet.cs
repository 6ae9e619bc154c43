namespace RulesSdk.Spelling;

/// <summary>The flags of a dictionary word or an affix's continuation: a small sorted array, shared between equal sets.</summary>
internal readonly struct FlagSet(int[] flags)
{
    public static readonly FlagSet Empty = new([]);

    private readonly int[] _flags = flags;

    public bool IsEmpty => _flags is null || _flags.Length == 0;

    public bool Contains(int flag) => flag != 0 && _flags is not null && (_flags.Length < 8 ? Array.IndexOf(_flags, flag) >= 0 : Array.BinarySearch(_flags, flag) >= 0);
}
