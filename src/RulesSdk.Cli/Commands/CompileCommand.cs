using System.CommandLine;
using RulesSdk.Cli.Formatting;
using RulesSdk.Cli.Hosting;
using RulesSdk.Cli.Loading;
using RulesSdk.Dsl;

namespace RulesSdk.Cli.Commands;

/// <summary><c>docrules compile</c>: compile rule packs (no cache), print every DSL problem with a caret, optionally keep the generated C#.</summary>
public sealed class CompileCommand(CliConsole console)
{
    private readonly Argument<string[]> _packs = new("RULES")
    {
        Description = "Rule packs to compile: .rules files or folders of them (each is one pack).",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string?> _emitCs = new("--emit-cs")
    {
        Description = "Write the C# generated for each pack into DIR (DIR/<pack folder or file name>/ when several packs are given).",
        HelpName = "DIR",
    };

    public Command Build()
    {
        var command = new Command("compile", "Compile rule packs, report DSL errors with their line and a caret, and optionally write the generated C#.");
        command.Arguments.Add(_packs);
        command.Options.Add(_emitCs);
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        var packs = parse.GetValue(_packs) ?? [];
        var emitDirectory = parse.GetValue(_emitCs);
        if (emitDirectory is not null && string.IsNullOrWhiteSpace(emitDirectory))
        {
            throw new CliException("--emit-cs: error: needs a folder to write the generated C# into (an empty path was given)");
        }

        var failed = false;
        foreach (var path in packs)
        {
            var problems = new List<string>();
            var sources = PackLoader.ReadSources(path, problems);
            foreach (var problem in problems)
            {
                console.Error.WriteLine(problem);
            }

            if (sources.IsDefaultOrEmpty)
            {
                failed = true;
                continue;
            }

            var compilation = RulePack.Compile(sources, new RulePackOptions { UseCache = false });
            foreach (var diagnostic in compilation.Diagnostics)
            {
                console.Error.WriteLine(diagnostic.ToDisplayString());
            }

            if (emitDirectory is not null)
            {
                var target = packs.Length == 1 ? emitDirectory : Path.Combine(emitDirectory, PackFolderName(path));
                EmitSources(compilation, target);
            }

            if (!compilation.Success || compilation.Pack is null)
            {
                failed = true;
                var errors = compilation.Diagnostics.Count(d => !d.IsWarning);
                console.Error.WriteLine($"{path}: error: the pack did not compile ({errors} {(errors == 1 ? "error" : "errors")})");
                continue;
            }

            var pack = compilation.Pack;
            console.Out.WriteLine($"{path}: pack {pack.Id} \"{pack.Title}\": {pack.Rules.Length} {(pack.Rules.Length == 1 ? "rule" : "rules")} compiled");
        }

        return failed ? ExitCodes.BadInput : ExitCodes.Success;
    }

    private static string PackFolderName(string path)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(path);
        var name = Directory.Exists(trimmed) ? Path.GetFileName(Path.GetFullPath(trimmed)) : Path.GetFileNameWithoutExtension(trimmed);
        return string.IsNullOrEmpty(name) ? "pack" : name;
    }

    private void EmitSources(RulePackCompilation compilation, string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
            foreach (var (name, text) in compilation.GeneratedSources.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                // Generated names come from untrusted rule text: keep only the file name.
                var fileName = Path.GetFileName(name.Replace('\\', '/').Split('/')[^1]);
                if (string.IsNullOrEmpty(fileName))
                {
                    continue;
                }

                var target = Path.Combine(directory, fileName);
                File.WriteAllText(target, text);
                console.Out.WriteLine($"wrote {ControlCharacters.Escape(target)}");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new CliException($"{ControlCharacters.Escape(directory)}: error: cannot write the generated sources: {ex.Message}");
        }
    }
}
