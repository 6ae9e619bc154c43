using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RulesSdk.Analyzers.Authoring;

/// <summary>
/// The shared start of every DRA analyzer: concurrent, generated code skipped, and nothing at all in a
/// compilation that does not reference RulesSdk.
/// </summary>
public abstract class RulesSdkAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (RulesSdkTypes.From(start.Compilation) is { } types)
            {
                OnCompilationStart(start, types);
            }
        });
    }

    /// <summary>Registers the rule's actions for a compilation that references RulesSdk.</summary>
    private protected abstract void OnCompilationStart(CompilationStartAnalysisContext context, RulesSdkTypes types);
}
