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
}
