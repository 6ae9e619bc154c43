using System.Collections.Immutable;

namespace RulesSdk.Dsl;

/// <summary>Thrown by <see cref="RulePack.Load"/> when a pack does not compile; carries every DSL error.</summary>
public sealed class DslException(ImmutableArray<DslDiagnostic> diagnostics)
    : Exception(diagnostics.IsEmpty ? "The rule pack has errors." : string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString())))
{
    public ImmutableArray<DslDiagnostic> Diagnostics { get; } = diagnostics;
}
