using System.CommandLine;
using RulesSdk.Cli.Formatting;
using RulesSdk.Cli.Hosting;
using RulesSdk.Diagnostics;

namespace RulesSdk.Cli.Commands;

/// <summary><c>docrules list</c>: a table of every loaded rule (id, severity, category, pack, title) sorted by id, then the SDK's own diagnostics.</summary>
public sealed class ListCommand(CliConsole console)
{
    private readonly RuleOptions _rules = new();

    public Command Build()
    {
        var command = new Command("list", "List every loaded rule: id, severity (as configured), category and title.");
        _rules.AddTo(command);
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        var configuration = _rules.LoadConfiguration(parse, null);
        var catalog = _rules.LoadCatalog(parse, configuration, console.Error);
        string[] header = ["ID", "SEVERITY", "CATEGORY", "PACK", "TITLE"];
        var ordered = catalog.PackRules.OrderBy(r => r.Id, StringComparer.OrdinalIgnoreCase)
            .Concat(catalog.SdkRules);
        var rows = ordered
            .Select(rule => new[]
            {
                rule.Id,
                configuration.GetEffectiveSeverity(rule.Descriptor, string.Empty) is { } severity ? Diagnostic.SeverityText(severity) : "off",
                rule.Descriptor.Category,
                rule.PackId,
                rule.Descriptor.Title,
            })
            .ToList();
        var widths = Enumerable.Range(0, header.Length - 1)
            .Select(column => rows.Select(r => r[column].Length).Append(header[column].Length).Max())
            .ToArray();
        console.Out.WriteLine(Ansi.Paint(FormatRow(header, widths), Ansi.Bold, console.UseColor));
        foreach (var row in rows)
        {
            console.Out.WriteLine(FormatRow(row, widths));
        }

        console.Out.WriteLine($"{AnalysisReport.Plural(catalog.PackRules.Length, "rule")} in {AnalysisReport.Plural(catalog.Packs.Length, "pack")}");
        return ExitCodes.Success;
    }

    private static string FormatRow(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((cell, i) => i < widths.Length ? cell.PadRight(widths[i]) : cell));
}
