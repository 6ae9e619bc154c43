using System.CommandLine;
using System.Text;
using RulesSdk.Cli.Hosting;

namespace RulesSdk.Cli.Commands;

/// <summary>
/// <c>docrules init</c>: writes a starter <c>.docrules.json</c> and <c>rules/sample.rules</c> (one rule
/// whose examples pass <c>docrules test</c> as created). Refuses to overwrite either file.
/// </summary>
public sealed class InitCommand(CliConsole console)
{
    public const string ConfigurationFile = ".docrules.json";

    public const string SampleRules = "rules/sample.rules";

    public const string ConfigurationText = """
        {
          // docrules configuration: docs/cli.md describes every setting.
          // Rule packs loaded besides the built-in ones: .rules files or folders of them.
          "rulePacks": ["rules"],
          // Severity per rule id: error, warning, info, hidden or none.
          "rules": {
            "LOC0001": "warning"
          },
          // Extensions of the documents found in folders.
          "extensions": [".md", ".markdown", ".txt"],
          // Globs (relative to this file) never checked.
          "exclude": ["node_modules/**"]
        }

        """;

    public const string SampleRulesText = """
        # A starter rule pack. Each rule carries its own test cases: `docrules test rules` runs them.
        # The rule language is described in docs/dsl-reference.md.
        pack local.sample "Starter rules for this project"
        language any

        rule LOC0001 editorial-lead-in
          title       "Editorial lead-in before a reported fact"
          message     "The writer steps into the story with '{match}'"
          description "Reported facts open with the fact or its source, not with the writer's feelings about sharing it."
          severity    warning
          category    style
          scope       sentence outside quotes
          match       /\b[Ww]e are (?:happy|pleased|proud) to (?:share|announce|report) that,?\s*/
          fix         "Remove the lead-in" => delete match then capitalize next
          example     "We are happy to share that, according to the ministry, the bridge is open."
                   => "According to the ministry, the bridge is open."
          clean       "According to the ministry, the bridge is open."
        end

        """;

    private readonly Option<string?> _fromVale = new("--from-vale")
    {
        Description = "Start from a Vale style or .vale.ini instead of the sample rule: imports it into rules/<style> (see 'docrules import vale').",
        HelpName = "PATH",
    };

    public Command Build()
    {
        var command = new Command("init", $"Create a starter {ConfigurationFile} and {SampleRules} in the current folder (existing files are never overwritten).");
        command.Options.Add(_fromVale);
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        var cwd = Directory.GetCurrentDirectory();
        if (parse.GetValue(_fromVale) is { } vale)
        {
            return ValeInit.Run(console, vale, cwd, ConfigurationFile, ConfigurationText);
        }

        (string Relative, string Text)[] files = [(ConfigurationFile, ConfigurationText), (SampleRules, SampleRulesText)];
        var existing = files.Where(f => File.Exists(Path.Combine(cwd, f.Relative)) || Directory.Exists(Path.Combine(cwd, f.Relative))).ToList();
        if (existing.Count > 0)
        {
            throw new CliException(existing.Select(f => $"{f.Relative}: error: already exists; docrules init never overwrites a file (nothing was written)"));
        }

        // A folder a file needs that is a file ("rules" as a file): said before anything is written.
        var blocked = files
            .Select(f => Path.GetDirectoryName(f.Relative))
            .Where(folder => !string.IsNullOrEmpty(folder) && File.Exists(Path.Combine(cwd, folder)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (blocked.Count > 0)
        {
            throw new CliException(blocked.Select(folder => $"{folder}: error: is a file, and docrules init needs a folder of that name (nothing was written)"));
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var (relative, text) in files)
        {
            var full = Path.Combine(cwd, relative);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
                stream.Write(encoding.GetBytes(text.ReplaceLineEndings("\n")));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliException([$"{relative}: error: cannot be written: {ex.Message}"]);
            }

            console.Out.WriteLine($"created {relative}");
        }

        console.Out.WriteLine("next: `docrules test rules` runs the sample rule's examples; `docrules check PATH` checks documents.");
        return ExitCodes.Success;
    }
}
