using System;
using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RulesSdk.Roslyn;

/// <summary>The MSBuild properties that build/RulesSdk.Roslyn.targets makes visible to the compiler.</summary>
internal sealed class BridgeOptions
{
    private const int DefaultTimeoutSeconds = 10;
    private const int DefaultStartTimeoutSeconds = 30;

    private BridgeOptions(string enginePath, string dotnetHost, string projectDirectory, string configFile, string analyzers, TimeSpan timeout, TimeSpan startTimeout)
    {
        StartTimeout = startTimeout;
        EnginePath = enginePath;
        DotnetHost = dotnetHost;
        ProjectDirectory = projectDirectory;
        ConfigFile = configFile;
        Analyzers = analyzers;
        Timeout = timeout;
    }

    public string EnginePath { get; }

    public string DotnetHost { get; }

    public string ProjectDirectory { get; }

    public string ConfigFile { get; }

    public string Analyzers { get; }

    /// <summary>How long one document may take.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>How much longer the first document of a new engine may take: the runtime starts and the packs load.</summary>
    public TimeSpan StartTimeout { get; }

    /// <summary>The options, or null when the project disables the analyzer or was not set up by the package's targets.</summary>
    public static BridgeOptions? Read(AnalyzerConfigOptions global)
    {
        if (string.Equals(Get(global, "DocRulesEnabled"), "false", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var enginePath = Get(global, "DocRulesEnginePath");
        var projectDirectory = Get(global, "DocRulesProjectDirectory");
        if (enginePath.Length == 0 || projectDirectory.Length == 0)
        {
            return null;
        }

        var host = Get(global, "DocRulesDotnetHost");
        return new BridgeOptions(
            enginePath,
            host.Length > 0 ? host : "dotnet",
            projectDirectory,
            Get(global, "DocRulesConfigFile"),
            Get(global, "DocRulesAnalyzers"),
            Seconds(global, "DocRulesTimeoutSeconds", DefaultTimeoutSeconds),
            Seconds(global, "DocRulesStartTimeoutSeconds", DefaultStartTimeoutSeconds));
    }

    private static TimeSpan Seconds(AnalyzerConfigOptions options, string property, int fallback) =>
        TimeSpan.FromSeconds(int.TryParse(Get(options, property), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 ? seconds : fallback);

    private static string Get(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue("build_property." + property, out var value) ? value.Trim() : string.Empty;
}
