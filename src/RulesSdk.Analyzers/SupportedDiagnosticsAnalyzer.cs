using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace RulesSdk.Analyzers.Authoring;

/// <summary>DRA1001: a DocumentAnalyzer reports a descriptor that its SupportedDiagnostics does not list.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SupportedDiagnosticsAnalyzer : RulesSdkAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.ReportedIdNotSupported,
        "Reported descriptor is missing from SupportedDiagnostics",
        "'{0}' is reported by '{1}' but not listed in its SupportedDiagnostics",
        RuleIdentifiers.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Hosts read SupportedDiagnostics to list, configure and document an analyzer's rules; a descriptor reported but not declared cannot be configured and is missing from docrules list.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.ReportedIdNotSupported));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, RulesSdkTypes types)
    {
        start.RegisterSymbolStartAction(symbolStart => AnalyzeType(symbolStart, types), SymbolKind.NamedType);
    }

    private static void AnalyzeType(SymbolStartAnalysisContext context, RulesSdkTypes types)
    {
        if (!types.IsAnalyzer((INamedTypeSymbol)context.Symbol))
        {
            return;
        }

        var supported = new ConcurrentDictionary<ISymbol, bool>(SymbolEqualityComparer.Default);
        var reported = new ConcurrentBag<(ISymbol Descriptor, Location Location)>();
        context.RegisterOperationAction(
            operation =>
            {
                var member = ((IMemberReferenceOperation)operation.Operation).Member;
                if (operation.ContainingSymbol.IsPropertyOrGetter("SupportedDiagnostics") && IsDescriptor(member, types))
                {
                    supported[member] = true;
                }
            },
            OperationKind.FieldReference,
            OperationKind.PropertyReference);
        context.RegisterOperationAction(
            operation =>
            {
                var invocation = (IInvocationOperation)operation.Operation;
                if (invocation.TargetMethod.Name == "Create"
                    && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, types.Diagnostic)
                    && invocation.Arguments.Argument("descriptor")?.Value.WithoutConversions() is IMemberReferenceOperation { Member: var descriptor } reference
                    && IsDescriptor(descriptor, types))
                {
                    reported.Add((descriptor, reference.Syntax.GetLocation()));
                }
            },
            OperationKind.Invocation);
        context.RegisterSymbolEndAction(end =>
        {
            // A SupportedDiagnostics that lists no descriptor directly (a shared array, a computed list) is not judged.
            if (supported.IsEmpty)
            {
                return;
            }

            foreach (var (descriptor, location) in reported.Where(r => !supported.ContainsKey(r.Descriptor)))
            {
                end.ReportDiagnostic(Diagnostic.Create(Rule, location, descriptor.Name, end.Symbol.Name));
            }
        });
    }

    private static bool IsDescriptor(ISymbol member, RulesSdkTypes types) => member switch
    {
        IFieldSymbol field => SymbolEqualityComparer.Default.Equals(field.Type, types.DiagnosticDescriptor),
        IPropertySymbol property => SymbolEqualityComparer.Default.Equals(property.Type, types.DiagnosticDescriptor),
        _ => false,
    };
}
