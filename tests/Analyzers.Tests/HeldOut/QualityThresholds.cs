using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Analyzers.Tests;

/// <summary>
/// Floors one language of an injection set must meet (thresholds.json beside the set, keyed by
/// language): the lead raises them as the packs improve.
/// </summary>
internal sealed record QualityThresholds(
    [property: JsonPropertyName("minRecall")] double MinRecall,
    [property: JsonPropertyName("minPrecision")] double MinPrecision,
    [property: JsonPropertyName("maxFalsePositivesPerCleanDocument")] double MaxFalsePositivesPerCleanDocument,
    [property: JsonPropertyName("minExactRepair")] double MinExactRepair)
{
    /// <summary>The floors for <paramref name="language"/>, or null when the file or the language is absent.</summary>
    public static QualityThresholds? Load(string path, string language)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        return CorpusJson.Read<ImmutableDictionary<string, QualityThresholds>>(path).GetValueOrDefault(language);
    }
}
