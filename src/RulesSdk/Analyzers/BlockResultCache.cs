using System.Collections.Concurrent;
using System.Collections.Immutable;
using RulesSdk.Diagnostics;

namespace RulesSdk.Analyzers;

/// <summary>
/// Remembers, per analyzer and per block, the diagnostics its block, sentence and line actions
/// reported, so that <see cref="AnalyzerDriver"/> runs those actions again only on blocks whose
/// text changed (an editor re-analysing a document after a one-character edit). Set it on
/// <see cref="AnalyzerDriverOptions.BlockCache"/>; one cache can serve many drivers and documents.
/// Thread-safe; bounded by <see cref="Capacity"/> (a full cache is emptied before the next store).
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

    private readonly ConcurrentDictionary<Key, Entry> _entries = new();
    private long _hits;
    private long _misses;

    public BlockResultCache(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>At most this many entries are kept: a store into a full cache empties it first.</summary>
    public int Capacity { get; }

    public int Count => _entries.Count;

    /// <summary>Lookups that found an entry, since creation or the last <see cref="Clear"/>.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Lookups that found none.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>Forgets every entry, e.g. when the analyzers or the configuration change.</summary>
    public void Clear()
    {
        _entries.Clear();
        Interlocked.Exchange(ref _hits, 0);
        Interlocked.Exchange(ref _misses, 0);
    }

    internal bool TryGet(DocumentAnalyzer analyzer, UInt128 blockHash, out Entry entry)
    {
        if (_entries.TryGetValue(new Key(analyzer, blockHash), out entry!))
        {
            Interlocked.Increment(ref _hits);
            return true;
        }

        Interlocked.Increment(ref _misses);
        return false;
    }

    internal void Set(DocumentAnalyzer analyzer, UInt128 blockHash, Entry entry)
    {
        // Clear-when-full: cheaper than LRU bookkeeping on every lookup, and an editor's working
        // set (the open documents' blocks) is far below the capacity.
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        _entries[new Key(analyzer, blockHash)] = entry;
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
