using RulesSdk.Diagnostics;

namespace RulesSdk.Tests.Diagnostics;

public sealed class DiagnosticDescriptorTests
{
    private static DiagnosticDescriptor Create(string id, string title = "A title", string message = "A message", string category = "style") =>
        new(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    [Theory]
    [InlineData("PL0001")]
    [InlineData("DR1")]
    [InlineData("sample001")]
    [InlineData("SAMPLE001")]
    public void Id_LettersThenDigits_IsAccepted(string id) => Assert.Equal(id, Create(id).Id);

    [Theory]
    [InlineData("0001")]
    [InlineData("PL")]
    [InlineData("PL-0001")]
    [InlineData("PL 0001")]
    [InlineData("PL0001a")]
    [InlineData("ÉT0001")]
    public void Id_OtherShapes_AreRejectedWithTheId(string id)
    {
        var ex = Assert.Throws<ArgumentException>(() => Create(id));

        Assert.Contains($"'{id}'", ex.Message, StringComparison.Ordinal);
        Assert.Equal("id", ex.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Id_Blank_IsRejected(string id) => Assert.ThrowsAny<ArgumentException>(() => Create(id));

    [Fact]
    public void Id_Null_IsRejected() => Assert.Throws<ArgumentNullException>(() => Create(null!));

    [Fact]
    public void Title_AndCategory_MustNotBeBlank()
    {
        Assert.ThrowsAny<ArgumentException>(() => Create("PL1", title: " "));
        Assert.ThrowsAny<ArgumentException>(() => Create("PL1", category: ""));
        Assert.Throws<ArgumentNullException>(() => Create("PL1", message: null!));
    }

    [Fact]
    public void OptionalFields_DefaultToEmpty()
    {
        var descriptor = Create("PL0001");

        Assert.Equal(string.Empty, descriptor.Description);
        Assert.Equal(string.Empty, descriptor.HelpLinkUri);
        Assert.Empty(descriptor.CustomTags);
        Assert.Equal("PL0001", descriptor.ToString());
    }

    [Fact]
    public void AllFields_AreKept()
    {
        var descriptor = new DiagnosticDescriptor("PL0002", "Title", "Msg {0}", "attribution", DiagnosticSeverity.Error, false, "Long text", "https://docs/PL0002", "tag1", "tag2");

        Assert.Equal("Title", descriptor.Title);
        Assert.Equal("Msg {0}", descriptor.MessageFormat);
        Assert.Equal("attribution", descriptor.Category);
        Assert.Equal(DiagnosticSeverity.Error, descriptor.DefaultSeverity);
        Assert.False(descriptor.IsEnabledByDefault);
        Assert.Equal("Long text", descriptor.Description);
        Assert.Equal("https://docs/PL0002", descriptor.HelpLinkUri);
        Assert.Equal(["tag1", "tag2"], descriptor.CustomTags.ToArray());
    }

    [Fact]
    public void Equality_IsByValue()
    {
        var a = Create("PL0001");
        var b = Create("PL0001");
        var c = Create("PL0001", title: "Other");

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void SdkDiagnostics_HaveTheirIds()
    {
        Assert.Equal("DR0001", SdkDiagnostics.AnalyzerException.Id);
        Assert.Equal("DR0002", SdkDiagnostics.RuleTimedOut.Id);
        Assert.Equal("DR0003", SdkDiagnostics.UnusedSuppression.Id);
        Assert.Equal("DR0004", SdkDiagnostics.InvalidSuppression.Id);
        Assert.Equal(DiagnosticSeverity.Info, SdkDiagnostics.UnusedSuppression.DefaultSeverity);
    }
}
