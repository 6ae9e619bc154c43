using System.Text.RegularExpressions;

namespace RulesSdk.Roslyn.Tests.TestSupport;

/// <summary>What <c>dotnet build</c> printed, with its diagnostics in MSBuild's canonical form, paths relative to the project.</summary>
public sealed partial class BuildResult(int exitCode, string output, string projectDirectory)
{
    public int ExitCode { get; } = exitCode;

    public string Output { get; } = output;

    /// <summary>Distinct <c>file(line,col): severity ID: message</c> lines (the project suffix MSBuild appends removed).</summary>
    public IReadOnlyList<string> Diagnostics { get; } = [.. output.Split('\n')
        .Select(line => Canonical().Match(line.Trim()))
        .Where(match => match.Success)
        .Select(match => Path.GetRelativePath(projectDirectory, match.Groups["file"].Value).Replace('\\', '/') + match.Groups["rest"].Value)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"^(?<file>.+?)(?<rest>\(\d+,\d+\): (?:warning|error) [A-Z]+[0-9]+: .*?)(?: \[[^\]]+\.csproj\])?$")]
    private static partial Regex Canonical();
}
