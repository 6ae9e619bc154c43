namespace RulesSdk.LanguageServer.Framing;

/// <summary>What the input pump checks frames with before StreamJsonRpc sees them.</summary>
internal sealed record Gate(OutgoingRequests Outgoing, ParamsShape Shape, ParamsNotes Notes)
{
    /// <summary>
    /// Whether an <c>initialize</c> request has gone on to the server. Until then LSP allows nothing else: any other
    /// request is answered <c>-32002</c> whatever its params, and notifications (but <c>exit</c>) are dropped. The
    /// pump is the only writer and reader; the server handles messages in the order the pump passed them on.
    /// </summary>
    public bool InitializeForwarded { get; set; }
}
