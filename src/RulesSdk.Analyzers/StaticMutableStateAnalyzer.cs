using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RulesSdk.Analyzers.Authoring;

/// <summary>DRA1008: a static field or auto-property of an analyzer that can change: not read-only, or a mutable collection.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StaticMutableStateAnalyzer : RulesSdkAnalyzer
{
    private static readonly ImmutableHashSet<string> MutableCollections = ImmutableHashSet.Create(
        "System.Collections.Generic.List",
        "System.Collections.Generic.Dictionary",
        "System.Collections.Generic.HashSet",
        "System.Collections.Generic.Queue",
        "System.Collections.Generic.Stack",
        "System.Collections.Generic.SortedDictionary",
        "System.Collections.Generic.SortedSet",
        "System.Collections.Generic.LinkedList",
        "System.Text.StringBuilder");

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.StaticMutableStateInAnalyzer,
        "Do not keep static mutable state in an analyzer",
        "Static '{0}' can change while documents are analysed in parallel; make it readonly and immutable, or keep the state per document",
        RuleIdentifiers.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The driver runs the same analyzer over many documents at once, and hosts such as the language server keep it across runs: static state that changes races and leaks between documents.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.StaticMutableStateInAnalyzer));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, RulesSdkTypes types)
    {
        start.RegisterSymbolAction(
            symbol =>
            {
                var (isStatic, type, writable, implicitlyDeclared) = symbol.Symbol switch
                {
                    IFieldSymbol field => (field.IsStatic && !field.IsConst, field.Type, !field.IsReadOnly, field.IsImplicitlyDeclared),
                    IPropertySymbol property => (property.IsStatic, property.Type, property.SetMethod is not null && IsAutoProperty(property), false),
                    _ => (false, null, false, true),
                };
                if (!isStatic || implicitlyDeclared || type is null || !types.IsInAnalyzer(symbol.Symbol))
                {
                    return;
                }

                if (writable || IsMutableCollection(type))
                {
                    symbol.ReportDiagnostic(Diagnostic.Create(Rule, symbol.Symbol.Locations[0], symbol.Symbol.Name));
                }
            },
            SymbolKind.Field,
            SymbolKind.Property);
    }

    private static bool IsAutoProperty(IPropertySymbol property) =>
        property.ContainingType.GetMembers().OfType<IFieldSymbol>().Any(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property));

    private static bool IsMutableCollection(ITypeSymbol type) =>
        type is INamedTypeSymbol named
        && MutableCollections.Contains(named.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat.WithGenericsOptions(SymbolDisplayGenericsOptions.None)));
}
