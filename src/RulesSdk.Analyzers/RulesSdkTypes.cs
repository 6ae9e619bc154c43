using Microsoft.CodeAnalysis;

namespace RulesSdk.Analyzers.Authoring;

/// <summary>The RulesSdk types the rules look for, resolved once per compilation; null when RulesSdk is not referenced.</summary>
internal sealed class RulesSdkTypes
{
    private RulesSdkTypes(INamedTypeSymbol documentAnalyzer, INamedTypeSymbol descriptor, INamedTypeSymbol diagnostic, INamedTypeSymbol? codeFixProvider, INamedTypeSymbol? location)
    {
        DocumentAnalyzer = documentAnalyzer;
        DiagnosticDescriptor = descriptor;
        Diagnostic = diagnostic;
        CodeFixProvider = codeFixProvider;
        Location = location;
    }

    public INamedTypeSymbol DocumentAnalyzer { get; }

    public INamedTypeSymbol DiagnosticDescriptor { get; }

    public INamedTypeSymbol Diagnostic { get; }

    public INamedTypeSymbol? CodeFixProvider { get; }

    public INamedTypeSymbol? Location { get; }

    public static RulesSdkTypes? From(Compilation compilation)
    {
        var analyzer = compilation.GetTypeByMetadataName("RulesSdk.Analyzers.DocumentAnalyzer");
        var descriptor = compilation.GetTypeByMetadataName("RulesSdk.Diagnostics.DiagnosticDescriptor");
        var diagnostic = compilation.GetTypeByMetadataName("RulesSdk.Diagnostics.Diagnostic");
        return analyzer is null || descriptor is null || diagnostic is null
            ? null
            : new RulesSdkTypes(
                analyzer,
                descriptor,
                diagnostic,
                compilation.GetTypeByMetadataName("RulesSdk.CodeFixes.CodeFixProvider"),
                compilation.GetTypeByMetadataName("RulesSdk.Diagnostics.Location"));
    }

    /// <summary>Whether <paramref name="type"/> derives from <c>DocumentAnalyzer</c>.</summary>
    public bool IsAnalyzer(INamedTypeSymbol? type) => DerivesFrom(type, DocumentAnalyzer);

    public bool IsCodeFixProvider(INamedTypeSymbol? type) => CodeFixProvider is not null && DerivesFrom(type, CodeFixProvider);

    /// <summary>Whether code in <paramref name="symbol"/> runs as part of an analyzer: its type, or a type it is nested in, is one.</summary>
    public bool IsInAnalyzer(ISymbol? symbol)
    {
        for (var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType; type is not null; type = type.ContainingType)
        {
            if (IsAnalyzer(type))
            {
                return true;
            }
        }

        return false;
    }

    private static bool DerivesFrom(INamedTypeSymbol? type, INamedTypeSymbol baseType)
    {
        for (var current = type?.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
