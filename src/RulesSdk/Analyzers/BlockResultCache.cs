using System.Collections.Immutable;
using RulesSdk.Diagnostics;

namespace RulesSdk.Analyzers;

/// <summary>
/// Remembers, per analyzer and per block, the diagnostics its block, sentence and line actions
/// reported, so that <see cref="AnalyzerDriver"/> runs those actions again only on blocks whose
/// text changed (an editor re-analysing a document after a one-character edit). Set it on
/// <see cref="AnalyzerDriverOptions.BlockCache"/>; one cache can serve many drivers and documents.
/// Thread-safe; bounded (least recently used entries are evicted).
/// </summary>
/// <remarks>
/// A block's key covers everything a block, sentence or line action can observe of its own
/// block: the source and prose of the block's lines, its kind, heading level, whether it is the
/// first or last block, holds line 0 or the last non-blank line, and the document's path, kind,
/// language, options and front matter. Actions that read other blocks through
/// <see cref="BlockAnalysisContext.Syntax"/> must be document actions; document actions always run.
/// </remarks>
public sealed class BlockResultCache
{
    /// <summary>The default number of (analyzer, block) entries kept.</summary>
    public const int DefaultCapacity = 20_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<Key, LinkedListNode<(Key Key, Entry Entry)>> _map = [];
    private readonly LinkedList<(Key Key, Entry Entry)> _lru = new();
    private long _hits;
    private long _misses;

    public BlockResultCache(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    public int Capacity { get; }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _map.Count;
            }
        }
    }

    /// <summary>Lookups that found an entry, since creation or the last <see cref="Clear"/>.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Lookups that found none.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>Forgets every entry, e.g. when the analyzers or the configuration change.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _map.Clear();
            _lru.Clear();
            _hits = 0;
            _misses = 0;
        }
    }

    internal bool TryGet(DocumentAnalyzer analyzer, UInt128 blockHash, out Entry entry)
    {
        var key = new Key(analyzer, blockHash);
        lock (_gate)
        {
            if (_map.TryGetValue(key, out var node))
            {
                _lru.Remove(node);
                _lru.AddFirst(node);
                entry = node.Value.Entry;
                _hits++;
                return true;
            }

            _misses++;
        }

        entry = null!;
        return false;
    }

    internal void Set(DocumentAnalyzer analyzer, UInt128 blockHash, Entry entry)
    {
        var key = new Key(analyzer, blockHash);
        lock (_gate)
        {
            if (_map.TryGetValue(key, out var existing))
            {
                _lru.Remove(existing);
                _map.Remove(key);
            }

            while (_map.Count >= Capacity && _lru.Last is { } oldest)
            {
                _lru.RemoveLast();
                _map.Remove(oldest.Value.Key);
            }

            _map[key] = _lru.AddFirst((key, entry));
        }
    }

    /// <summary>
    /// What one analyzer reported in one block: diagnostics of its block and sentence actions, then
    /// of its line actions, with the start of the block's lines they were reported against.
    /// </summary>
    internal sealed record Entry(int Anchor, ImmutableArray<Diagnostic> BlockDiagnostics, ImmutableArray<Diagnostic> LineDiagnostics);

    private readonly record struct Key(DocumentAnalyzer Analyzer, UInt128 BlockHash)
    {
        public bool Equals(Key other) => ReferenceEquals(Analyzer, other.Analyzer) && BlockHash == other.BlockHash;

        public override int GetHashCode() => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Analyzer), BlockHash);
    }
}
