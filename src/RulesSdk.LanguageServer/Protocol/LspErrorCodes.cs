namespace RulesSdk.LanguageServer.Protocol;

/// <summary>JSON-RPC and LSP error codes the server answers with.</summary>
public static class LspErrorCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;

    /// <summary>A request arrived before <c>initialize</c>.</summary>
    public const int ServerNotInitialized = -32002;

    public const int RequestFailed = -32803;

    /// <summary>The client cancelled the request (<c>$/cancelRequest</c>).</summary>
    public const int RequestCancelled = -32800;
}
