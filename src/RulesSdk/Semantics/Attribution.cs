using RulesSdk.Text;

namespace RulesSdk.Semantics;

/// <summary>The voice of a clause, how the text attributes it, and the speaker's name when the text gives one.</summary>
public readonly record struct Attribution(VoiceKind Voice, AttributionSource Source, TextSpan? SpeakerSpan)
{
    public static Attribution Narrator { get; } = new(VoiceKind.Narrator, AttributionSource.Narration, null);

    public bool IsNarrator => Voice == VoiceKind.Narrator;
}
