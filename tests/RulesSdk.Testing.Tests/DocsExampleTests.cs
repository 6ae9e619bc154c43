using OpinionParagraph;

namespace RulesSdk.Testing.Tests;

/// <summary>The C# analyzer example of docs/testing.md, run as written.</summary>
public sealed class DocsExampleTests
{
    private static readonly AnalyzerVerifier Test =
        AnalyzerVerifier.For(new OpinionParagraphAnalyzer(), new OpinionParagraphCodeFixProvider());

    [Fact]
    public Task Opinion_IsFlagged() =>
        Test.VerifyAnalyzerAsync("Le G7 a conclu.\n\n[|Je trouve|] que c’est bien.\n");

    [Fact]
    public Task Opinion_WithArguments() =>
        Test.VerifyAnalyzerAsync(
            "{|#0:Je trouve|} que c’est bien.",
            Verifier.Diagnostic().WithLocation(0).WithArguments("Je trouve"));

    [Fact]
    public Task Opinion_SafeFixDeletesTheParagraph() =>
        Test.VerifyFixAsync("Le G7 a conclu.\n\n[|Je trouve|] que c’est bien.\n", "Le G7 a conclu.\n");

    [Fact]
    public Task Quotation_IsClean() =>
        Test.VerifyAnalyzerAsync("« Je trouve que c’est bien », a déclaré le ministre.");

    [Fact]
    public Task NewsFr_FirstPersonSpeaker()
    {
        var verifier = RulePackVerifier.For("analyzers/news-fr", ruleId: "NF0004");
        return verifier.VerifyFixAsync(
            "[|Moi, Jens Stoltenberg, secrétaire général de l’OTAN, j’ai fortement plaidé|].",
            "Jens Stoltenberg, secrétaire général de l’OTAN, a fortement plaidé.");
    }
}
