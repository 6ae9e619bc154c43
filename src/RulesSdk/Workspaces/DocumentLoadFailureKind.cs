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
}
