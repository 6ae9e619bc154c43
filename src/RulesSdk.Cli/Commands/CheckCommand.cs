using System.CommandLine;
using System.Text;
using RulesSdk.Cli.Formatting;
using RulesSdk.Cli.Hosting;
using RulesSdk.Cli.Jsonl;
using RulesSdk.Cli.Loading;
using RulesSdk.CodeFixes;
using RulesSdk.Workspaces;

namespace RulesSdk.Cli.Commands;

/// <summary><c>docrules check</c>: analyse documents and print diagnostics; never writes a document.</summary>
public sealed class CheckCommand(CliConsole console)
{
    private readonly InputOptions _input = new();
    private readonly RuleOptions _rules = new();

    private readonly Option<string> _format = new("--format")
    {
        Description = "Output format: text (compiler-style lines and a summary), json (docs/json-schema.md) or sarif (SARIF 2.1.0).",
        DefaultValueFactory = _ => "text",
        HelpName = "text|json|sarif",
    };

    private readonly Option<string?> _output = new("--output")
    {
        Description = "Write the report to FILE instead of standard output (a regular file is replaced atomically; a device or pipe is written in place).",
        HelpName = "FILE",
    };

    private readonly Option<bool> _verbose = new("--verbose")
    {
        Description = "Text format: show each diagnostic's source line with the span underlined, and the safe fix that would apply.",
    };

    public Command Build()
    {
        _format.AcceptOnlyFromAmong("text", "json", "sarif");
        var command = new Command("check", "Analyse documents and report diagnostics. With no PATH and no --rules, checks the repository's samples/ with the built-in packs.");
        _input.AddTo(command);
        _rules.AddTo(command);
        command.Options.Add(_format);
        command.Options.Add(_output);
        command.Options.Add(_verbose);
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var paths = parse.GetValue(_input.Paths) ?? [];
        var parallelism = parse.GetValue(_input.Parallelism);
        var threshold = _input.GetThreshold(parse);
        var cwd = Directory.GetCurrentDirectory();
        _input.CheckCombinations(parse);

        if (parse.GetValue(_input.Jsonl))
        {
            if (paths.Length > 0)
            {
                throw new CliException("error: --jsonl reads documents from standard input; do not pass a PATH");
            }

            var shard = _input.GetShard(parse);
            var jsonlConfiguration = _rules.LoadConfiguration(parse, null);
            var jsonlCatalog = _rules.LoadCatalog(parse, jsonlConfiguration, console.Error);
            var jsonlDriver = DriverFactory.Create(jsonlCatalog, jsonlConfiguration, parallelism, console.Error);
            var runner = new JsonlRunner(jsonlDriver, new CodeFixService(jsonlCatalog.CodeFixProviders), jsonlConfiguration, JsonlMode.Check, parallelism, shard, threshold, fields: _input.JsonlFields.GetFieldMap(parse));
            using var input = console.OpenInput();
            return await runner.RunAsync(input, console.Out, cancellationToken).ConfigureAwait(false);
        }

        if (paths.Length == 0)
        {
            if (_rules.HasRules(parse))
            {
                throw new CliException("error: no PATH given: pass the files, folders or globs to check (or - for standard input)");
            }

            var samples = DefaultPaths.FindSamples(cwd)
                ?? throw new CliException("error: no PATH given and no RulesSdk checkout (a folder with RulesSdk.sln and samples/) above the current folder: pass a PATH to check (a file, folder, glob, or - for standard input)");
            paths = [Path.GetRelativePath(cwd, samples)];
        }

        var timings = StageTimings.StartIf(parse.GetValue(_input.Timings));
        var configuration = _rules.LoadConfiguration(parse, paths[0]);
        timings?.Mark("configuration");
        // With the built-in packs only, nothing about the packs depends on the documents: load both at once.
        var earlyCatalog = _rules.HasUserPacks(parse, configuration)
            ? null
            : Task.Run(() => _rules.LoadCatalog(parse, configuration, console.Error), cancellationToken);
        var loaded = DocumentLoader.Load(paths, configuration, cwd, console.OpenInput, parse.GetValue(_input.StdinPath), parallelism);
        loaded.ReportFailures(console.Error);
        if (loaded.NothingFound)
        {
            return ExitCodes.BadInput;
        }

        var textLength = loaded.Documents.Sum(d => (long)d.Text.Length);
        timings?.Mark("documents", $"{loaded.Documents.Length} documents, {textLength:N0} characters{(earlyCatalog is null ? string.Empty : "; rule packs load meanwhile")}");
        var catalog = earlyCatalog is not null
            ? await earlyCatalog.ConfigureAwait(false)
            : _rules.LoadCatalog(parse, configuration, console.Error, textLength);
        ConfigurationChecks.WarnAboutUnknownNames(configuration, catalog, console.Error);
        timings?.Mark("rule packs", $"{catalog.Analyzers.Length} analyzers");

        var outputFile = parse.GetValue(_output);
        var formatter = CreateFormatter(parse.GetValue(_format), color: outputFile is null && console.UseColor, parse.GetValue(_verbose));

        // A report without fixes needs only the texts after analysis: each document's syntax is freed as soon as it is analysed.
        var driver = DriverFactory.Create(catalog, configuration, parallelism, console.Error, releaseSyntax: !formatter.NeedsFixes);
        var results = await AnalysisProgress.AnalyzeAsync(driver, loaded.Documents, console, cancellationToken).ConfigureAwait(false);
        timings?.Mark("analysis", $"parallelism {parallelism}");

        var report = await ReportBuilder.BuildAsync(cwd, catalog, loaded.Documents, results, loaded.Failures, formatter.NeedsFixes, console.Error, cancellationToken).ConfigureAwait(false);
        timings?.Mark("report", $"{report.Diagnostics.Length} diagnostics");
        Write(report, formatter, outputFile);
        timings?.Mark("write");
        timings?.WriteTo(console.Error);

        if (loaded.HasErrors)
        {
            return ExitCodes.BadInput;
        }

        return report.Diagnostics.Any(d => d.Diagnostic.Severity >= threshold) ? ExitCodes.DiagnosticsFound : ExitCodes.Success;
    }

