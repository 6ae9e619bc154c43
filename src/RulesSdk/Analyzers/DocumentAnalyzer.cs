using System.Collections.Immutable;
using RulesSdk.Diagnostics;

namespace RulesSdk.Analyzers;

/// <summary>
/// The base of every rule, as Roslyn's DiagnosticAnalyzer: it declares the diagnostics it can
/// report and registers actions on the parts of a document it looks at.
/// </summary>
public abstract class DocumentAnalyzer
{
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>
    /// The document languages the analyzer applies to (two-letter codes, as
    /// <see cref="Syntax.DocumentSyntax.Language"/>); empty, the default, means every language.
    /// The driver skips documents in other languages before any action runs, as Roslyn runs an
    /// analyzer only for the languages its attribute names; a document whose language cannot be
    /// detected (too little text) gets every analyzer.
    /// </summary>
    public virtual ImmutableArray<string> SupportedLanguages => [];

    /// <summary>Called once per driver; register actions on <paramref name="context"/>.</summary>
    public abstract void Initialize(AnalysisContext context);

    public override string ToString() => GetType().Name;
}
