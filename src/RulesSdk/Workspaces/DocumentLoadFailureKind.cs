namespace RulesSdk.Workspaces;

public enum DocumentLoadFailureKind
{
    NotFound,
    Unreadable,
    Binary,
    InvalidEncoding,
    TooLarge,

    /// <summary>A FIFO, socket or device: skipped without being opened.</summary>
    NotRegularFile,

    /// <summary>A .gitignore pattern left out (too costly to match); the files it would hide are checked. A warning, not a skipped file.</summary>
    IgnorePattern,
}
