using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using RulesSdk.LanguageServer.Framing;

namespace RulesSdk.LanguageServer.Tests;

/// <summary>The language server as a process, spoken to over stdio as an editor does.</summary>
internal sealed class LspProcess : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly List<JsonObject> _notifications = [];
    private readonly List<JsonObject> _unmatched = [];
    private readonly List<JsonObject> _serverRequests = [];
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly Task _reader;
    private long _nextId;

    private LspProcess(Process process)
    {
        _process = process;
        _reader = Task.Run(ReadLoopAsync);
    }

    public static LspProcess Start(string cacheDirectory)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(ServerPaths.HostDll);
        info.ArgumentList.Add("lsp");
        info.Environment["DOCRULES_CACHE"] = cacheDirectory;
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the server");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return new LspProcess(process);
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The answer to a request from the server (registerCapability, applyEdit…); null by default.</summary>
    public Func<JsonObject, JsonNode?> AnswerServerRequest { get; set; } = _ => null;

    /// <summary>The first request from the server (from the start) with this method; consumed.</summary>
    public async Task<JsonObject> WaitForServerRequestAsync(string method)
    {
        using var cts = new CancellationTokenSource(Timeout);
        while (true)
        {
            lock (_notifications)
            {
                var found = _serverRequests.FirstOrDefault(r => r["method"]?.GetValue<string>() == method);
                if (found is not null)
                {
                    _serverRequests.Remove(found);
                    return found;
                }
            }

            await _arrived.WaitAsync(cts.Token);
        }
    }

    /// <summary>The notifications received so far with this method, without consuming them.</summary>
    public IReadOnlyList<JsonObject> Notifications(string method)
    {
        lock (_notifications)
        {
            return [.. _notifications.Where(n => n["method"]?.GetValue<string>() == method).Select(n => (JsonObject)n["params"]!)];
        }
    }

    /// <summary>Responses that answered no request of ours (errors for garbage input).</summary>
    public IReadOnlyList<JsonObject> Unmatched
    {
        get
        {
            lock (_notifications)
            {
                return [.. _unmatched];
            }
        }
    }

    public async Task<JsonObject> RequestAsync(string method, JsonNode? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var tcs = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = tcs;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return await tcs.Task.WaitAsync(Timeout);
    }

    public async Task<JsonNode?> ResultAsync(string method, JsonNode? parameters)
    {
        var response = await RequestAsync(method, parameters);
        Assert.True(response["error"] is null, $"{method} failed: {response["error"]?.ToJsonString()}");
        return response["result"];
    }

    public Task NotifyAsync(string method, JsonNode? parameters) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    public Task SendAsync(JsonObject message) => SendRawAsync(Encoding.UTF8.GetBytes(message.ToJsonString()));

    public async Task SendRawAsync(byte[] body, string? header = null)
    {
        var stream = _process.StandardInput.BaseStream;
        await stream.WriteAsync(Encoding.ASCII.GetBytes(header ?? $"Content-Length: {body.Length}\r\n\r\n"));
        await stream.WriteAsync(body);
        await stream.FlushAsync();
    }

    /// <summary>The first notification (from the start) with this method matching the predicate; consumed.</summary>
    public async Task<JsonObject> WaitForNotificationAsync(string method, Func<JsonObject, bool>? predicate = null)
    {
        using var cts = new CancellationTokenSource(Timeout);
        while (true)
        {
            lock (_notifications)
            {
                var found = _notifications.FirstOrDefault(n => n["method"]?.GetValue<string>() == method && (predicate is null || predicate((JsonObject)n["params"]!)));
                if (found is not null)
                {
                    _notifications.Remove(found);
                    return (JsonObject)found["params"]!;
                }
            }

            try
            {
                await _arrived.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                lock (_notifications)
                {
                    throw new TimeoutException($"no {method} notification; got: {string.Join("\n", _notifications.Select(n => n.ToJsonString()))}");
                }
            }
        }
    }

    public async Task<JsonObject> WaitForUnmatchedAsync(int count)
    {
        using var cts = new CancellationTokenSource(Timeout);
        while (true)
        {
            lock (_notifications)
            {
                if (_unmatched.Count >= count)
                {
                    return _unmatched[count - 1];
                }
            }

            await _arrived.WaitAsync(cts.Token);
        }
    }

    public async Task<int> WaitForExitAsync()
    {
        using var cts = new CancellationTokenSource(Timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public void ClearNotifications()
    {
        lock (_notifications)
        {
            _notifications.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            await _reader;
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
        {
        }
    }

    private async Task ReadLoopAsync()
    {
        var reader = new FrameReader(_process.StandardOutput.BaseStream);
        while (true)
        {
            var frame = await reader.ReadAsync(CancellationToken.None);
            if (frame?.Body is null)
            {
                if (frame is null)
                {
                    _arrived.Release();
                    return;
                }

                continue;
            }

            var message = (JsonObject)JsonNode.Parse(frame.Body)!;
            if (message.ContainsKey("method") && message["id"] is not null)
            {
                // A request from the server: recorded, and answered so it is not left waiting.
                lock (_notifications)
                {
                    _serverRequests.Add(message);
                }

                await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = message["id"]!.DeepClone(), ["result"] = AnswerServerRequest(message) });
                _arrived.Release();
                continue;
            }

            if (message.ContainsKey("method"))
            {
                lock (_notifications)
                {
                    _notifications.Add(message);
                }
            }
            else if (message["id"] is JsonValue id && id.TryGetValue<long>(out var number) && _pending.TryRemove(number, out var tcs))
            {
                tcs.TrySetResult(message);
            }
            else
            {
                lock (_notifications)
                {
                    _unmatched.Add(message);
                }
            }

            _arrived.Release();
        }
    }
}
