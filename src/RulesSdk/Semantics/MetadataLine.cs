using System.Text.RegularExpressions;

namespace RulesSdk.Semantics;

/// <summary>
/// Whether a closing line is publication metadata rather than prose: once its dates are blanked out,
/// what is left holds only publication words ("Publié le", "Updated", "Filed"), a relative time ("il y a
/// 2 heures", "3 hours ago"), a reading time or word count ("3 min de lecture", "2 min read", "650 mots"),
/// rights ("© 2024, tous droits réservés"), separators, numbers and a short byline or place in capitals
/// ("par la rédaction", "By Staff Reporter", "– Colmar"). The line needs an anchor: a date, a relative
/// time ("hier à 18h02" too) or a reading time.
/// </summary>
internal static partial class MetadataLine
{
    /// <summary>Capitalised words allowed in one line: a byline ("Sports Desk") or a place ("Colmar").</summary>
    private const int MaxNameWords = 4;

    /// <param name="rest">The line with its dates blanked out.</param>
    /// <param name="hasDate">Whether a date (or a full time) was blanked out.</param>
    public static bool IsMetadata(string rest, bool hasDate)
    {
        // "— Name (@handle) October 20, 2024" closes an embedded post, not the article.
        if (EmbeddedPost.IsAttributionLine(rest))
        {
            return false;
        }

        // "Photo : Reuters/Jean Dupont, le 13 juin 2024": a picture's credit dates the picture, not the article.
        if (CreditLabel().IsMatch(rest) && !PublicationWord().IsMatch(rest))
        {
            return false;
        }

        var anchored = hasDate;
        rest = Anchor().Replace(rest, m =>
        {
            anchored = true;
            return new string(' ', m.Length);
        });

        if (!anchored)
        {
            return false;
        }

        var names = 0;
        foreach (Match word in Word().Matches(rest))
        {
            var value = word.Value;
            if (MetadataWord().IsMatch(value) || value.All(char.IsDigit))
            {
                continue;
            }

            // A capitalised word is a byline or a place; a lower-case word that is not a publication word is prose.
            if (!char.IsUpper(value[0]) || ++names > MaxNameWords)
            {
                return false;
            }
        }

        return true;
    }

    // A relative time or a reading time: each anchors a metadata line as a date does. "hier à" is read
    // after the dates were blanked out, so its time ("18h02") is the run of spaces after it.
    [GeneratedRegex("""
        (?<![\p{L}\d])(?:
          il\s+y\s+a\s+\d+\s*(?:secondes?|s|minutes?|min|mn|heures?|h|jours?|j|semaines?|mois|ans?)
        | \d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?|years?)\s+ago
        | (?:temps\s+de\s+)?lecture\s*:?\s*\d+\s*(?:min(?:utes?)?|mn)\.?
        | reading\s+time\s*:?\s*\d+\s*(?:min(?:ute)?s?)\.?
        | \d+\s*(?:min(?:ute)?s?|mn)\.?\s*(?:de\s+lecture|read|reading(?:\s+time)?)
        | \d[\d\s.,]*\s*(?:mots|words)
        | (?:hier|aujourd[’']hui|avant-hier|yesterday|today)\s*,?\s*(?:à|at)(?=\s{4,})
        | (?:maj|màj|mis\s+à\s+jour|actualisé|publié|updated|posted|published)\s+(?:le|on)?\s*[0-3]?\d[/.][01]?\d(?![/.]?\d)
        )(?![\p{L}\d])
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Anchor();

    [GeneratedRegex(@"\A\s*[(\[]?\s*(?:photos?|images?|illustrations?|cr[ée]dits?(?:\s+photo)?|vid[ée]os?|l[ée]gende|caption)\s*[:/–—-]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CreditLabel();

    [GeneratedRegex(@"\b(?:publi\p{L}*|updated?|posted|filed|modifi\p{L}*|actualis\p{L}*|mis\p{L}*\s+(?:à\s+jour|en\s+ligne)|maj|màj)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PublicationWord();

    [GeneratedRegex(@"[\p{L}\d][\p{L}\d’'\-]*", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:publi[ée]e?s?|publication|date|cet|cette|ce|été|maj|màj|modification|actualis[ée]e?|actualisation|this|was|has|been|story|page|de|du|des|le|la|les|l[’']|d[’']|mis|mise|à|a|jour|jours|en|ligne|modifi[ée]e?|derni[èe]re|dernier|article|et|par|heure|heures|paris|locale|h|min|minutes?|mn|lecture|mots|signes|r[ée]daction|r[ée]dacteur|r[ée]dactrice|correspondante?|envoy[ée]e?|sp[ée]ciale?|agence|avec|source|sources|photo|cr[ée]dit|tous|droits|r[ée]serv[ée]s|mots-cl[ée]s|cat[ée]gorie|rubrique|cr[ée][ée]e?|[ée]crit|updated?|published|posted|filed|last|first|on|at|by|modified|edited|and|the|time|local|am|pm|version|read|reading|words|staff|desk|reporter|correspondent|agency|with|credit|all|rights|reserved|copyright|tags?|category|section|created|written|utc|gmt|cet|cest|bst|est|edt|cst|cdt|pst|pdt|et|pt|z)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MetadataWord();
}
