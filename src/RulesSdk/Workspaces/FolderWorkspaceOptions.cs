using System.Collections.Immutable;
using System.Text;

namespace RulesSdk.Workspaces;

public sealed record FolderWorkspaceOptions
{
    public static FolderWorkspaceOptions Default { get; } = new();

    /// <summary>Files read and decoded at once (default: the number of processors).</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Extensions of documents found when a folder is given.</summary>
    public ImmutableArray<string> Extensions { get; init; } = [".md", ".markdown", ".txt"];

    /// <summary>Files larger than this are skipped with a warning.</summary>
    public long MaxFileSizeBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Glob patterns (relative to the root) never loaded.</summary>
    public ImmutableArray<string> Exclude { get; init; } = [];

    /// <summary>Used for files that are not valid UTF-8 and have no byte order mark; null reports them.</summary>
    public Encoding? FallbackEncoding { get; init; }

    /// <summary>Honour the root's .gitignore.</summary>
    public bool RespectGitIgnore { get; init; } = true;

    /// <summary>Write changed documents whose files are read-only (no write permission for their owner); by default they are refused.</summary>
    public bool WriteReadOnlyFiles { get; init; }

    /// <summary>Called with the temporary file's path between writing it and renaming it over the document (tests of races only).</summary>
    internal Action<string>? BeforeReplaceForTesting { get; init; }

    /// <summary>Called with a found file's full path just before it is read (tests of races only).</summary>
    internal Action<string>? BeforeReadForTesting { get; init; }

    /// <summary>Per-document options (from configuration), by relative path.</summary>
    public Func<string, ImmutableDictionary<string, string>>? DocumentOptions { get; init; }

    /// <summary>Declared language by relative path (from configuration); null detects it.</summary>
    public Func<string, string?>? DocumentLanguage { get; init; }
}
