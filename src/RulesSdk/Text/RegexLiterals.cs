using System.Collections.Immutable;

namespace RulesSdk.Text;

/// <summary>
/// Conservative literal extraction for prefilters: a literal is only returned when every match of
/// the pattern must contain it (ignoring case), so skipping text without it never loses a match.
/// The DSL derives its rules' prefilters with it; the semantic model gates its own patterns.
/// </summary>
public static class RegexLiterals
{
    /// <summary>
    /// Literals at least one of which every match of <paramref name="pattern"/> contains (ignoring
    /// case); empty when none can be proven. A leading <c>(?x)</c> or the x flag turns on x mode.
    /// </summary>
    public static ImmutableArray<string> Required(string pattern, bool ignoreWhitespace)
    {
        var leadingX = System.Text.RegularExpressions.Regex.IsMatch(pattern, @"^\(\?[imns]*x[imnsx]*\)", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        return RegexLiteralExtractor.Extract(pattern, ignoreWhitespace || leadingX) ?? [];
    }
}
