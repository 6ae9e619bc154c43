namespace RulesSdk.LanguageServer.Server;

/// <summary>Runs work for a key after a quiet period; scheduling again cancels the pending (or running) run.</summary>
internal sealed class Debouncer : IDisposable
{
    private readonly Dictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly Action<string, Exception> _onError;

    public Debouncer(Action<string, Exception> onError) => _onError = onError;

    public Task Schedule(string key, TimeSpan delay, Func<CancellationToken, Task> work)
    {
        var cts = new CancellationTokenSource();
        CancellationTokenSource? previous;
        lock (_gate)
        {
            // The entry replaced is the run to cancel (ConcurrentDictionary.AddOrUpdate returns the new one, not it).
            _pending.Remove(key, out previous);
            _pending[key] = cts;
        }

        if (previous is not null)
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

                cts.Token.ThrowIfCancellationRequested();
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
                lock (_gate)
                {
                    if (_pending.TryGetValue(key, out var current) && ReferenceEquals(current, cts))
                    {
                        _pending.Remove(key);
                    }
                }

                cts.Dispose();
            }
        });
    }

    public void Cancel(string key)
    {
        CancellationTokenSource? cts;
        lock (_gate)
        {
            _pending.Remove(key, out cts);
        }

        if (cts is not null)
        {
            Cancel(cts);
        }
    }

    public void Dispose()
    {
        List<CancellationTokenSource> all;
        lock (_gate)
        {
            all = [.. _pending.Values];
            _pending.Clear();
        }

        foreach (var cts in all)
        {
            Cancel(cts);
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
