namespace RulesSdk.Workspaces;

/// <summary>Why a changed document was not written.</summary>
public enum DocumentWriteFailureKind
{
    /// <summary>An I/O error, or the text cannot be stored in the file's encoding.</summary>
    Other,

    /// <summary>The file changed on disk since it was read.</summary>
    ChangedOnDisk,

    /// <summary>The file is read-only and the workspace does not write read-only files.</summary>
    ReadOnly,

    /// <summary>The file has several hard links; replacing it would split them.</summary>
    HardLinked,

    /// <summary>
    /// The file was found by walking a folder, and a symbolic link on its path leads outside that folder
    /// (at load time, or since): a folder walk never writes outside the folder it walked. A file named on
    /// its own is written through its link.
    /// </summary>
    LinkOutsideFolder,
}
