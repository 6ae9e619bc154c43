using System.Collections.Immutable;
using System.Globalization;
using RulesSdk.Diagnostics;
using RulesSdk.Text;

namespace RulesSdk.Tests.Diagnostics;

public sealed class DiagnosticTests
{
    private static readonly DiagnosticDescriptor Rule = new(
        "PL0001", "Named speaker in the first person", "{0} speaks in the first person outside quotation marks", "attribution", DiagnosticSeverity.Warning, true);

    private static Location At(string path, string text, int start, int length) =>
        Location.Create(path, SourceText.From(text), new TextSpan(start, length));

    [Fact]
    public void GetMessage_FormatsArguments()
    {
        var diagnostic = Diagnostic.Create(Rule, Location.None, "Jens Stoltenberg");

        Assert.Equal("Jens Stoltenberg speaks in the first person outside quotation marks", diagnostic.GetMessage());
        Assert.Equal(["Jens Stoltenberg"], diagnostic.Arguments.ToArray());
    }

    [Fact]
    public void GetMessage_UsesInvariantCultureByDefault()
    {
        var descriptor = new DiagnosticDescriptor("PL2", "t", "value {0}", "c", DiagnosticSeverity.Info, true);
        var diagnostic = Diagnostic.Create(descriptor, Location.None, 3.5);

        Assert.Equal("value 3.5", diagnostic.GetMessage());
        Assert.Equal("value 3,5", diagnostic.GetMessage(CultureInfo.GetCultureInfo("fr-FR")));
    }

    [Fact]
    public void GetMessage_NoArguments_IsTheFormatAsIs()
    {
        var descriptor = new DiagnosticDescriptor("PL3", "t", "braces {0} stay", "c", DiagnosticSeverity.Info, true);

        Assert.Equal("braces {0} stay", Diagnostic.Create(descriptor, Location.None).GetMessage());
    }

    [Fact]
    public void GetMessage_MalformedFormat_ShowsFormatAndArguments()
    {
        var descriptor = new DiagnosticDescriptor("PL4", "t", "needs {1}", "c", DiagnosticSeverity.Info, true);

        var message = Diagnostic.Create(descriptor, Location.None, "only-one").GetMessage();

        Assert.Equal("needs {1} (only-one)", message);
    }

    [Fact]
    public void ToString_IsPathLineColumnSeverityIdMessage()
    {
        var location = At("news/article.md", "Titre\n\nMoi, Jens Stoltenberg, j’ai plaidé.", 11, 16);
        var diagnostic = Diagnostic.Create(Rule, location, "Jens Stoltenberg");

        Assert.Equal("news/article.md(3,5): warning PL0001: Jens Stoltenberg speaks in the first person outside quotation marks", diagnostic.ToString());
    }

    [Theory]
    [InlineData(DiagnosticSeverity.Error, "error")]
    [InlineData(DiagnosticSeverity.Warning, "warning")]
    [InlineData(DiagnosticSeverity.Info, "info")]
    [InlineData(DiagnosticSeverity.Hidden, "hidden")]
    public void ToString_UsesTheEffectiveSeverity(DiagnosticSeverity severity, string word)
    {
        var diagnostic = Diagnostic.Create(Rule, At("a.txt", "x", 0, 1), "X").WithSeverity(severity);

        Assert.Equal(severity, diagnostic.Severity);
        Assert.StartsWith($"a.txt(1,1): {word} PL0001: ", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_WithoutLocation()
    {
        var diagnostic = Diagnostic.Create(Rule, Location.None, "X");

        Assert.Equal("<no location>: warning PL0001: X speaks in the first person outside quotation marks", diagnostic.ToString());
        Assert.False(Location.None.IsInSource);
    }

    [Fact]
    public void Location_Create_ComputesLineSpan()
    {
        var location = At("doc.txt", "ab\r\ncd\r\nef", 4, 5);

        Assert.Equal(new LinePositionSpan(new LinePosition(1, 0), new LinePosition(2, 1)), location.LineSpan);
        Assert.Equal("doc.txt(2,1)", location.ToString());
        Assert.True(location.IsInSource);
    }

    [Fact]
    public void Location_Create_SpanOutsideText_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => At("doc.txt", "ab", 1, 5));
    }

    [Fact]
    public void Create_DefaultsToDescriptorSeverity_NotSuppressed_NoProperties()
    {
        var diagnostic = Diagnostic.Create(Rule, Location.None, "X");

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.False(diagnostic.IsSuppressed);
        Assert.Empty(diagnostic.Properties);
        Assert.Equal("PL0001", diagnostic.Id);
    }

    [Fact]
    public void Properties_TravelWithTheDiagnostic()
    {
        var properties = ImmutableDictionary<string, string?>.Empty.Add("speaker", "Jens").Add("role", null);

        var diagnostic = Diagnostic.Create(Rule, Location.None, properties, "Jens");
        var moved = diagnostic.WithLocation(At("b.txt", "xyz", 1, 1)).WithSeverity(DiagnosticSeverity.Error).WithIsSuppressed(true);

        Assert.Equal("Jens", moved.Properties["speaker"]);
        Assert.Null(moved.Properties["role"]);
        Assert.True(moved.IsSuppressed);
        Assert.Equal(DiagnosticSeverity.Error, moved.Severity);
        Assert.Equal("b.txt(1,2)", moved.Location.ToString());
        Assert.Equal(diagnostic.GetMessage(), moved.GetMessage());
    }

    [Fact]
    public void WithSeverity_Same_ReturnsSameInstance()
    {
        var diagnostic = Diagnostic.Create(Rule, Location.None, "X");

        Assert.Same(diagnostic, diagnostic.WithSeverity(DiagnosticSeverity.Warning));
        Assert.Same(diagnostic, diagnostic.WithIsSuppressed(false));
    }

    [Fact]
    public void Create_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => Diagnostic.Create(null!, Location.None));
        Assert.Throws<ArgumentNullException>(() => Diagnostic.Create(Rule, null!));
    }
}
