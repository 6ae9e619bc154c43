using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace RulesSdk.Analyzers.Authoring;

/// <summary>DRA1005: a CodeFixProvider's FixableDiagnosticIds names an id that no descriptor of the project declares.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FixableIdsAnalyzer : RulesSdkAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.FixableIdNotDeclared,
        "Fixable id is declared by no descriptor",
        "'{0}' fixes '{1}', but no DiagnosticDescriptor of this project has that id",
        RuleIdentifiers.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A fixer is only asked about the ids it lists; an id no analyzer reports (a typo, a renamed rule) leaves the fix unreachable. Ids are compared with the constant ids of the descriptors created in this project.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.FixableIdNotDeclared),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, RulesSdkTypes types)
    {
        if (types.CodeFixProvider is null)
        {
            return;
        }

        var declared = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var fixable = new ConcurrentBag<(string Id, string Fixer, Location Location)>();
        start.RegisterOperationAction(
            operation =>
            {
                var creation = (IObjectCreationOperation)operation.Operation;
                if (SymbolEqualityComparer.Default.Equals(creation.Type, types.DiagnosticDescriptor)
                    && creation.Arguments.Argument("id")?.Value.ConstantValue is { HasValue: true, Value: string id })
                {
                    declared[id] = true;
                }
            },
            OperationKind.ObjectCreation);
        start.RegisterOperationAction(
            operation =>
            {
                if (operation.ContainingSymbol.IsPropertyOrGetter("FixableDiagnosticIds")
                    && types.IsCodeFixProvider(operation.ContainingSymbol.ContainingType)
                    && operation.Operation.Type?.SpecialType == SpecialType.System_String
                    && operation.Operation.ConstantValue is { HasValue: true, Value: string id }
                    && operation.Operation.Parent is not IBinaryOperation)
                {
                    fixable.Add((id, operation.ContainingSymbol.ContainingType.Name, operation.Operation.Syntax.GetLocation()));
                }
            },
            OperationKind.Literal,
            OperationKind.FieldReference);
        start.RegisterCompilationEndAction(end =>
        {
            foreach (var (id, fixer, location) in fixable)
            {
                if (!declared.ContainsKey(id))
                {
                    end.ReportDiagnostic(Diagnostic.Create(Rule, location, fixer, id));
                }
            }
        });
    }
}
