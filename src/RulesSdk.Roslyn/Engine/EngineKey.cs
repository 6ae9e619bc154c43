using System;

namespace RulesSdk.Roslyn.Engine;

/// <summary>
/// What decides an engine process and its results: the host and engine paths, the folder it runs in, its
/// arguments, and a hash of the configuration and rule pack files. Equal keys share a process and cached results.
/// </summary>
internal sealed class EngineKey : IEquatable<EngineKey>
{
    public EngineKey(string dotnetHost, string enginePath, string workingDirectory, string configFile, string analyzers, string fingerprint)
    {
        DotnetHost = dotnetHost;
        EnginePath = enginePath;
        WorkingDirectory = workingDirectory;
        ConfigFile = configFile;
        Analyzers = analyzers;
        Fingerprint = fingerprint;
        Text = string.Join("\n", dotnetHost, enginePath, workingDirectory, configFile, analyzers, fingerprint);
    }

    public string DotnetHost { get; }

    public string EnginePath { get; }

    public string WorkingDirectory { get; }

    /// <summary>The <c>.docrules.json</c> passed with <c>--config</c>; empty for none.</summary>
    public string ConfigFile { get; }

    /// <summary>Assemblies of C# document analyzers passed with <c>--analyzers</c>; empty for none.</summary>
    public string Analyzers { get; }

    public string Fingerprint { get; }

    /// <summary>Every part on one string, the key of the caches.</summary>
    public string Text { get; }

    public bool Equals(EngineKey? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as EngineKey);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);
}
