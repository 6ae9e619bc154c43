using System.Collections.Immutable;
using RulesSdk.Analyzers;
using RulesSdk.Diagnostics;
using RulesSdk.Text;

namespace RulesSdk.Tests.TestSupport;

/// <summary>An analyzer assembled from a delegate, named for DR0001 messages.</summary>
internal sealed class TestAnalyzer(string name, ImmutableArray<DiagnosticDescriptor> descriptors, Action<AnalysisContext> initialize) : DocumentAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => descriptors;

    public override void Initialize(AnalysisContext context) => initialize(context);

    public override string ToString() => name;

    public static DiagnosticDescriptor Descriptor(string id, DiagnosticSeverity severity = DiagnosticSeverity.Warning, bool enabled = true, string message = "Found '{0}'") =>
        new(id, "Title of " + id, message, "test", severity, enabled);

    /// <summary>Reports <paramref name="descriptor"/> at every occurrence of <paramref name="literal"/> in the document text.</summary>
    public static TestAnalyzer ReportingLiteral(DiagnosticDescriptor descriptor, string literal) =>
        new(
            "Literal" + descriptor.Id,
            [descriptor],
            context => context.RegisterDocumentAction(document =>
            {
                var text = document.Text.ToString();
                for (var index = text.IndexOf(literal, StringComparison.Ordinal); index >= 0; index = text.IndexOf(literal, index + literal.Length, StringComparison.Ordinal))
                {
                    document.ReportDiagnostic(Diagnostic.Create(descriptor, document.GetLocation(new TextSpan(index, literal.Length)), literal));
                }
            }));
}
