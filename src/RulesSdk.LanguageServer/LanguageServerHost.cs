using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.VisualStudio.Threading;
using RulesSdk.LanguageServer.Framing;
using RulesSdk.LanguageServer.Protocol;
using RulesSdk.LanguageServer.Server;
using StreamJsonRpc;

namespace RulesSdk.LanguageServer;

/// <summary>
/// Runs the DocRules language server over a pair of streams (stdin/stdout for <c>docrules lsp</c>).
/// Incoming frames pass a gate that answers malformed messages with JSON-RPC errors, so garbage
/// never reaches StreamJsonRpc (which would drop the connection).
/// </summary>
public static class LanguageServerHost
{
    /// <summary>Serves until <c>exit</c> or the end of <paramref name="input"/>.</summary>
    /// <returns>0 after shutdown then exit; 1 when the client left without shutting down.</returns>
    public static async Task<int> RunAsync(Stream input, Stream output, LanguageServerOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var writer = new FrameWriter(output);
        var toRpc = new Pipe();
        var fromRpc = new Pipe();
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = LspJson.Options };
        var handler = new HeaderDelimitedMessageHandler(fromRpc.Writer, toRpc.Reader, formatter);
        var notes = new ParamsNotes();
        using var rpc = new LspJsonRpc(handler, Console.Error, notes);
        var outgoing = new OutgoingRequests();
        rpc.SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false);
        using var server = new DocRulesLanguageServer(rpc, options);
        rpc.AwaitsInitialize = () => server.AwaitsInitialize;
        rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true, DisposeOnDisconnect = false });
        rpc.StartListening();

        var inputPump = PumpInputAsync(input, toRpc.Writer, writer, new Gate(outgoing, new ParamsShape(typeof(DocRulesLanguageServer)), notes), stop.Token);
        var outputPump = PumpOutputAsync(fromRpc.Reader, writer, outgoing, stop.Token);
        await Task.WhenAny(server.Exited, rpc.Completion, inputPump).ConfigureAwait(false);

        // Let replies already produced (the shutdown result) reach the client before leaving.
        await Task.WhenAny(Task.Delay(200, CancellationToken.None), rpc.Completion).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        await fromRpc.Writer.CompleteAsync().ConfigureAwait(false);
        await Task.WhenAny(outputPump, Task.Delay(500, CancellationToken.None)).ConfigureAwait(false);
        return server.Exited.IsCompleted ? await server.Exited.ConfigureAwait(false) : server.ExitCodeWithoutExit;
    }

    private static async Task PumpInputAsync(Stream input, PipeWriter toRpc, FrameWriter output, Gate gate, CancellationToken ct)
    {
        var reader = new FrameReader(input);
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var frame = await reader.ReadAsync(ct).ConfigureAwait(false);
                if (frame is null)
                {
                    break;
                }

                var (error, body) = await GateAsync(frame, gate).ConfigureAwait(false);
                if (error is not null)
                {
                    await output.WriteAsync(error, ct).ConfigureAwait(false);
                }

                if (body is null)
                {
                    continue;
                }

                var header = System.Text.Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
                await toRpc.WriteAsync(header, ct).ConfigureAwait(false);
                await toRpc.WriteAsync(body, ct).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (IOException)
        {
            // The client went away: treat as the end of input.
        }
        finally
        {
            await toRpc.CompleteAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The error (or log message) to answer a frame with, and the body that goes on to StreamJsonRpc (null: none).
    /// Never throws: whatever goes wrong with one frame is logged and that frame answered, and the pump reads the next one.
    /// </summary>
    private static async Task<(byte[]? Error, byte[]? Body)> GateAsync(Frame frame, Gate gate)
    {
        try
        {
            var (error, responseId, call) = frame.Body is null
                ? (MessageGate.Error(null, LspErrorCodes.ParseError, "Parse error: " + frame.HeaderError), null, null)
                : MessageGate.InspectCall(frame.Body);
            if (error is not null)
            {
                return (error, null);
            }

            var body = frame.Body!;
            if (LoneSurrogates.Repair(body) is > 0 and var repaired)
            {
                await Console.Error.WriteLineAsync($"docrules lsp: replaced {repaired} lone surrogate escape(s) by U+FFFD in a {body.Length}-byte message").ConfigureAwait(false);
            }

            if (call is not null && !gate.InitializeForwarded && call.Method is not ("initialize" or "exit"))
            {
                return (await BeforeInitializeAsync(call).ConfigureAwait(false), null);
            }

            // Only JSON gets here (a body that is not is refused above, as before): its strings may hold bytes that are not UTF-8.
            byte[]? repairedNotice = null;
            if (InvalidUtf8.Repair(body) is { } decoded)
            {
                var notice = $"the '{call?.Method ?? "response"}' message held bytes that are not UTF-8; each invalid sequence was read as U+FFFD";
                await Console.Error.WriteLineAsync($"docrules lsp: {notice} ({body.Length} bytes)").ConfigureAwait(false);
                repairedNotice = LogMessage(notice, MessageTypeWarning);
                body = decoded;

                // The repair moved the bytes: the params' place is read again.
                (_, _, call) = MessageGate.InspectCall(body);
            }

            if (call is not null && await CheckParamsAsync(body, call, gate).ConfigureAwait(false) is { } refusal)
            {
                // The refusal says what the client must fix; the repair is then beside the point.
                return (refusal, null);
            }

            if (call?.Method == "initialize")
            {
                gate.InitializeForwarded = true;
            }

            if (responseId is not null && !gate.Outgoing.TryComplete(responseId))
            {
                // A response to no request of ours: nothing waits for it, and it must not reach StreamJsonRpc.
                await Console.Error.WriteLineAsync($"docrules lsp: ignored a response with unknown id {responseId}").ConfigureAwait(false);
                return (repairedNotice, null);
            }

            return (repairedNotice, body);
        }
        catch (Exception ex)
        {
            await Console.Error.WriteLineAsync($"docrules lsp: could not inspect a message ({frame.Body?.Length ?? 0} bytes), answered with an internal error: {ex}").ConfigureAwait(false);
            return (MessageGate.Error(null, LspErrorCodes.InternalError, "Internal error: the message could not be inspected: " + ex.Message), null);
        }
    }

    /// <summary>
    /// LSP: until <c>initialize</c>, a request is answered <c>-32002</c> (ServerNotInitialized) whatever its method
    /// and params, and a notification is dropped, without even a <c>window/logMessage</c> (the server may send
    /// nothing before <c>initialize</c>). So params are checked only after that: a malformed request before it is
    /// still "not initialized", never <c>-32602</c>.
    /// </summary>
    private static async Task<byte[]?> BeforeInitializeAsync(MessageCall call)
    {
        if (call.Id is null)
        {
            await Console.Error.WriteLineAsync($"docrules lsp: dropped the notification '{call.Method}' sent before 'initialize'").ConfigureAwait(false);
            return null;
        }

        return MessageGate.Error(JsonNode.Parse(call.Id), LspErrorCodes.ServerNotInitialized, NotInitializedMessage);
    }

    /// <summary>As the server's own answer to a request before <c>initialize</c>.</summary>
    internal const string NotInitializedMessage = "the server is not initialized: send 'initialize' first";

    /// <summary>
    /// The answer to params that the server's method cannot read: -32602 naming the member for a request, a
    /// window/logMessage for a notification (which has no answer); null when they can be read.
    /// </summary>
    private static async Task<byte[]?> CheckParamsAsync(byte[] body, MessageCall call, Gate gate)
    {
        string? problem;
        string? missing;
        try
        {
            (problem, missing) = gate.Shape.Check(call.Method, body.AsSpan(call.ParamsStart, call.ParamsLength));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            // Not the checker's to say: the serializer reads it, as before.
            return null;
        }

        if (problem is null)
        {
            if (missing is not null && call.Id is not null)
            {
                gate.Notes.Add(call.Id, missing);
            }

            return null;
        }

        await Console.Error.WriteLineAsync($"docrules lsp: {problem} (refused before dispatch, {body.Length} bytes)").ConfigureAwait(false);
        return call.Id is null
            ? LogMessage(problem)
            : MessageGate.Error(JsonNode.Parse(call.Id), LspErrorCodes.InvalidParams, problem);
    }

    // LSP's MessageType: 2 warning, 4 log.
    private const int MessageTypeWarning = 2;
    private const int MessageTypeLog = 4;

    private static byte[] LogMessage(string message, int type = MessageTypeLog) =>
        System.Text.Encoding.UTF8.GetBytes(new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["method"] = "window/logMessage",
            ["params"] = new JsonObject { ["type"] = type, ["message"] = message },
        }.ToJsonString());

    private static async Task PumpOutputAsync(PipeReader fromRpc, FrameWriter output, OutgoingRequests outgoing, CancellationToken ct)
    {
        var reader = new FrameReader(fromRpc.AsStream());
        try
        {
            while (true)
            {
                var frame = await reader.ReadAsync(CancellationToken.None).ConfigureAwait(false);
                if (frame is null)
                {
                    break;
                }

                if (frame.Body is not null)
                {
                    outgoing.Record(frame.Body);
                    await output.WriteAsync(frame.Body, CancellationToken.None).ConfigureAwait(false);
                }
            }
        }
        catch (IOException)
        {
            // The client closed its end; nothing more can be sent.
        }
        catch (ObjectDisposedException)
        {
        }

        _ = ct;
    }
}
