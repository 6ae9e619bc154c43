namespace RulesSdk.Semantics;

/// <summary>Who speaks in a clause: the text's own narrator, or someone the text quotes or reports.</summary>
public enum VoiceKind
{
    Narrator,
    Speaker,
}
