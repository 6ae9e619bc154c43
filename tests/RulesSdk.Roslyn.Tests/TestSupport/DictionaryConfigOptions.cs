using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RulesSdk.Roslyn.Tests.TestSupport;

internal sealed class DictionaryConfigOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
{
    public static DictionaryConfigOptions Empty { get; } = new(ImmutableDictionary<string, string>.Empty);

    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
}