    private static IReportFormatter CreateFormatter(string? format, bool color, bool verbose) => format switch
    {
        "json" => new JsonFormatter(),
        "sarif" => new SarifFormatter(),
        _ => new TextFormatter(color, verbose),
    };

    private static readonly string[] StandardOutputPaths = ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"];

    private static readonly string[] StandardErrorPaths = ["/dev/stderr", "/dev/fd/2", "/proc/self/fd/2"];

    private void Write(AnalysisReport report, IReportFormatter formatter, string? outputFile)
    {
        // The process's own streams are written as streams: reopening /dev/stdout by name would start
        // at offset 0 of whatever it is (and replace a file that the shell opened for appending).
        var target = outputFile is null || OperatingSystem.IsWindows() ? null : Path.GetFullPath(outputFile);
        var stream = outputFile is null ? console.Out
            : target is not null && StandardOutputPaths.Contains(target, StringComparer.Ordinal) ? console.Out
            : target is not null && StandardErrorPaths.Contains(target, StringComparer.Ordinal) ? console.Error
            : null;
        if (stream is not null || outputFile is null)
        {
            formatter.Write(report, stream ?? console.Out);
            return;
        }

        // The report is the one file check writes, and only when asked to; it is written as it is produced
        // (through a temporary file: an old report stays whole until the new one is).
        try
        {
            var full = Path.GetFullPath(outputFile);
            var directory = Path.GetDirectoryName(full);
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            AtomicFile.Write(full, stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\n" };
                formatter.Write(report, writer);
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{outputFile}: error: cannot write the report: {ex.Message}");
        }
    }
}
