using System.Collections.Immutable;
using RulesSdk.Analyzers;
using RulesSdk.Workspaces;
using Spectre.Console;

namespace RulesSdk.Cli.Hosting;

/// <summary>
/// Runs the analysis, with a progress bar on stderr for long runs: more than
/// <see cref="Threshold"/> documents, stderr a terminal and the CI variable unset. Otherwise (and in
/// every test) it is one plain <see cref="AnalyzerDriver.AnalyzeAsync"/> call.
/// </summary>
public static class AnalysisProgress
{
    public const int Threshold = 20;

    public static bool IsShown(CliConsole console, int documentCount)
    {
        ArgumentNullException.ThrowIfNull(console);
        return documentCount > Threshold && console.ErrorIsTerminal && !console.IsContinuousIntegration;
    }

    public static async Task<ImmutableArray<DocumentAnalysisResult>> AnalyzeAsync(
        AnalyzerDriver driver,
        ImmutableArray<TextDocument> documents,
        CliConsole console,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(driver);
        if (!IsShown(console, documents.Length))
        {
            return await driver.AnalyzeAsync(documents, cancellationToken).ConfigureAwait(false);
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
            Interactive = InteractionSupport.Yes,
        });
        // One driver run over every document (run start and end actions see them all); the bar
        // moves as each document is done.
        var results = ImmutableArray<DocumentAnalysisResult>.Empty;
        await terminal.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Analysing {documents.Length} documents", maxValue: documents.Length);
                results = await driver.AnalyzeAsync(documents, new ProgressTaskIncrement(task), cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return results;
    }
}
