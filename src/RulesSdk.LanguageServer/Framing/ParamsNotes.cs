using System.Collections.Concurrent;

namespace RulesSdk.LanguageServer.Framing;

/// <summary>
/// What the gate noticed about a request's params that is not an error by itself (a member missing or null):
/// if the handler then fails on a null, the answer names the member. Kept by request id until that request
/// fails; bounded, since requests that succeed never come back for theirs.
/// </summary>
internal sealed class ParamsNotes
{
    private const int Capacity = 256;
    private readonly ConcurrentDictionary<string, string> _notes = new(StringComparer.Ordinal);

    public void Add(string id, string note)
    {
        if (_notes.Count >= Capacity)
        {
            _notes.Clear();
        }

        _notes[id] = note;
    }

    public string? Take(string? id) => id is not null && _notes.TryRemove(id, out var note) ? note : null;
}
