using System.Collections.Immutable;

namespace RulesSdk.Dsl;

/// <summary>The result of compiling rule sources: the pack when it succeeded, every DSL error otherwise.</summary>
public sealed class RulePackCompilation(RulePack? pack, ImmutableArray<DslDiagnostic> diagnostics, ImmutableDictionary<string, string> generatedSources)
{
    public RulePack? Pack { get; } = pack;

    public ImmutableArray<DslDiagnostic> Diagnostics { get; } = diagnostics;

    public bool Success => Pack is not null && !Diagnostics.Any(d => !d.IsWarning);

    /// <summary>The generated C#, file name → source (also when the examples failed).</summary>
    public ImmutableDictionary<string, string> GeneratedSources { get; } = generatedSources;
}
