using System.Text.RegularExpressions;
using RulesSdk.Syntax;

namespace RulesSdk.Semantics;

/// <summary>
/// Whether a document is signed, in one of its first blocks, by the outlet's own correspondent: « Par notre envoyé
/// spécial à Rungis, Paul Arnaud », « De notre correspondante à Bruxelles », "By our special correspondent", "From our
/// correspondent in Kyiv". Such a reportage may put its writer on the scene in the first person.
/// </summary>
internal static partial class CorrespondentByline
{
    // The byline stands near the top: the title, a standfirst, then the byline.
    private const int BlocksRead = 4;

    // Read once per document, by DocumentSemantics.IsSignedByCorrespondent (a lazy reading of the document, as its
    // genre and interview layout are).
    public static bool Signs(DocumentSyntax document)
    {
        foreach (var block in document.Blocks.Take(BlocksRead))
        {
            if (Byline().IsMatch(block.Prose))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\A[\s*_]*(?:(?:par|de)\s+(?:notre|nos)\s+(?:envoyée?s?\s+spéciale?s?|correspondante?s?|reporters?|journalistes?)|(?:by|from)\s+our\s+(?:own\s+|special\s+|foreign\s+|staff\s+)?(?:correspondents?|reporters?))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Byline();
}
