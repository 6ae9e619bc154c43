using System.Collections.Immutable;
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
    /// <summary>A named file is missing, unreadable or not valid text: the run ends with exit 2.</summary>
    public bool HasErrors => Failures.Any(f => !f.IsSkip);

    /// <summary>Writes one line per failure to <paramref name="error"/>: skipped files as warnings, the rest as errors.</summary>
    public void ReportFailures(TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        foreach (var failure in Failures)
        {
            error.WriteLine($"{failure.Path}: {(failure.IsSkip ? "warning" : "error")}: {failure.Message}");
        }
    }
}
