using System.Text.RegularExpressions;

namespace RulesSdk.Vale.Tests;

/// <summary>
/// Vale's own fixtures for a style (../shared/vale/Microsoft beside the repository): each
/// fixtures/NAME/test.md with its .vale.ini, and features/rules.feature, which lists the findings
/// Vale gives as "test.md:LINE:COLUMN:Style.Rule:message" under "When I test "NAME"".
/// </summary>
internal static partial class ValeFixtures
{
    public static string? MicrosoftRoot
    {
        get
        {
            var root = Testing.RepoRoot.Find();
            var folder = root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared", "vale", "Microsoft"));
            return folder is not null && Directory.Exists(Path.Combine(folder, "Microsoft")) ? folder : null;
        }
    }

    /// <summary>A style repository committed under tests/vale-styles (write-good, proselint).</summary>
    public static string InRepository(string name) =>
        Path.Combine(Testing.RepoRoot.Find() ?? throw new InvalidOperationException("no repository root"), "tests", "vale-styles", name);

    /// <summary>Fixture name → expected (line, column, Style.Rule) findings, commented-out scenarios left out.</summary>
    public static Dictionary<string, List<(int Line, int Column, string Rule)>> Expected(string featureFile)
    {
        var expected = new Dictionary<string, List<(int, int, string)>>(StringComparer.Ordinal);
        List<(int, int, string)>? current = null;
        foreach (var raw in File.ReadLines(featureFile))
        {
            var line = raw.Trim();
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (When().Match(line) is { Success: true } when)
            {
                current = [];
                expected[when.Groups[1].Value] = current;
            }
            else if (current is not null && Finding().Match(line) is { Success: true } finding)
            {
                current.Add((int.Parse(finding.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(finding.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), finding.Groups[3].Value));
            }
        }

        return expected;
    }

    [GeneratedRegex("^When I test \"([^\"]+)\"")]
    private static partial Regex When();

    [GeneratedRegex(@"^test\.md:(\d+):(\d+):([\w-]+\.[\w-]+):")]
    private static partial Regex Finding();
}
