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

    /// <summary>
    /// The input is not a document <c>docrules check</c> would read (not a regular file, too large,
    /// binary, not valid UTF-8…): a failure, with the reason in <see cref="SnapshotResult.Problem"/>.
    /// </summary>
    Unreadable,
}
