using System.Collections.Immutable;

namespace RulesSdk.CodeFixes;

/// <summary>Offers code actions for diagnostics, as Roslyn's CodeFixProvider.</summary>
public abstract class CodeFixProvider
{
    public abstract ImmutableArray<string> FixableDiagnosticIds { get; }

    /// <summary>Registers the safe fix (at most one) and any suggestions for <see cref="CodeFixContext.Diagnostic"/>.</summary>
    public abstract Task RegisterCodeFixesAsync(CodeFixContext context);

    public override string ToString() => GetType().Name;
}
