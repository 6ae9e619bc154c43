using System.Text.RegularExpressions;
using RulesSdk.Analyzers;
using RulesSdk.Text;

namespace RulesSdk.Semantics;

/// <summary>
/// A cheap test before the model's costly patterns: the literals one of which every match of a
/// pattern must contain (<see cref="RegexLiterals.Required"/>, read from the pattern itself, so
/// the test follows any change to it), searched in one vectorised scan.
/// </summary>
internal static class RegexCues
{
    /// <summary>Null (no test: always run the patterns) when one of <paramref name="patterns"/> has no required literal.</summary>
    public static TextPrefilter? Of(params Regex[] patterns)
    {
        var literals = new List<string>();
        foreach (var pattern in patterns)
        {
            var required = RegexLiterals.Required(pattern.ToString(), (pattern.Options & RegexOptions.IgnorePatternWhitespace) != 0);
            if (required.IsEmpty)
            {
                return null;
            }

            // A part of a required literal is required too. Runs without white space, because the meta
            // detector reads text with words blanked out, which can create the space a literal needs.
            literals.AddRange(required.Select(LongestRunWithoutWhiteSpace));
        }

        return literals.Any(string.IsNullOrEmpty) ? null : TextPrefilter.Create(literals);
    }

    /// <summary>False only when no match is possible in <paramref name="text"/>.</summary>
    public static bool MightMatch(TextPrefilter? cues, ReadOnlySpan<char> text) => cues?.MightMatch(text) ?? true;

    private static string LongestRunWithoutWhiteSpace(string literal) =>
        literal.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).OrderByDescending(r => r.Length).FirstOrDefault() ?? string.Empty;
}
