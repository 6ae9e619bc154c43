// LSP lifecycle and workspace messages.
namespace RulesSdk.LanguageServer.Protocol;

/// <summary>The protocol spells the property <c>unregisterations</c>.</summary>
public sealed record UnregistrationParams(Unregistration[] Unregisterations);
