namespace RulesSdk.LanguageServer.Framing;

/// <summary>What the input pump checks frames with before StreamJsonRpc sees them.</summary>
internal sealed record Gate(OutgoingRequests Outgoing, ParamsShape Shape, ParamsNotes Notes);
