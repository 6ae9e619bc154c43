namespace RulesSdk.Dsl.Binding;

/// <summary>Which quotations a match may start in.</summary>
public enum QuoteFilter
{
    Anywhere,
    OutsideQuotes,
    InsideQuotes,
}
