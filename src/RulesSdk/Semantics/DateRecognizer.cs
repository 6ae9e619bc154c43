using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using RulesSdk.Text;

namespace RulesSdk.Semantics;

/// <summary>
/// Dates and times in French and English: ISO 8601 ("2024-06-13T21:07:00+02:00"), numeric
/// ("13/06/2024", "13.06.2024", US "06/13/2024"), written out with or without a weekday ("jeudi
/// 13 juin 2024", "Thursday, June 13, 2024", "13 June 2024", "jeu. 13 juin"), followed by a time
/// ("à 21h07", "21 h 07", "at 9:07 p.m.", "21.07") and a zone ("UTC", "(UTC+1)", "CET", "(heure de Paris)",
/// "(London time)"). Relative times and reading times ("il y a 2 heures", "3 min read") are read by
/// <see cref="MetadataLine"/>, where they anchor a metadata line.
/// </summary>
internal static partial class DateRecognizer
{
    private static readonly string[] FrenchMonths = ["janv", "fevr", "mars", "avr", "mai", "juin", "juil", "aout", "sept", "oct", "nov", "dec"];
    private static readonly string[] EnglishMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static ImmutableArray<DateMention> Find(string prose, TextSpan range, string language)
    {
        var results = ImmutableArray.CreateBuilder<DateMention>();
        var text = prose.Substring(range.Start, range.Length);
        foreach (Match match in DatePattern().Matches(text))
        {
            var mention = Parse(match, range.Start, language);
            if (mention is not null)
            {
                results.Add(mention);
            }
        }

        return results.ToImmutable();
    }

    private static DateMention? Parse(Match m, int offset, string language)
    {
        int? year = null, month = null, day = null;
        if (m.Groups["iy"].Success)
        {
            (year, month, day) = (Int(m.Groups["iy"]), Int(m.Groups["im"]), Int(m.Groups["id"]));
        }
        else if (m.Groups["na"].Success)
        {
            var (a, b) = (Int(m.Groups["na"])!.Value, Int(m.Groups["nb"])!.Value);
            year = Year(m.Groups["ny"]);
            // Day first, as in French and British English; an English date with slashes is read month first
            // (US), and any date whose second part cannot be a month is read month first too.
            var monthFirst = (language == "en" && m.Value.Contains('/', StringComparison.Ordinal) && a <= 12) || (b > 12 && a <= 12);
            (day, month) = monthFirst ? (b, a) : (a, b);
        }
        else if (m.Groups["wm"].Success)
        {
            month = MonthNumber(m.Groups["wm"].Value);
            day = Int(m.Groups["wd"]) ?? Int(m.Groups["wd2"]);
            year = Year(m.Groups["wy"]);
        }

        if (month is < 1 or > 12 || day is < 1 or > 31)
        {
            return null;
        }

        TimeOnly? time = null;
        if (m.Groups["h"].Success)
        {
            var hour = Int(m.Groups["h"])!.Value;
            var minute = Int(m.Groups["min"]) ?? 0;
            var second = Int(m.Groups["s"]) ?? 0;
            var ampm = m.Groups["ampm"].Value.Replace(".", string.Empty, StringComparison.Ordinal).Trim().ToLowerInvariant();
            if (ampm == "pm" && hour < 12)
            {
                hour += 12;
            }
            else if (ampm == "am" && hour == 12)
            {
                hour = 0;
            }

            if (hour > 23 || minute > 59 || second > 59)
            {
                return null;
            }

            time = new TimeOnly(hour, minute, second);
        }

        if (month is null && time is null)
        {
            return null;
        }

        var zone = m.Groups["zone"].Success ? m.Groups["zone"].Value.Trim().Trim('(', ')') : null;
        return new DateMention(new TextSpan(offset + m.Index, m.Length), year, month, day, time, zone);
    }

    private static int? Int(Group group) =>
        group.Success && int.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static int? Year(Group group) => Int(group) is { } y ? (y < 100 ? 2000 + y : y) : null;

    private static int? MonthNumber(string name)
    {
        var folded = SemanticLexicon.Fold(name).TrimEnd('.');
        for (var i = 0; i < 12; i++)
        {
            if (folded.StartsWith(FrenchMonths[i], StringComparison.Ordinal) || folded.StartsWith(EnglishMonths[i], StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return folded.StartsWith("fev", StringComparison.Ordinal) ? 2 : null;
    }

    // One pattern: a date (ISO, numeric or written) optionally followed by a time and a zone, or a
    // time alone with an explicit separator (":", "h") and optionally a zone.
    [GeneratedRegex("""
        (?<![\p{L}\d])
        (?:
          (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+)?
          (?:
            (?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})
          | (?<na>\d{1,2})[/.\-](?<nb>\d{1,2})[/.\-](?<ny>\d{4}|\d{2})(?![\d.])
          | (?<wd>\d{1,2})(?:er|st|nd|rd|th)?\s+(?<wm>janvier|janv|février|fevrier|févr|fevr|mars|avril|avr|mai|juin|juillet|juil|août|aout|septembre|sept|octobre|oct|novembre|nov|décembre|decembre|déc|dec|january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sep|october|november|december)\.?(?:,?\s+(?<wy>\d{4}))?
          | (?<wm>january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec)\.?\s+(?<wd2>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<wy>\d{4}))?
          )
          (?:
            (?:T|\s*(?:,|à|at|–|—|-|\|)?\s*)
            (?<h>\d{1,2})(?:\s*(?::|h|\.)\s*(?<min>\d{2})(?::(?<s>\d{2})(?:\.\d+)?)?|\s*h\b)(?:\s*(?<ampm>[ap]\.?\s?m\.?))?
          )?
        | (?<h>\d{1,2})\s*(?::|h)\s*(?<min>\d{2})(?::(?<s>\d{2}))?(?:\s*(?<ampm>[ap]\.?\s?m\.?))?
        | (?<h>\d{1,2})\s*(?<ampm>[ap]\.m\.|[ap]m\b)
        )
        (?:\s*(?<zone>Z|[+\-]\d{2}:?\d{2}|\(?(?:UTC|GMT)(?:\s?[+\-]\s?\d{1,2}(?::?\d{2})?)?\)?|\(?(?:CEST|CET|BST|EST|EDT|CST|CDT|PST|PDT|ET|PT)\)?|\(?heure\s+(?:de\s+\p{L}+|locale|française)\)?|\(?local\s+time\)?|\((?:\p{L}+\s+){1,2}time\)))?
        (?![\p{L}\d])
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DatePattern();
}
