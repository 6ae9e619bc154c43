using System.Security.Cryptography;
using System.Text;

namespace Analyzers.Tests;

/// <summary>
/// A digest of the learned model's training sentences (class and features of each, in a fixed order). The
/// trainer writes it into the model file; a test recomputes it, so a change to the semantic model's
/// readings or to the dev sets that would change what the model learns fails until the model is retrained.
/// </summary>
internal static class TrainingFingerprint
{
    public static string Of(IEnumerable<LabelledSentence> sentences) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', sentences.Select(Line).Order(StringComparer.Ordinal)))))[..16];

    /// <summary>The sentence as the trainer sees it: its class and its features in order.</summary>
    public static string Line(LabelledSentence sentence) =>
        sentence.Class + "|" + string.Join(' ', sentence.Features.Order(StringComparer.Ordinal));
}
