using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RulesSdk.Roslyn.Tests.TestSupport;

/// <summary>What the compiler builds from build/RulesSdk.Roslyn.targets: build properties, and each additional file's role.</summary>
internal sealed class TestConfigOptionsProvider(AnalyzerConfigOptions global, IReadOnlyDictionary<string, AnalyzerConfigOptions> byPath) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryConfigOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        byPath.TryGetValue(textFile.Path, out var options) ? options : DictionaryConfigOptions.Empty;

    public static AnalyzerConfigOptions Role(string role) =>
        new DictionaryConfigOptions(ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.DocRulesRole", role));
}
