using System.CommandLine;
using RulesSdk.Cli.Formatting;
using RulesSdk.Cli.Hosting;
using RulesSdk.Diagnostics;
using RulesSdk.Dsl;

namespace RulesSdk.Cli.Commands;

/// <summary><c>docrules explain ID</c>: a rule's metadata, description, examples and help link.</summary>
public sealed class ExplainCommand(CliConsole console)
{
    private readonly RuleOptions _rules = new();

    private readonly Argument<string> _id = new("ID")
    {
        Description = "The rule id, e.g. PL0001.",
    };

    public Command Build()
    {
        var command = new Command("explain", "Describe a rule: what it flags, its fixes, its examples and its help link.");
        command.Arguments.Add(_id);
        _rules.AddTo(command);
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        var id = parse.GetValue(_id)!;
        var configuration = _rules.LoadConfiguration(parse, null);
        var catalog = _rules.LoadCatalog(parse, configuration, console.Error);
        var rule = catalog.Find(id) ?? throw new CliException($"error: unknown rule id '{ControlCharacters.Escape(id)}' (docrules list shows the loaded rules)");
        var descriptor = rule.Descriptor;
        var output = console.Out;
        output.WriteLine($"{rule.Id}: {descriptor.Title}");
        output.WriteLine();
        Field("name", rule.Name);
        Field("pack", rule.PackId);
        Field("severity", Diagnostic.SeverityText(descriptor.DefaultSeverity) + (descriptor.IsEnabledByDefault ? string.Empty : " (off unless configured)"));
        Field("category", descriptor.Category);
        if (rule.Info is { } info)
        {
            Field("scope", info.Scope);
            Field("language", info.Language);
            Field("defined in", $"{info.Path}({info.Line})");
            if (!info.FixTitles.IsEmpty)
            {
                Field("fixes", string.Join("; ", info.FixTitles.Select((title, i) => i == 0 && info.HasSafeFix ? title + " (safe: applied by docrules fix)" : title + " (suggestion)")));
            }
        }

        if (!descriptor.CustomTags.IsEmpty)
        {
            Field("tags", string.Join(", ", descriptor.CustomTags));
        }

        Field("message", descriptor.MessageFormat);
        Field("help", descriptor.HelpLinkUri.Length > 0 ? descriptor.HelpLinkUri : "(none)");
        if (descriptor.Description.Length > 0)
        {
            output.WriteLine();
            output.WriteLine(descriptor.Description);
        }

        if (rule.Info is { Examples.IsEmpty: false } withExamples)
        {
            output.WriteLine();
            output.WriteLine("Examples:");
            foreach (var example in withExamples.Examples)
            {
                if (example.IsClean)
                {
                    output.WriteLine($"  clean:    {DslString.Quote(example.Input)}");
                    continue;
                }

                output.WriteLine($"  flagged:  {DslString.Quote(example.Input)}");
                if (example.Output is not null)
                {
                    output.WriteLine($"  fixed:    {DslString.Quote(example.Output)}");
                }
            }
        }

        return ExitCodes.Success;

        void Field(string name, string value) => output.WriteLine($"  {(name + ":").PadRight(12)}{value}");
    }
}
