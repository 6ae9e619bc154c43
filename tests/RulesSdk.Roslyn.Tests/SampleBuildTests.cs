using RulesSdk.Roslyn.Tests.TestSupport;

namespace RulesSdk.Roslyn.Tests;

/// <summary>
/// <c>dotnet build</c> of samples/roslyn-docs: the documents' findings as compiler warnings in MSBuild's canonical
/// form; an .editorconfig line makes one an error (the build fails); NoWarn silences it.
/// </summary>
public sealed class SampleBuildTests(SampleBuild sample) : IClassFixture<SampleBuild>
{
    private const string LeadIn = "docs/communique.md(3,1): warning NF0003: Le rédacteur s’introduit dans l’article : « Je suis ravi de partager que, » (fix: Supprimer la formule d’introduction; run 'dotnet docrules fix')";

    [Fact]
    public async Task Build_ReportsEveryFinding_AsACompilerWarning()
    {
        var result = await sample.BuildAsync();

        Assert.True(result.ExitCode == 0, result.Output);
        string[] expected =
            [
                "README.md(9,1): warning NE0003: The writer steps into the story: “I'm delighted to share that,” (fix: Delete the lead-in; run 'dotnet docrules fix')",
                LeadIn,
                "docs/communique.md(5,1): warning NF0004: Ana Ruiz parle à la première personne hors de toute citation (fix: Rétablir l’attribution à la troisième personne; run 'dotnet docrules fix')",
                "docs/communique.md(9,81): warning NF0008: « Vladimir Zelensky » : le président ukrainien s’appelle Volodymyr Zelensky (fix: Écrire Volodymyr Zelensky; run 'dotnet docrules fix')",
                "docs/communique.md(11,1): warning NF0009: Métadonnée de publication en fin d’article : « 2026-11-30 09:15 » (fix: Supprimer la ligne de métadonnées; run 'dotnet docrules fix')",
            ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), result.Diagnostics.Select(WithoutHelpLink));
    }

    [Fact]
    public async Task EditorConfigLine_TurnsTheFindingIntoAnError_AndFailsTheBuild()
    {
        sample.Write(".editorconfig", "root = true\n\n[docs/*.md]\ndotnet_diagnostic.NF0003.severity = error\n");
        BuildResult result;
        try
        {
            result = await sample.BuildAsync();
        }
        finally
        {
            sample.Delete(".editorconfig");
        }

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(LeadIn.Replace("warning NF0003", "error NF0003", StringComparison.Ordinal), result.Diagnostics.Select(WithoutHelpLink));
        Assert.Contains(result.Diagnostics, d => d.Contains("warning NF0004", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoWarn_SilencesTheRule_AndOnlyIt()
    {
        var result = await sample.BuildAsync("NoWarn=NF0003");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.DoesNotContain(result.Diagnostics, d => d.Contains("NF0003", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Contains("warning NF0004", StringComparison.Ordinal));
    }

    // MSBuild prints the help link after the message: "… (https://…/NF0003.md)".
    private static string WithoutHelpLink(string diagnostic)
    {
        var link = diagnostic.LastIndexOf(" (https://", StringComparison.Ordinal);
        return link < 0 ? diagnostic : diagnostic[..link];
    }
}
