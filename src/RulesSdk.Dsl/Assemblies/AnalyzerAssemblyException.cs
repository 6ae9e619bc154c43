using System.Collections.Immutable;

namespace RulesSdk.Dsl.Assemblies;

/// <summary>
/// An analyzer assembly or project that cannot be used: not found, not a .NET assembly, built for
/// another SDK, a project that does not build, or analyzer types that cannot be created. Each problem
/// is one line, <c>path: error: what</c>, as the CLI prints them.
/// </summary>
public sealed class AnalyzerAssemblyException(ImmutableArray<string> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public AnalyzerAssemblyException(string problem)
        : this([problem])
    {
    }

    public ImmutableArray<string> Problems { get; } = problems;
}
