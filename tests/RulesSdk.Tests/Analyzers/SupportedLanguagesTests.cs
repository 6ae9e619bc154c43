using System.Collections.Immutable;
using RulesSdk.Analyzers;
using RulesSdk.Diagnostics;
using RulesSdk.Tests.TestSupport;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.Analyzers;

/// <summary>The driver runs an analyzer only on documents in the languages it declares.</summary>
public sealed class SupportedLanguagesTests
{
    private static readonly DiagnosticDescriptor Rule = TestAnalyzer.Descriptor("PL0001");

    private sealed class FrenchOnlyAnalyzer : DocumentAnalyzer
    {
        private readonly TestAnalyzer _inner = TestAnalyzer.ReportingLiteral(Rule, "ALPHA");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _inner.SupportedDiagnostics;

        public override ImmutableArray<string> SupportedLanguages => ["fr"];

        public override void Initialize(AnalysisContext context) => _inner.Initialize(context);
    }

    [Theory]
    [InlineData("Le maire a dit que ALPHA est la clé de la réforme.", 1)]
    [InlineData("The mayor said that ALPHA is the key to the reform.", 0)]
    [InlineData("ALPHA.", 1)]
    public void RunsOnItsLanguage_AndOnUndetectableDocuments(string text, int expected)
    {
        var driver = new AnalyzerDriver([new FrenchOnlyAnalyzer()]);

        Assert.Equal(expected, driver.AnalyzeDocument(TextDocument.Create("doc.txt", text)).Length);
    }

    [Fact]
    public void DeclaredLanguage_WinsOverDetection()
    {
        var driver = new AnalyzerDriver([new FrenchOnlyAnalyzer()]);

        Assert.Empty(driver.AnalyzeDocument(TextDocument.Create("doc.txt", "Le maire a dit que ALPHA est la clé.", language: "en")));
    }
}
