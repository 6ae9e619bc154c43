namespace RulesSdk.LanguageServer.Framing;

/// <summary>A request (with its id as JSON text) or notification (no id), and where its params are in the body (length 0: none).</summary>
internal sealed record MessageCall(string Method, string? Id, int ParamsStart, int ParamsLength);
