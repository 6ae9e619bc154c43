using RulesSdk.Analyzers;
using RulesSdk.Cli.Loading;
using RulesSdk.Configuration;
using RulesSdk.Diagnostics;

namespace RulesSdk.Cli.Hosting;

/// <summary>Creates the analyzer driver of a run; analyzers that fail to initialise are named on stderr (they do not run).</summary>
public static class DriverFactory
{
    public static AnalyzerDriver Create(RuleCatalog catalog, DocRulesConfiguration configuration, int parallelism, TextWriter error, bool releaseSyntax = false)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(error);
        var driver = new AnalyzerDriver(catalog.Analyzers, new AnalyzerDriverOptions { Configuration = configuration, MaxDegreeOfParallelism = parallelism, ReleaseSyntaxAfterAnalysis = releaseSyntax, RuleTimeout = configuration.RuleTimeout });
        foreach (var diagnostic in driver.InitializationDiagnostics)
        {
            error.WriteLine($"docrules: {Diagnostic.SeverityText(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.GetMessage()}");
        }

        return driver;
    }
}
