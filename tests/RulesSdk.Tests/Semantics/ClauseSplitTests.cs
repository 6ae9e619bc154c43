using RulesSdk.Semantics;
using RulesSdk.Text;
using static RulesSdk.Tests.Semantics.SemanticsTestDocuments;

namespace RulesSdk.Tests.Semantics;

/// <summary>
/// Where a sentence is cut into clauses: after ; and : before a space, after que/qu’/that, around
/// quotations; a complementizer that opens the sentence or ends it cuts nothing; pieces are trimmed
/// and empty ones dropped. Each clause is shown as its text, quotations in brackets.
/// </summary>
public sealed class ClauseSplitTests
{
    [Theory]
    [InlineData("fr", "Je pense que le budget est lourd.", "Je pense que|le budget est lourd.")]
    [InlineData("fr", "Que faire ?", "Que faire ?")]
    [InlineData("fr", "Il faut que", "Il faut que")]
    [InlineData("fr", "Il dit qu’il viendra ; elle hésite : rien n’est sûr.", "Il dit qu’|il viendra ;|elle hésite :|rien n’est sûr.")]
    [InlineData("fr", "Il dit qu' il viendra.", "Il dit qu'|il viendra.")]
    [InlineData("fr", "Il sait que, malgré tout, les questions restent.", "Il sait que,|malgré tout, les questions restent.")]
    [InlineData("fr", "Quelques questions demeurent quelque part.", "Quelques questions demeurent quelque part.")]
    [InlineData("fr", "Je  pense   que\tle budget\u00A0que\u00A0voilà est lourd.", "Je  pense   que|le budget\u00A0que|voilà est lourd.")]
    [InlineData("fr", "Il a dit « je pense que tout ira bien » puis que rien.", "Il a dit|[« je pense que tout ira bien »]|puis que|rien.")]
    [InlineData("fr", "« Oui »  « Non » ; fin.", "[« Oui »]|[« Non »]|; fin.")]
    // A closing attribution is cut off where it starts.
    [InlineData("fr", "« Nous sommes prêts », a déclaré le maire.", "[« Nous sommes prêts »]|,|a déclaré le maire.")]
    [InlineData("fr", "Je crois que tout ira bien, a déclaré le maire.", "Je crois que|tout ira bien,|a déclaré le maire.")]
    [InlineData("fr", "Point capital, selon lui, le plan prévoit cinq ponts.", "Point capital,|selon lui, le plan prévoit cinq ponts.")]
    [InlineData("fr", "Heure : 10 h ; lieu:la mairie.", "Heure :|10 h ;|lieu:la mairie.")]
    [InlineData("en", "He said that, frankly, that was it; done: yes.", "He said that,|frankly, that|was it;|done:|yes.")]
    [InlineData("en", "That is all that matters.", "That is all that|matters.")]
    [InlineData("en", "She knew \"that was that\" that night.", "She knew|[\"that was that\"]|that night.")]
    public void Sentences_AreCutIntoTheseClauses(string language, string text, string expected)
    {
        var semantics = Of(text, language);
        var clauses = semantics.Syntax.Blocks.SelectMany(semantics.GetClauses)
            .Select(c => c.Attribution.Source == AttributionSource.Quotation ? $"[{TextOf(semantics, c.Span)}]" : TextOf(semantics, c.Span));

        Assert.Equal(expected, string.Join('|', clauses));
    }

    // A paragraph of many quotations: the clauses of its last sentence are those it has alone, wherever the
    // quotations before it end (a long one still open, nested ones, one left unclosed to the end).
    [Theory]
    [InlineData("« Oui », dit-il. ", "Il a dit « je pense que tout ira bien » puis que rien.", "Il a dit|[« je pense que tout ira bien »]|puis que|rien.")]
    [InlineData("« Oui, “peut-être” », dit-il. ", "Il a dit « je pense que “tout” ira bien » puis que rien.", "Il a dit|[« je pense que “tout” ira bien »]|puis que|rien.")]
    [InlineData("« Oui », dit-il. ", "Elle ajoute : « je reste ; je pense que tout ira bien", "Elle ajoute :|[« je reste ; je pense que tout ira bien]")]
    [InlineData("“Yes,” he said. ", "He said that “it was fine” and that was it.", "He said that|[“it was fine”]|and that|was it.")]
    public void ManyQuotations_CutTheLastSentenceAsItIsCutAlone(string repeated, string last, string expected)
    {
        var language = repeated.Contains('«', StringComparison.Ordinal) ? "fr" : "en";
        var text = string.Concat(Enumerable.Repeat(repeated, 40)) + last;
        var semantics = Of(text, language);
        var clauses = semantics.GetClauses(new TextSpan(text.Length - last.Length, last.Length))
            .Select(c => c.Attribution.Source == AttributionSource.Quotation ? $"[{TextOf(semantics, c.Span)}]" : TextOf(semantics, c.Span));

        Assert.Equal(expected, string.Join('|', clauses));
    }

    [Fact]
    public void ASentenceInsideALongQuotation_IsOneQuotedClause()
    {
        // One quotation over many sentences, each with quotations nested in it.
        var inner = string.Concat(Enumerable.Repeat("Il dit “non” que rien. ", 30));
        var text = "Elle lit : « " + inner + "Fin que là. » Puis que rien.";
        var semantics = Of(text, "fr");
        var at = text.IndexOf("Fin que", StringComparison.Ordinal);
        var clauses = semantics.GetClauses(new TextSpan(at, "Fin que là.".Length))
            .Select(c => c.Attribution.Source == AttributionSource.Quotation ? $"[{TextOf(semantics, c.Span)}]" : TextOf(semantics, c.Span));

        Assert.Equal("[Fin que là. »]", string.Join('|', clauses));
    }
}
