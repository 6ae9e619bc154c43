using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace RulesSdk.Analyzers.Authoring;

/// <summary>DRA1004: a DiagnosticDescriptor created anywhere but in the initializer of a static field or property.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DescriptorCreatedPerCallAnalyzer : RulesSdkAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.DescriptorCreatedPerCall,
        "Create descriptors once, in a static field or property",
        "This DiagnosticDescriptor is created on every call of '{0}'; store it in a static readonly field or a static get-only property",
        RuleIdentifiers.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A descriptor created per call allocates on every diagnostic and every read of SupportedDiagnostics, and hosts that compare descriptors by reference see a new rule each time.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.DescriptorCreatedPerCall));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, RulesSdkTypes types)
    {
        start.RegisterOperationAction(
            operation =>
            {
                var creation = (IObjectCreationOperation)operation.Operation;
                if (!SymbolEqualityComparer.Default.Equals(creation.Type, types.DiagnosticDescriptor)
                    || operation.ContainingSymbol is IFieldSymbol { IsStatic: true } or IPropertySymbol { IsStatic: true })
                {
                    return;
                }

                var owner = operation.ContainingSymbol is IMethodSymbol { AssociatedSymbol: { } associated } ? associated : operation.ContainingSymbol;
                operation.ReportDiagnostic(Diagnostic.Create(Rule, creation.Syntax.GetLocation(), owner.Name));
            },
            OperationKind.ObjectCreation);
    }
}
