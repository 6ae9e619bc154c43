using System.Text.RegularExpressions;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules;

/// <summary>
/// A line that is a timestamp or publication metadata ("2024-05-31 18:41", "31/05/2024 18:41",
/// "Publié le 12 mars 2024 à 09:15", "Updated: 2024-03-12T09:15:00Z", "Last updated 22.03.2024 07:05",
/// "Posted May 31, 2024, 6:41 p.m."). In document scope it looks at
/// the last non-blank line; in line scope at the line itself.
/// </summary>
public sealed partial class TrailingMetadataMatcher : RuleMatcher
{
    public override void Match(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(results);
        var lines = syntax.Text.Lines;
        var index = lines.IndexOf(Math.Min(scope.End, syntax.Text.Length));
        if (scope.Start == 0 && scope.End == syntax.Text.Length)
        {
            while (index > 0 && syntax.Prose.AsSpan(lines[index].Span.Start, lines[index].Span.Length).IsWhiteSpace())
            {
                index--;
            }
        }
        else
        {
            index = lines.IndexOf(scope.Start);
        }

        var line = lines[index];
        var prose = syntax.Prose.AsSpan(line.Span.Start, line.Span.Length);
        var trimmedStart = prose.Length - prose.TrimStart().Length;
        var content = prose.Trim();
        if (content.Length is 0 or > 100 || !MetadataLine().IsMatch(content))
        {
            return;
        }

        results.Add(new RuleMatch(new TextSpan(line.Start + trimmedStart, content.Length), scope));
    }

    // Date-time forms and metadata lead words; the whole line must be that and nothing more.
    [GeneratedRegex(
        @"^(?:(?:publi[ée]e?|mis\s+à\s+jour|mise\s+à\s+jour|derni[èe]re\s+mise\s+à\s+jour|modifi[ée]|published|updated|posted|last\s+updated|modified|first\s+published)\b[^!?\n]{0,60}\d[^!?\n]*|\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?:,?\s+\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)?|\d{1,2}[:h]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*[-–,]?\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex MetadataLine();
}
