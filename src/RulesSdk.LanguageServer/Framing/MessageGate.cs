using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RulesSdk.LanguageServer.Framing;

/// <summary>
/// Stands between the client and StreamJsonRpc, which drops the connection on a message it cannot
/// parse. Frames that are not JSON-RPC messages are answered here with a JSON-RPC error
/// (-32700 parse error, -32600 invalid request) and never reach it; the rest pass through.
/// </summary>
internal static class MessageGate
{
    /// <summary>Null when <paramref name="body"/> is a JSON-RPC message; else the error response to send.</summary>
    public static byte[]? Check(byte[] body) => Inspect(body).Error;

    /// <summary>
    /// The error response to send for a frame that is not a JSON-RPC message (else null), and for a
    /// response, its id as JSON text (the pump drops responses to requests the server never sent).
    /// </summary>
    public static (byte[]? Error, string? ResponseId) Inspect(byte[] body)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body);
        }
        catch (JsonException ex)
        {
            return (Error(null, Protocol.LspErrorCodes.ParseError, "Parse error: " + ex.Message), null);
        }
        catch (ArgumentException ex)
        {
            return (Error(null, Protocol.LspErrorCodes.ParseError, "Parse error: " + ex.Message), null);
        }

        if (node is JsonArray)
        {
            return (Error(null, Protocol.LspErrorCodes.InvalidRequest, "Invalid request: batches are not supported"), null);
        }

        if (node is not JsonObject message)
        {
            return (Error(null, Protocol.LspErrorCodes.InvalidRequest, "Invalid request: a message must be a JSON object"), null);
        }

        var id = message["id"];
        var validId = id is null || (id is JsonValue value && (value.TryGetValue<string>(out _) || value.TryGetValue<long>(out _)));
        var echoId = validId ? id?.DeepClone() : null;
        if (!validId)
        {
            return (Error(null, Protocol.LspErrorCodes.InvalidRequest, "Invalid request: 'id' must be a number or a string"), null);
        }

        if (message["jsonrpc"] is not JsonValue version || !version.TryGetValue<string>(out var v) || v != "2.0")
        {
            return (Error(echoId, Protocol.LspErrorCodes.InvalidRequest, "Invalid request: 'jsonrpc' must be \"2.0\""), null);
        }

        if (message.ContainsKey("method"))
        {
            if (message["method"] is not JsonValue method || !method.TryGetValue<string>(out _))
            {
                return (Error(echoId, Protocol.LspErrorCodes.InvalidRequest, "Invalid request: 'method' must be a string"), null);
            }

            var parameters = message["params"];
            if (message.ContainsKey("params") && parameters is not (JsonObject or JsonArray or null))
            {
                return (Error(echoId, Protocol.LspErrorCodes.InvalidRequest, "Invalid request: 'params' must be an object or an array"), null);
            }

            return (null, null);
        }

        if (id is not null && (message.ContainsKey("result") || message.ContainsKey("error")))
        {
            return (null, id.ToJsonString());
        }

        return (Error(echoId, Protocol.LspErrorCodes.InvalidRequest, "Invalid request: neither a request, a notification nor a response"), null);
    }

    public static byte[] Error(JsonNode? id, int code, string message)
    {
        var response = new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["id"] = id,
            ["error"] = new JsonObject { ["code"] = code, ["message"] = message },
        };
        return Encoding.UTF8.GetBytes(response.ToJsonString());
    }
}
