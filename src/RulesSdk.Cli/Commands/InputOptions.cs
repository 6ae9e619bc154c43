using System.CommandLine;
using RulesSdk.Cli.Jsonl;
using RulesSdk.Diagnostics;

namespace RulesSdk.Cli.Commands;

/// <summary>The document inputs and run settings <c>check</c> and <c>fix</c> share.</summary>
public sealed class InputOptions
{
    public InputOptions()
    {
        // A custom parser, not the default conversion: the default throws for "abc" or "1.5" when a
        // validator reads the value, and an out-of-range number must name the option and its range.
        Parallelism.CustomParser = result => WholeNumber.Parse(result, "--parallelism", 1, MaxParallelism);
        Shard.Validators.Add(result =>
        {
            if (!ShardSpec.TryParse(result.GetValueOrDefault<string?>(), out _, out var error))
            {
                result.AddError(error);
            }
        });
        Threshold.AcceptOnlyFromAmong("error", "warning", "info");
        Paths.Validators.Add(result =>
        {
            // An unknown option would otherwise be taken for a PATH; name a file starting with '-' as ./-name.
            foreach (var path in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (path.Length > 1 && path[0] == '-')
                {
                    result.AddError($"unknown option '{path}' (a file whose name starts with '-' can be given as ./{path})");
                }
            }
        });
    }

    /// <summary>The largest <c>--parallelism</c>: far beyond any machine's cores, low enough to allocate nothing absurd.</summary>
    public const int MaxParallelism = 1024;

    public Argument<string[]> Paths { get; } = new("PATH")
    {
        Description = "Files, folders (searched recursively for .md, .markdown and .txt, or the configured extensions) or globs; - reads standard input.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string> Threshold { get; } = new("--severity-threshold")
    {
        Description = "The lowest severity that makes the exit code 1.",
        DefaultValueFactory = _ => "warning",
        HelpName = "error|warning|info",
    };

    public Option<int> Parallelism { get; } = new("--parallelism")
    {
        Description = "Documents read and analysed at once (default: the number of processors).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        HelpName = "N",
    };

    public Option<bool> Jsonl { get; } = new("--jsonl")
    {
        Description = "Read {\"id\",\"text\"[,\"language\",\"path\"]} lines on standard input and write one result line per document, in input order.",
    };

    public Option<string?> Shard { get; } = new("--shard")
    {
        Description = "With --jsonl: take input line n only when (n-1) % N == K-1, so N processes given 1/N…N/N share the input.",
        HelpName = "K/N",
    };

    public Option<string?> StdinPath { get; } = new("--stdin-path")
    {
        Description = "The path the document read from - is reported under (it also picks Markdown or plain text and the configuration that applies).",
        HelpName = "PATH",
    };

    public Option<bool> Timings { get; } = new("--timings")
    {
        Description = "Print the wall time of each stage (start-up, configuration, documents, rule packs, analysis or fixes, report), JIT and GC totals on standard error. Not with --jsonl.",
    };

    /// <summary>The field mapping of --jsonl lines.</summary>
    public JsonlOptions JsonlFields { get; } = new();

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Arguments.Add(Paths);
        command.Options.Add(Threshold);
        command.Options.Add(Parallelism);
        command.Options.Add(Jsonl);
        command.Options.Add(Shard);
        JsonlFields.AddTo(command, Jsonl);
        command.Options.Add(StdinPath);
        command.Options.Add(Timings);
    }

    /// <summary>
    /// Options that only mean something together: <c>--shard</c> splits a <c>--jsonl</c> stream, and
    /// <c>--timings</c> times the stages of a file run. Either given where it cannot apply is a usage error.
    /// </summary>
    /// <exception cref="CliException">--shard without --jsonl, or --timings with --jsonl.</exception>
    public void CheckCombinations(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var jsonl = parse.GetValue(Jsonl);
        if (!jsonl && parse.GetResult(Shard) is { Implicit: false })
        {
            throw new CliException("docrules: error: --shard only applies with --jsonl (it splits the input lines between processes)");
        }

        if (jsonl && parse.GetValue(Timings))
        {
            throw new CliException("docrules: error: --timings does not apply with --jsonl (it times the stages of a run on files)");
        }
    }

    public DiagnosticSeverity GetThreshold(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return parse.GetValue(Threshold) switch
        {
            "error" => DiagnosticSeverity.Error,
            "info" => DiagnosticSeverity.Info,
            _ => DiagnosticSeverity.Warning,
        };
    }

    public ShardSpec GetShard(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return ShardSpec.TryParse(parse.GetValue(Shard), out var shard, out var error) ? shard : throw new CliException(error);
    }
}
