namespace RulesSdk.Testing.Tests;

/// <summary>A rule whose language differs from its pack's is verified in its own language.</summary>
public sealed class RuleLanguageTests
{
    private const string Source = """
        pack mixed.pack "Mixed"
        language en

        rule MX0001 french-lead-in
          title    "French lead-in"
          message  "Lead-in"
          language fr
          scope    sentence
          match    /\bJe suis ravi\b/
        end

        rule MX0002 english-lead-in
          title    "English lead-in"
          message  "Lead-in"
          scope    sentence
          match    /\bWe are happy\b/
        end
        """;

    [Fact]
    public async Task A_french_rule_in_an_english_pack_runs_on_french_documents()
    {
        var pack = RulePackVerifier.CompilePack(Source);
        await RulePackVerifier.For(pack, "MX0001").VerifyAnalyzerAsync("[|Je suis ravi|] de partager cela.");
        await RulePackVerifier.For(pack, "MX0002").VerifyAnalyzerAsync("[|We are happy|] to share this.");
    }
}
