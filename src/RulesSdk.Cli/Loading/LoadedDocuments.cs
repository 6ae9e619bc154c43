using System.Collections.Immutable;
using RulesSdk.Cli.Formatting;
using RulesSdk.Workspaces;

namespace RulesSdk.Cli.Loading;

/// <summary>The documents of a run: those of the folder workspace (in path order), then stdin's, and what could not be loaded.</summary>
public sealed record LoadedDocuments(
    FolderWorkspace Workspace,
    DocumentSet Snapshot,
    ImmutableArray<TextDocument> Documents,
    TextDocument? StdinDocument,
    ImmutableArray<DocumentLoadFailure> Failures)
{
    /// <summary>Files skipped on purpose (binary, too large, not a regular file): counted on the summary line.</summary>
    public int SkippedCount => Failures.Count(f => f.IsSkip);

    /// <summary>A named file is missing, unreadable or not valid text: the run ends with exit 2.</summary>
    public bool HasErrors => Failures.Any(f => !f.IsWarning);

    /// <summary>
    /// Nothing was loaded and a named path does not exist: the run stops after the errors (exit 2)
    /// rather than print a report of zero files.
    /// </summary>
    public bool NothingFound => Documents.IsEmpty && Failures.Any(f => f.Kind == DocumentLoadFailureKind.NotFound);

    /// <summary>Writes one line per failure to <paramref name="error"/>: skipped files as warnings, the rest as errors.</summary>
    public void ReportFailures(TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        foreach (var failure in Failures)
        {
            error.WriteLine($"{ControlCharacters.Escape(failure.Path)}: {(failure.IsWarning ? "warning" : "error")}: {ControlCharacters.Escape(failure.Message)}");
        }
    }
}
