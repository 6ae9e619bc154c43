using System.Globalization;
using System.Text;
using RulesSdk.Text;

namespace RulesSdk.Tests.Text;

/// <summary>
/// Accent folding must not depend on the host's globalisation mode: the Latin letters fold through a table
/// that has to agree with ICU's decompositions (the test host runs with ICU).
/// </summary>
public sealed class TextFoldingTests
{
    [Theory]
    [InlineData(0x00C0, 0x024F)]
    [InlineData(0x1E00, 0x1EFF)]
    public void LatinLetters_FoldAsTheirUnicodeDecompositionDoes(int first, int last)
    {
        // The reference is ICU's decomposition: the test host must have it.
        Assert.Equal(2, "é".Normalize(NormalizationForm.FormD).Length);
        var differences = new List<string>();
        for (var code = first; code <= last; code++)
        {
            var c = (char)code;
            var lower = char.ToLowerInvariant(c);
            var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            var expected = decomposed.Length > 1 && CharUnicodeInfo.GetUnicodeCategory(decomposed[1]) == UnicodeCategory.NonSpacingMark ? decomposed[0] : lower;
            if (TextFolding.Fold(c) != expected)
            {
                differences.Add($"U+{code:X4} {c}: {TextFolding.Fold(c)} instead of {expected}");
            }
        }

        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }

    [Theory]
    [InlineData("Élysée", "elysee")]
    [InlineData("vôtre", "votre")]
    [InlineData("Łódź", "łodz")]
    [InlineData("Nguyễn", "nguyen")]
    [InlineData("l’État", "l'etat")]
    public void Words_FoldToLowerCaseWithoutAccents(string text, string folded)
    {
        Assert.Equal(folded, TextFolding.Fold(text.AsSpan()));
    }
}
