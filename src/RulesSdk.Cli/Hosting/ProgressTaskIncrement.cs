using Spectre.Console;

namespace RulesSdk.Cli.Hosting;

/// <summary>Moves a progress bar by what the driver reports, from whichever thread finished a document.</summary>
internal sealed class ProgressTaskIncrement(ProgressTask task) : IProgress<int>
{
    public void Report(int value) => task.Increment(value);
}
