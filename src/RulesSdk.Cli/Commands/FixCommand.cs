using System.Collections.Immutable;
using System.CommandLine;
using System.Text;
using RulesSdk.Cli.Formatting;
using RulesSdk.Cli.Hosting;
using RulesSdk.Cli.Jsonl;
using RulesSdk.Cli.Loading;
using RulesSdk.CodeFixes;
using RulesSdk.Diagnostics;
using RulesSdk.Workspaces;

namespace RulesSdk.Cli.Commands;

/// <summary>
/// <c>docrules fix</c>: apply every diagnostic's safe fix until nothing is left to fix, then write the
/// files through the workspace (atomically, same encoding, BOM and line breaks; a file changed on disk
/// meanwhile is refused). <c>--diff</c> prints a unified diff instead, <c>--dry-run</c> lists the fixes.
/// </summary>
public sealed class FixCommand(CliConsole console)
{
    private readonly InputOptions _input = new();
    private readonly RuleOptions _rules = new();

    private readonly Option<bool> _dryRun = new("--dry-run")
    {
        Description = "Write nothing; list the fixes that would be applied.",
    };

    private readonly Option<bool> _diff = new("--diff")
    {
        Description = "Write nothing; print a unified diff of the fixes on standard output (the list of fixes goes to stderr).",
    };

