namespace RulesSdk.Spelling;

/// <summary>How an affix file writes its flags (Hunspell's <c>FLAG</c> directive).</summary>
public enum FlagMode
{
    /// <summary>One character a flag (the default).</summary>
    Char,

    /// <summary>Two characters a flag (<c>FLAG long</c>, as dictionary-fr uses).</summary>
    Long,

    /// <summary>Decimal numbers separated by commas (<c>FLAG num</c>).</summary>
    Numeric,

    /// <summary>One Unicode character a flag (<c>FLAG UTF-8</c>).</summary>
    Utf8,
}
