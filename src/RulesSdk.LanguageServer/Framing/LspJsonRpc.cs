using System.Reflection;
using System.Text.Json;
using RulesSdk.LanguageServer.Protocol;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace RulesSdk.LanguageServer.Framing;

/// <summary>
/// StreamJsonRpc with LSP-shaped errors: a request that fails answers with a short message and
/// the JSON-RPC code that says why (-32602 for parameters that do not fit, naming the member in
/// params), never the .NET type and stack trace StreamJsonRpc puts in <c>data</c>. The full
/// exception goes to stderr, which clients keep in their server log. Most params that do not fit
/// are refused before dispatch (<see cref="ParamsShape"/>); this is for the rest.
/// </summary>
internal sealed class LspJsonRpc(IJsonRpcMessageHandler handler, TextWriter log, ParamsNotes notes) : JsonRpc(handler)
{
    /// <summary>
    /// Whether the server still waits for a successful <c>initialize</c>: then a request that fails before its
    /// handler runs (params the serializer cannot read, an unknown method) is still answered <c>-32002</c>, as LSP
    /// asks. The gate answers most such requests itself; this covers an <c>initialize</c> that failed.
    /// </summary>
    public Func<bool> AwaitsInitialize { get; set; } = static () => false;

    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        var note = notes.Take(IdText(request.RequestId));
        if (request.Method != "initialize" && AwaitsInitialize())
        {
            log.WriteLine($"docrules lsp: {request.Method} before initialize: {Unwrap(exception).Message}");
            return new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)LspErrorCodes.ServerNotInitialized, Message = LanguageServerHost.NotInitializedMessage };
        }

        var inner = Unwrap(exception);
        if (inner is LocalRpcException local)
        {
            return new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)local.ErrorCode, Message = local.Message };
        }

        log.WriteLine($"docrules lsp: {request.Method} failed: {inner}");
        return inner switch
        {
            JsonException json => InvalidParams(request, json.Path is ['$', .. var path] ? $"params{path} has a value of the wrong type" : "params are not the expected JSON"),
            NullReferenceException or ArgumentNullException => note is not null
                ? new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.InvalidParams, Message = note }
                : InvalidParams(request, "a required member of params is missing or null"),
            ArgumentException or FormatException or InvalidCastException => InvalidParams(request, "a value in params is out of range or of the wrong type"),
            OperationCanceledException => new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)LspErrorCodes.RequestCancelled, Message = $"{request.Method}: cancelled" },
            _ => new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.InternalError, Message = $"{request.Method}: internal error ({inner.GetType().Name})" },
        };
    }

    private static JsonRpcError.ErrorDetail InvalidParams(JsonRpcRequest request, string why) =>
        new() { Code = JsonRpcErrorCode.InvalidParams, Message = $"{request.Method}: {why}" };

    // As the gate spells ids (MessageCall.Id).
    private static string? IdText(RequestId id) =>
        id.Number is { } number ? number.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : id.String is { } text ? JsonSerializer.Serialize(text)
        : null;

    private static Exception Unwrap(Exception exception)
    {
        while (exception is TargetInvocationException or AggregateException && exception.InnerException is { } inner)
        {
            exception = inner;
        }

        return exception;
    }
}
