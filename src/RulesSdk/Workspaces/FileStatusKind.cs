namespace RulesSdk.Workspaces;

/// <summary>The kind of a file system entry; only regular files are read as documents or replaced by a rename.</summary>
public enum FileStatusKind
{
    RegularFile,
    Directory,
    Fifo,
    Socket,
    CharacterDevice,
    BlockDevice,
    Other,
}
