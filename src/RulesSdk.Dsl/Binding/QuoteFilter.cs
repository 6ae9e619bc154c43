using System.Collections.Immutable;
using RulesSdk.Diagnostics;
using RulesSdk.Dsl.Syntax;

namespace RulesSdk.Dsl.Binding;

/// <summary>Which quotations a match may start in.</summary>
public enum QuoteFilter
{
    Anywhere,
    OutsideQuotes,
    InsideQuotes,
}
