using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RulesSdk.LanguageServer.Framing;

/// <summary>
/// Stands between the client and StreamJsonRpc, which drops the connection on a message it cannot
/// parse. Frames that are not JSON-RPC messages are answered here with a JSON-RPC error
/// (-32700 parse error, -32600 invalid request) and never reach it; the rest pass through.
/// Only the top-level members are read, with a forward-only reader: a frame of tens of megabytes
/// costs no document tree, and a repeated member is seen rather than thrown on.
/// </summary>
internal static class MessageGate
{
    private static readonly string[] Members = ["jsonrpc", "id", "method", "params", "result", "error"];
    private static readonly byte[][] MemberBytes = [.. Members.Select(Encoding.UTF8.GetBytes)];

    /// <summary>Null when <paramref name="body"/> is a JSON-RPC message; else the error response to send.</summary>
    public static byte[]? Check(byte[] body) => Inspect(body).Error;

    /// <summary>As <see cref="Inspect(byte[])"/>; for a request or notification, its method, id and params too.</summary>
    public static (byte[]? Error, string? ResponseId, MessageCall? Call) InspectCall(byte[] body)
    {
        var (error, responseId, message) = InspectTopLevel(body);
        return error is null && responseId is null && message?.Method is { } method
            ? (null, null, new MessageCall(method, message.Id, message.ParamsStart, message.ParamsEnd - message.ParamsStart))
            : (error, responseId, null);
    }

    /// <summary>
    /// The error response to send for a frame that is not a JSON-RPC message (else null), and for a
    /// response, its id as JSON text (the pump drops responses to requests the server never sent).
    /// </summary>
    public static (byte[]? Error, string? ResponseId) Inspect(byte[] body)
    {
        var (error, responseId, _) = InspectTopLevel(body);
        return (error, responseId);
    }

    private static (byte[]? Error, string? ResponseId, TopLevel? Message) InspectTopLevel(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        TopLevel message;
        try
        {
            message = Read(body);
        }
        catch (JsonException ex)
        {
            return (Error(null, Protocol.LspErrorCodes.ParseError, "Parse error: " + ex.Message), null, null);
        }
        catch (InvalidOperationException ex)
        {
            // A string that is not valid UTF-8.
            return (Error(null, Protocol.LspErrorCodes.ParseError, "Parse error: " + ex.Message), null, null);
        }

        return message.Kind switch
        {
            JsonTokenType.StartArray => (Error(null, Protocol.LspErrorCodes.InvalidRequest, "Invalid request: batches are not supported"), null, null),
            not JsonTokenType.StartObject => (Error(null, Protocol.LspErrorCodes.InvalidRequest, "Invalid request: a message must be a JSON object"), null, null),
            _ => Check(message) is var (error, responseId) ? (error, responseId, message) : default,
        };
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

    private static (byte[]? Error, string? ResponseId) Check(TopLevel message)
    {
        if (message.InvalidId)
        {
            return (Error(null, Protocol.LspErrorCodes.InvalidRequest, "Invalid request: 'id' must be a number or a string"), null);
        }

        // An id that appears twice is no id: the answer goes to null, as for an unreadable one.
        var echoId = message.Repeated == "id" || message.Id is null ? null : JsonNode.Parse(message.Id);
        if (message.Repeated is { } repeated)
        {
            return (Error(echoId, Protocol.LspErrorCodes.InvalidRequest, $"Invalid request: the member '{repeated}' appears more than once"), null);
        }

        if (!message.HasVersion)
        {
            return (Error(echoId, Protocol.LspErrorCodes.InvalidRequest, "Invalid request: 'jsonrpc' must be \"2.0\""), null);
        }

        if (message.Present("method"))
        {
            if (!message.MethodIsString)
            {
                return (Error(echoId, Protocol.LspErrorCodes.InvalidRequest, "Invalid request: 'method' must be a string"), null);
            }

            if (message.InvalidParams)
            {
                return (Error(echoId, Protocol.LspErrorCodes.InvalidRequest, "Invalid request: 'params' must be an object or an array"), null);
            }

            return (null, null);
        }

        if (message.Id is not null && (message.Present("result") || message.Present("error")))
        {
            return (null, message.Id);
        }

        return (Error(echoId, Protocol.LspErrorCodes.InvalidRequest, "Invalid request: neither a request, a notification nor a response"), null);
    }

    /// <exception cref="JsonException">The body is not one well-formed JSON value.</exception>
    private static TopLevel Read(byte[] body)
    {
        var reader = new Utf8JsonReader(body);
        reader.Read();
        var message = new TopLevel { Kind = reader.TokenType };
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            // Read to its end all the same: a broken value is a parse error, not an invalid request.
            reader.Skip();
            EnsureEnd(ref reader);
            return message;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = MemberIndex(ref reader);
            reader.Read();
            if (member >= 0 && !message.Seen.Add(Members[member]))
            {
                message.Repeated ??= Members[member];
            }

            switch (member < 0 ? null : Members[member])
            {
                case "jsonrpc":
                    message.HasVersion = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("2.0"u8);
                    break;
                case "id":
                    ReadId(ref reader, message);
                    break;
                case "method":
                    message.MethodIsString = reader.TokenType == JsonTokenType.String;
                    message.Method = message.MethodIsString ? MethodName(ref reader) : null;
                    break;
                case "params":
                    message.InvalidParams = reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.Null);
                    message.ParamsStart = (int)reader.TokenStartIndex;
                    break;
            }

            reader.Skip();
            if (member >= 0 && Members[member] == "params")
            {
                message.ParamsEnd = (int)reader.BytesConsumed;
            }
        }

        EnsureEnd(ref reader);
        return message;
    }

    private static string? MethodName(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            // A lone surrogate: no method of the server's, left to StreamJsonRpc as before.
            return null;
        }
    }

    private static int MemberIndex(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < MemberBytes.Length; i++)
        {
            if (reader.ValueTextEquals(MemberBytes[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // As JSON text, spelled as OutgoingRequests records the server's own request ids.
    private static void ReadId(ref Utf8JsonReader reader, TopLevel message)
    {
        message.InvalidId = false;
        message.Id = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetInt64(out _):
                message.Id = Encoding.UTF8.GetString(reader.ValueSpan);
                break;
            case JsonTokenType.String:
                message.Id = JsonSerializer.Serialize(reader.GetString());
                break;
            case JsonTokenType.Null:
                break;
            default:
                message.InvalidId = true;
                break;
        }
    }

    private static void EnsureEnd(ref Utf8JsonReader reader)
    {
        // Throws on anything but white space after the value.
        if (reader.Read())
        {
            throw new JsonException($"unexpected data after the message at byte {reader.TokenStartIndex}");
        }
    }

    /// <summary>What the gate needs to know of a message's top-level members.</summary>
    private sealed class TopLevel
    {
        public JsonTokenType Kind { get; init; }

        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

        public string? Repeated { get; set; }

        public string? Id { get; set; }

        public bool InvalidId { get; set; }

        public bool HasVersion { get; set; }

        public bool MethodIsString { get; set; }

        public bool InvalidParams { get; set; }

        public string? Method { get; set; }

        public int ParamsStart { get; set; }

        public int ParamsEnd { get; set; }

        public bool Present(string member) => Seen.Contains(member);
    }
}
