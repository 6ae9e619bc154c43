using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RulesSdk.Roslyn;

/// <summary>
/// Runs RulesSdk rule packs over the project's documents (the AdditionalFiles that build/RulesSdk.Roslyn.targets
/// marks) and reports their findings as compiler diagnostics, so <c>dotnet build</c>, <c>NoWarn</c>,
/// <c>.editorconfig</c> severities and <c>TreatWarningsAsErrors</c> apply to prose as to code.
/// The rules run in the docrules engine, out of process (docs/roslyn.md says why).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DocRulesAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => RuleDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var options = BridgeOptions.Read(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
        if (options is null)
        {
            return;
        }

        var checker = new DocumentChecker(options, context.Options);
        context.RegisterAdditionalFileAction(checker.Check);
    }
}
