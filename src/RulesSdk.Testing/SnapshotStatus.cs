namespace RulesSdk.Testing;

public enum SnapshotStatus
{
    /// <summary>The output matches the verified file.</summary>
    Passed,

    /// <summary>The output differs; a received file was written.</summary>
    Failed,

    /// <summary>No verified file yet; a received file was written.</summary>
    New,

    /// <summary>The output was written as the verified file (accept mode).</summary>
    Accepted,

    /// <summary>A verified file whose input no longer exists.</summary>
    Dangling,
}
