using System.Text;
using System.Text.Json;

namespace RulesSdk.LanguageServer.Framing;

/// <summary>
/// The ids of the requests the server sent and the client has not answered yet. StreamJsonRpc
/// drops the connection on a response it cannot match, so the input pump lets through only the
/// responses whose id is here.
/// </summary>
internal sealed class OutgoingRequests
{
    private static readonly byte[] IdProperty = Encoding.UTF8.GetBytes("id");
    private static readonly byte[] MethodProperty = Encoding.UTF8.GetBytes("method");
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Remembers the id when <paramref name="body"/> (a frame the server sends) is a request.</summary>
    public void Record(byte[] body)
    {
        if (RequestId(body) is { } id)
        {
            lock (_gate)
            {
                _pending.Add(id);
            }
        }
    }

    /// <summary>True (once) when <paramref name="id"/> answers a request the server sent.</summary>
    public bool TryComplete(string id)
    {
        lock (_gate)
        {
            return _pending.Remove(id);
        }
    }

    /// <summary>The id as JSON text when the message has both an id and a method; only top-level properties are read.</summary>
    internal static string? RequestId(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? id = null;
        var hasMethod = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isId = reader.ValueTextEquals(IdProperty);
            hasMethod |= reader.ValueTextEquals(MethodProperty);
            reader.Read();
            if (isId)
            {
                id = reader.TokenType switch
                {
                    JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                    JsonTokenType.String => JsonSerializer.Serialize(reader.GetString()),
                    _ => null,
                };
            }
            else
            {
                reader.Skip();
            }

            if (id is not null && hasMethod)
            {
                return id;
            }
        }

        return null;
    }
}
