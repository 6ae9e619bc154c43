using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace RulesSdk.Analyzers.Authoring;

/// <summary>
/// DRA1009: an analyzer reports a diagnostic whose location is plainly not in the analysed document:
/// <c>Location.None</c>, or a location built for a constant path instead of <c>context.GetLocation(span)</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LocationOutsideDocumentAnalyzer : RulesSdkAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.LocationOutsideDocument,
        "Report diagnostics at a location in the analysed document",
        "This diagnostic's location ({0}) is not in the analysed document; use context.GetLocation(span)",
        RuleIdentifiers.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Hosts place a diagnostic by its location in the document being analysed: the CLI prints its line, editors underline it, fixes edit there. A location without a path, or for another file, cannot be shown or fixed.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.LocationOutsideDocument));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, RulesSdkTypes types)
    {
        if (types.Location is not { } location)
        {
            return;
        }

        start.RegisterOperationAction(
            operation =>
            {
                var invocation = (IInvocationOperation)operation.Operation;
                if (invocation.TargetMethod.Name != "Create"
                    || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, types.Diagnostic)
                    || !types.IsInAnalyzer(operation.ContainingSymbol)
                    || invocation.Arguments.Argument("location")?.Value.WithoutConversions() is not { } argument)
                {
                    return;
                }

                var problem = argument switch
                {
                    IPropertyReferenceOperation { Property.Name: "None" } none when SymbolEqualityComparer.Default.Equals(none.Property.ContainingType, location) => "Location.None",
                    IInvocationOperation { TargetMethod.Name: "Create" } create when SymbolEqualityComparer.Default.Equals(create.TargetMethod.ContainingType, location) => ConstantPath(create.Arguments),
                    IObjectCreationOperation creation when SymbolEqualityComparer.Default.Equals(creation.Type, location) => ConstantPath(creation.Arguments),
                    _ => null,
                };
                if (problem is not null)
                {
                    operation.ReportDiagnostic(Diagnostic.Create(Rule, argument.Syntax.GetLocation(), problem));
                }
            },
            OperationKind.Invocation);
    }

    private static string? ConstantPath(ImmutableArray<IArgumentOperation> arguments) =>
        arguments.Argument("path")?.Value.ConstantValue is { HasValue: true, Value: string path } ? $"the constant path \"{path}\"" : null;
}
