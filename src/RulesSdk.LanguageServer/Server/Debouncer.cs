using System.Collections.Concurrent;

namespace RulesSdk.LanguageServer.Server;

/// <summary>Runs work for a key after a quiet period; scheduling again cancels the pending (or running) run.</summary>
internal sealed class Debouncer : IDisposable
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);
    private readonly Action<string, Exception> _onError;

    public Debouncer(Action<string, Exception> onError) => _onError = onError;

    public Task Schedule(string key, TimeSpan delay, Func<CancellationToken, Task> work)
    {
        var cts = new CancellationTokenSource();
        var previous = _pending.AddOrUpdate(key, cts, (_, _) => cts);
        if (!ReferenceEquals(previous, cts))
        {
            Cancel(previous);
        }

        return Task.Run(async () =>
        {
            try
            {
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, cts.Token).ConfigureAwait(false);
                }

                await work(cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cts.IsCancellationRequested)
            {
            }
            catch (Exception ex)
            {
                _onError(key, ex);
            }
            finally
            {
                if (_pending.TryGetValue(key, out var current) && ReferenceEquals(current, cts))
                {
                    _pending.TryRemove(new KeyValuePair<string, CancellationTokenSource>(key, cts));
                }
            }
        });
    }

    public void Cancel(string key)
    {
        if (_pending.TryRemove(key, out var cts))
        {
            Cancel(cts);
        }
    }

    public void Dispose()
    {
        foreach (var key in _pending.Keys)
        {
            Cancel(key);
        }
    }

    private static void Cancel(CancellationTokenSource cts)
    {
        try
        {
            cts.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