    private readonly Option<string[]> _ruleIds = new("--rule")
    {
        Description = "Only apply the fixes of this rule id (repeatable).",
        HelpName = "ID",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<bool> _forceReadOnly = new("--force-readonly")
    {
        Description = "Also write files that are read-only (by default they are refused with exit 2).",
    };

    public Command Build()
    {
        var command = new Command("fix", "Apply the safe fixes of every diagnostic, writing the documents in place (- fixes standard input to standard output).");
        _input.AddTo(command);
        _rules.AddTo(command);
        command.Options.Add(_dryRun);
        command.Options.Add(_diff);
        command.Options.Add(_ruleIds);
        command.Options.Add(_forceReadOnly);
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var paths = parse.GetValue(_input.Paths) ?? [];
        var parallelism = parse.GetValue(_input.Parallelism);
        var threshold = _input.GetThreshold(parse);
        var jsonl = parse.GetValue(_input.Jsonl);
        var cwd = Directory.GetCurrentDirectory();
        _input.CheckCombinations(parse);
        if (jsonl && paths.Length > 0)
        {
            throw new CliException("error: --jsonl reads documents from standard input; do not pass a PATH");
        }

        if (!jsonl && paths.Length == 0)
        {
            throw new CliException("error: no PATH given: pass the files, folders or globs to fix (or - to fix standard input to standard output)");
        }

        var timings = jsonl ? null : StageTimings.StartIf(parse.GetValue(_input.Timings));
        var configuration = _rules.LoadConfiguration(parse, jsonl ? null : paths[0]);
        timings?.Mark("configuration");
        var catalog = _rules.LoadCatalog(parse, configuration, console.Error);
        ConfigurationChecks.WarnAboutUnknownNames(configuration, catalog, console.Error);
        timings?.Mark("rule packs", $"{catalog.Analyzers.Length} analyzers");
        var fixOptions = new FixAllOptions { RuleIds = ResolveRuleIds(parse, catalog) };
        var driver = DriverFactory.Create(catalog, configuration, parallelism, console.Error);

        var service = new CodeFixService(catalog.CodeFixProviders);
        if (jsonl)
        {
            var runner = new JsonlRunner(driver, service, configuration, JsonlMode.Fix, parallelism, _input.GetShard(parse), threshold, fixOptions, _input.JsonlFields.GetFieldMap(parse));
            using var input = console.OpenInput();
            return await runner.RunAsync(input, console.Out, cancellationToken).ConfigureAwait(false);
        }

        var loaded = DocumentLoader.Load(paths, configuration, cwd, console.OpenInput, parse.GetValue(_input.StdinPath), parallelism, parse.GetValue(_forceReadOnly));
        loaded.ReportFailures(console.Error);
        if (loaded.NothingFound)
        {
            return ExitCodes.BadInput;
        }

        timings?.Mark("documents", $"{loaded.Documents.Length} documents");

        var fixer = new FixAllRunner(driver, service);
        var results = new FixAllResult[loaded.Documents.Length];
        await Parallel.ForAsync(
            0,
            results.Length,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (i, ct) => results[i] = await fixer.FixDocumentAsync(loaded.Documents[i], fixOptions, ct).ConfigureAwait(false)).ConfigureAwait(false);
        timings?.Mark("fix all", $"parallelism {parallelism}, {results.Count(r => r.Changed)} documents changed");

        var diff = parse.GetValue(_diff);
        var dryRun = parse.GetValue(_dryRun) && !diff;
        var stdinResult = results.FirstOrDefault(r => ReferenceEquals(r.Document, loaded.StdinDocument));

        // Standard output carries the diff or the fixed stdin document; the listing then goes to stderr. With "-"
        // asked for but skipped (binary, too large), standard output stays empty and the run fails (below): a
        // pipeline "fix - < in > out" must not keep the listing as its document.
        var stdinAsked = paths.Contains(DocumentLoader.StdinArgument, StringComparer.Ordinal);
        var listing = diff || stdinResult is not null || stdinAsked ? console.Error : console.Out;
        var exitCode = ExitCodes.Success;
        var notWritten = new HashSet<DocumentId>();
        if (diff)
        {
            exitCode = ReportLinkRefusals(loaded, results, notWritten);
            PrintListing(results, listing, wouldApply: true, notWritten);

            // The diff is what fix would write: not a file it refuses.
            foreach (var result in results.Where(r => r.Changed && !notWritten.Contains(r.Document.Id)))
            {
                // The diff is UTF-8 text: a UTF-8 byte order mark is part of the file's first line for patch and git
                // apply, so both sides carry it; a UTF-16 or UTF-32 file's bytes cannot be shown that way at all.
                var source = result.Document.Text;
                var mark = source.HasByteOrderMark && source.Encoding is UTF8Encoding ? "\uFEFF" : "";
                if (source.Encoding is not UTF8Encoding)
                {
                    console.Error.WriteLine($"{result.Document.Path}: the file is {source.Encoding.WebName}; its diff is shown in UTF-8, which patch and git apply cannot apply to it");
                }

                console.Out.Write(UnifiedDiff.Create(result.Document.Path, mark + source.ToString(), mark + result.FixedText.ToString()));
            }
        }
        else if (dryRun)
        {
            exitCode = ReportLinkRefusals(loaded, results, notWritten);
            PrintListing(results, listing, wouldApply: true, notWritten);
        }
        else
        {
            // Written first, so the summary counts only the files that were written.
            exitCode = WriteChanges(loaded, results, notWritten);
            PrintListing(results, listing, wouldApply: false, notWritten);
            if (stdinResult is not null)
            {
                // Back in the encoding and byte order mark it came in (UTF-16 stays UTF-16).
                console.WriteRaw(stdinResult.FixedText.Encode());
            }
        }

        timings?.Mark("write");
        timings?.WriteTo(console.Error);
        if (loaded.HasErrors || exitCode != ExitCodes.Success || (stdinAsked && stdinResult is null && !diff && !dryRun))
        {
            return ExitCodes.BadInput;
        }

        var remaining = results.Any(r => r.RemainingDiagnostics.Any(d => d.Severity != DiagnosticSeverity.Hidden && d.Severity >= threshold));
        var pending = (diff || dryRun) && results.Any(r => r.Changed);
        return remaining || pending ? ExitCodes.DiagnosticsFound : ExitCodes.Success;
    }

    private ImmutableHashSet<string> ResolveRuleIds(ParseResult parse, RuleCatalog catalog)
    {
        var ids = parse.GetValue(_ruleIds) ?? [];
        var unknown = ids.Where(id => catalog.Find(id) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new CliException(unknown.Select(id => $"error: unknown rule id '{ControlCharacters.Escape(id)}' (docrules list shows the loaded rules)"));
        }

        return ImmutableHashSet.CreateRange(StringComparer.OrdinalIgnoreCase, ids);
    }

    private static void PrintListing(FixAllResult[] results, TextWriter writer, bool wouldApply, HashSet<DocumentId> notWritten)
    {
        var applied = 0;
        var skipped = 0;
        var files = 0;
        foreach (var result in results.OrderBy(r => r.Document.Path, StringComparer.Ordinal))
        {
            var written = !notWritten.Contains(result.Document.Id);
            if (result.Applied.Length > 0 && written)
            {
                files++;
            }

            foreach (var fix in result.Applied)
            {
                applied += written ? 1 : 0;
                writer.WriteLine($"{ControlCharacters.Escape(fix.Diagnostic.Location.ToString())}: {fix.Diagnostic.Id}: {ControlCharacters.Escape(fix.Title)}{(written ? string.Empty : " (not written)")}");
            }

            foreach (var skip in result.Skipped)
            {
                skipped++;
                writer.WriteLine($"{ControlCharacters.Escape(skip.Diagnostic.Location.ToString())}: {skip.Diagnostic.Id}: skipped '{ControlCharacters.Escape(skip.Title)}': {skip.Reason}");
            }
        }

        var verb = wouldApply ? "Would apply" : "Applied";
        var unwritten = notWritten.Count > 0 ? $", {AnalysisReport.Plural(notWritten.Count, "file")} not written" : string.Empty;
        var summary = applied == 0 && skipped == 0 && notWritten.Count == 0
            ? $"Nothing to fix in {AnalysisReport.Plural(results.Length, "file")}."
            : $"{verb} {AnalysisReport.Plural(applied, "fix", "fixes")} in {AnalysisReport.Plural(files, "file")}" + (skipped > 0 ? $", {skipped} skipped" : string.Empty) + unwritten + ".";
        writer.WriteLine(summary);
    }

    /// <summary>
    /// For <c>--dry-run</c> and <c>--diff</c>: the changed files <c>fix</c> would refuse for their links (found in a
    /// folder, a symbolic link to a file outside it), reported as <c>fix</c> reports them, nothing written.
    /// (Read-only, hard-linked and changed files are only found when writing.)
    /// </summary>
    /// <param name="notWritten">Receives the documents that would not be written.</param>
    private int ReportLinkRefusals(LoadedDocuments loaded, FixAllResult[] results, HashSet<DocumentId> notWritten)
    {
        var exitCode = ExitCodes.Success;
        foreach (var result in results.Where(r => r.Changed && !ReferenceEquals(r.Document, loaded.StdinDocument)).OrderBy(r => r.Document.Path, StringComparer.Ordinal))
        {
            if (loaded.Workspace.GetLinkRefusal(result.Document.Id) is { } refusal)
            {
                WriteFailure(refusal);
                notWritten.Add(result.Document.Id);
                exitCode = ExitCodes.BadInput;
            }
        }

        return exitCode;
    }

    private void WriteFailure(DocumentWriteFailure failure)
    {
        var hint = failure.Kind == DocumentWriteFailureKind.ReadOnly ? " (--force-readonly writes it anyway)" : string.Empty;
        console.Error.WriteLine($"{ControlCharacters.Escape(failure.Path)}: error: {ControlCharacters.Escape(failure.Message)}{hint}");
    }

    /// <param name="notWritten">Receives the documents whose changes could not be written.</param>
    private int WriteChanges(LoadedDocuments loaded, FixAllResult[] results, HashSet<DocumentId> notWritten)
    {
        var snapshot = loaded.Snapshot;
        var changed = snapshot;
        foreach (var result in results)
        {
            if (result.Changed && snapshot.Contains(result.Document.Id) && !ReferenceEquals(result.Document, loaded.StdinDocument))
            {
                changed = changed.WithDocumentText(result.Document.Id, result.FixedText);
            }
        }

        if (ReferenceEquals(changed, snapshot))
        {
            return ExitCodes.Success;
        }

        if (!loaded.Workspace.TryApplyChanges(changed, snapshot))
        {
            throw new InvalidOperationException("The workspace changed while fixing; nothing was written.");
        }

        var byPath = new Dictionary<string, DocumentId>(StringComparer.Ordinal);
        foreach (var result in results.Where(r => !ReferenceEquals(r.Document, loaded.StdinDocument)))
        {
            byPath.TryAdd(result.Document.Path, result.Document.Id);
        }

        foreach (var failure in loaded.Workspace.WriteFailures)
        {
            WriteFailure(failure);
            if (byPath.TryGetValue(failure.Path, out var id))
            {
                notWritten.Add(id);
            }
        }

        return loaded.Workspace.WriteFailures.Count > 0 ? ExitCodes.BadInput : ExitCodes.Success;
    }
}
