using System.CommandLine;
using RulesSdk.Cli.Formatting;
using RulesSdk.Cli.Hosting;
using RulesSdk.Cli.Loading;
using RulesSdk.Dsl;
using RulesSdk.Testing;

namespace RulesSdk.Cli.Commands;

/// <summary>
/// <c>docrules test</c>: run every rule's <c>example</c> and <c>clean</c> cases, print each failure,
/// and, for a pack given as a folder, the snapshot inputs under its <c>tests/</c> folder; then
/// print <c>N passed, N failed</c>. With no RULES, tests the built-in packs.
/// </summary>
public sealed class TestCommand(CliConsole console)
{
    private readonly Argument<string[]> _packs = new("RULES")
    {
        Description = "Rule packs to test: .rules files or folders of them. None: the built-in packs.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<bool> _accept = new("--accept")
    {
        Description = "Accept the output of the snapshot inputs under each pack folder's tests/ as their verified output (examples written in the rule file are never rewritten).",
    };

    public Command Build()
    {
        var command = new Command("test", "Run the example and clean cases of every rule; exit 1 if any fails.");
        command.Arguments.Add(_packs);
        command.Options.Add(_accept);
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        var paths = parse.GetValue(_packs) ?? [];
        var accept = parse.GetValue(_accept);
        var snapshotFolders = new Dictionary<RulePack, string>();
        // Compiled fresh and never cached: a pack whose cases fail must not be stored for later runs,
        // which would load it from the cache without running its examples.
        var options = new RulePackOptions { UseCache = false, RunExamples = false };
        var compiled = new List<RulePack>();
        var broken = false;
        if (paths.Length == 0)
        {
            foreach (var builtIn in BuiltInPacks.GetPackSources())
            {
                broken |= !TryCompile(builtIn.Sources, options with { ReadFile = BuiltInPacks.ReadFile }, builtIn.Folder, compiled);
            }

            if (compiled.Count == 0 && !broken)
            {
                console.Error.WriteLine("warning: no built-in rule packs in this build of docrules; pass RULES to test");
            }
        }

        foreach (var path in paths)
        {
            var problems = new List<string>();
            var sources = PackLoader.ReadSources(path, problems);
            foreach (var problem in problems)
            {
                console.Error.WriteLine(problem);
            }

            broken |= sources.IsDefaultOrEmpty || !TryCompile(sources, options, path, compiled);
            if (Directory.Exists(path) && compiled.Count > 0 && !snapshotFolders.ContainsKey(compiled[^1]))
            {
                snapshotFolders[compiled[^1]] = path;
            }
        }

        var passed = 0;
        var failed = 0;
        foreach (var pack in compiled)
        {
            foreach (var result in RulePackTester.Run(pack))
            {
                if (result.Passed)
                {
                    passed++;
                    continue;
                }

                failed++;
                var example = result.Example;
                var kind = example.IsClean ? "clean" : "example";
                console.Out.WriteLine($"{ControlCharacters.Escape(example.Path)}({example.Line},1): FAIL {result.RuleId} {kind}");
                console.Out.WriteLine($"    input:    {DslString.Quote(example.Input)}");
                if (example.Output is not null)
                {
                    console.Out.WriteLine($"    expected: {DslString.Quote(example.Output)}");
                }

                console.Out.WriteLine($"    failure:  {result.Failure ?? "failed"}");
            }
        }

        foreach (var (pack, folder) in snapshotFolders)
        {
            foreach (var result in SnapshotFolderRunner.Run(pack, folder, accept))
            {
                if (result.Passed)
                {
                    passed++;
                    if (result.Status == SnapshotStatus.Accepted)
                    {
                        console.Out.WriteLine(Display(result));
                    }

                    continue;
                }

                failed++;

                // A failed result's text already ends with its diff.
                console.Out.WriteLine($"FAIL snapshot {Display(result)}");
            }
        }

        console.Out.WriteLine($"{passed} passed, {failed} failed");
        if (broken)
        {
            return ExitCodes.BadInput;
        }

        return failed > 0 ? ExitCodes.DiagnosticsFound : ExitCodes.Success;
    }

    /// <summary>
    /// The result's line with its paths (and the reason, which may name one) escaped as <c>check</c> prints them:
    /// a file named with a line break would otherwise print as two lines. The diff after it is left as it is.
    /// </summary>
    private static string Display(SnapshotResult result) => (result with
    {
        InputPath = ControlCharacters.Escape(result.InputPath),
        VerifiedPath = ControlCharacters.Escape(result.VerifiedPath),
        Problem = result.Problem is null ? null : ControlCharacters.Escape(result.Problem),
    }).ToString();

    private bool TryCompile(System.Collections.Immutable.ImmutableArray<RuleSource> sources, RulePackOptions options, string origin, List<RulePack> compiled)
    {
        var compilation = RulePack.Compile(sources, options);
        foreach (var diagnostic in compilation.Diagnostics)
        {
            console.Error.WriteLine(diagnostic.ToDisplayString());
        }

        if (!compilation.Success || compilation.Pack is null)
        {
            console.Error.WriteLine($"{origin}: error: the pack did not compile; its cases were not run");
            return false;
        }

        compiled.Add(compilation.Pack);
        return true;
    }
}
