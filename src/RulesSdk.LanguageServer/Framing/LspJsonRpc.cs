using System.Reflection;
using System.Text.Json;
using RulesSdk.LanguageServer.Protocol;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace RulesSdk.LanguageServer.Framing;

/// <summary>
/// StreamJsonRpc with LSP-shaped errors: a request that fails answers with a short message and
/// the JSON-RPC code that says why (-32602 for parameters that do not fit), never the .NET type
/// and stack trace StreamJsonRpc puts in <c>data</c>. The full exception goes to stderr, which
/// clients keep in their server log.
/// </summary>
internal sealed class LspJsonRpc(IJsonRpcMessageHandler handler, TextWriter log) : JsonRpc(handler)
{
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        var inner = Unwrap(exception);
        if (inner is LocalRpcException local)
        {
            return new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)local.ErrorCode, Message = local.Message };
        }

        log.WriteLine($"docrules lsp: {request.Method} failed: {inner}");
        return inner switch
        {
            JsonException json => InvalidParams(request, json.Path is { Length: > 0 } path ? $"a value does not fit at {path}" : "the parameters are not the expected JSON"),
            NullReferenceException or ArgumentNullException => InvalidParams(request, "a required field is missing or null"),
            ArgumentException or FormatException or InvalidCastException => InvalidParams(request, "a value is out of range or of the wrong type"),
            OperationCanceledException => new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)LspErrorCodes.RequestCancelled, Message = $"{request.Method}: cancelled" },
            _ => new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.InternalError, Message = $"{request.Method}: internal error ({inner.GetType().Name})" },
        };
    }

    private static JsonRpcError.ErrorDetail InvalidParams(JsonRpcRequest request, string why) =>
        new() { Code = JsonRpcErrorCode.InvalidParams, Message = $"Invalid params for {request.Method}: {why}" };

    private static Exception Unwrap(Exception exception)
    {
        while (exception is TargetInvocationException or AggregateException && exception.InnerException is { } inner)
        {
            exception = inner;
        }

        return exception;
    }
}
