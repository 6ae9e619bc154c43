using System.CommandLine;
using System.Diagnostics;
using RulesSdk.Cli.Hosting;
using RulesSdk.Cli.Loading;
using RulesSdk.Dsl;
using RulesSdk.Vale;

namespace RulesSdk.Cli.Commands;

/// <summary>
/// <c>docrules import vale PATH</c>: writes a Vale style (a folder of YAML rules, or a .vale.ini)
/// as a DSL pack, one readable .rules file per Vale rule, and prints every problem at its Vale
/// file and line. <c>--check</c> compiles the imported pack, and runs it on the documents given.
/// Existing files are never overwritten (unless <c>--force</c>).
/// </summary>
public sealed class ImportValeCommand(CliConsole console)
{
    private readonly Argument<string> _path = new("PATH")
    {
        Description = "A Vale style folder (its .yml rules), a .vale.ini, or a folder holding a .vale.ini.",
    };

    private readonly Option<string?> _out = new("--out")
    {
        Description = "Folder to write the pack into (default: rules/<style>; with --check and no --out, nothing is written).",
        HelpName = "DIR",
    };

    private readonly Option<string[]> _check = new("--check")
    {
        Description = "Compile the imported pack (rule by rule, with positions) and run it on these documents, if any.",
        HelpName = "DOC",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly Option<bool> _force = new("--force")
    {
        Description = "Overwrite the pack's files when they exist.",
    };

    private readonly Option<string> _language = new("--language")
    {
        Description = "Language of the imported pack (Vale styles carry none).",
        DefaultValueFactory = _ => "en",
    };

    private readonly Option<string?> _sourceUrl = new("--source-url")
    {
        Description = "Base URL of the style's source (e.g. a GitHub tree at a commit): each rule's description links to URL/Style/Rule.yml.",
        HelpName = "URL",
    };

    public Command Build()
    {
        var vale = new Command("vale", "Import a Vale style as a rule pack: one .rules file per Vale rule, unsupported fields listed as warnings.");
        vale.Arguments.Add(_path);
        vale.Options.Add(_out);
        vale.Options.Add(_check);
        vale.Options.Add(_force);
        vale.Options.Add(_language);
        vale.Options.Add(_sourceUrl);
        vale.SetAction((parse, cancellation) => RunAsync(parse));
        var import = new Command("import", "Import rules written for another tool.");
        import.Subcommands.Add(vale);
        return import;
    }

    /// <summary>Imports <paramref name="path"/> into <paramref name="outDirectory"/>; shared with <c>docrules init --from-vale</c>.</summary>
    public int Import(string path, string? outDirectory, bool force, string language, string? sourceUrl, out ValeImport import, out string directory)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            import = ValeImporter.Import(path, new ValeImportOptions { Language = language, SourceBaseUrl = sourceUrl });
        }
        catch (FileNotFoundException ex)
        {
            throw new CliException($"{path}: error: {ex.Message}");
        }

        foreach (var diagnostic in import.Diagnostics)
        {
            console.Error.WriteLine(diagnostic.ToString());
        }

        directory = Path.GetFullPath(outDirectory ?? Path.Combine("rules", import.PackId));
        var target = directory;
        var existing = import.Files.Keys.Where(f => File.Exists(Path.Combine(target, f))).ToList();
        if (existing.Count > 0 && !force)
        {
            throw new CliException(existing.Select(f => $"{Path.Combine(target, f)}: error: already exists; use --force to overwrite (nothing was written)"));
        }

        import.WriteTo(directory);
        console.Out.WriteLine($"imported {import.Rules.Length} Vale rules into {Path.GetRelativePath(Directory.GetCurrentDirectory(), directory)} " +
            $"({import.SkippedRules.Length} skipped, {import.Diagnostics.Count(d => !d.IsError)} warnings) in {clock.ElapsedMilliseconds} ms");
        return import.HasErrors ? ExitCodes.BadInput : ExitCodes.Success;
    }

    private async Task<int> RunAsync(ParseResult parse)
    {
        var path = parse.GetValue(_path)!;
        var checkRequested = parse.GetResult(_check) is not null;
        var documents = parse.GetValue(_check) ?? [];
        var outDirectory = parse.GetValue(_out);
        var temporary = checkRequested && outDirectory is null ? Path.Combine(Path.GetTempPath(), "docrules-vale-" + Guid.NewGuid().ToString("N")) : null;
        try
        {
            var exit = Import(path, temporary ?? outDirectory, parse.GetValue(_force), parse.GetValue(_language)!, parse.GetValue(_sourceUrl), out _, out var directory);
            if (!checkRequested)
            {
                return exit;
            }

            var compiled = Compile(directory);
            if (!compiled)
            {
                return ExitCodes.BadInput;
            }

            if (documents.Length > 0)
            {
                // The imported pack alone, as a user would run it after importing.
                var check = await DocRulesApp.RunAsync(["check", .. documents, "--rules", directory, "--no-builtin"], console).ConfigureAwait(false);
                return exit == ExitCodes.Success ? check : exit;
            }

            return exit;
        }
        finally
        {
            if (temporary is not null && Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }

    private bool Compile(string directory)
    {
        var problems = new List<string>();
        var sources = PackLoader.ReadSources(directory, problems);
        foreach (var problem in problems)
        {
            console.Error.WriteLine(problem);
        }

        var clock = Stopwatch.StartNew();
        // Interpreted regexes, cached as 'check' caches a small run's pack: the check that follows
        // reuses this compilation instead of paying for a second one.
        var compilation = RulePack.Compile(sources, new RulePackOptions { UseRegexGenerator = false });
        foreach (var diagnostic in compilation.Diagnostics)
        {
            console.Error.WriteLine(diagnostic.ToDisplayString());
        }

        if (compilation.Success)
        {
            console.Out.WriteLine($"compiled {compilation.Pack!.Rules.Length} rules in {clock.ElapsedMilliseconds} ms; their examples pass");
        }

        return compilation.Success && problems.Count == 0;
    }
}
