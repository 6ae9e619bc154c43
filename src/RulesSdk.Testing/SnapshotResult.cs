namespace RulesSdk.Testing;

/// <summary>The outcome of one snapshot: its input, its verified file and, on a mismatch, the diff.</summary>
public sealed record SnapshotResult(string InputPath, string VerifiedPath, SnapshotStatus Status, string? Diff = null)
{
    /// <summary>True when the snapshot holds (or was just accepted).</summary>
    public bool Passed => Status is SnapshotStatus.Passed or SnapshotStatus.Accepted;

    public string ReceivedPath => Snapshot.ReceivedPathOf(VerifiedPath);

    /// <summary>Why the input could not be read (<see cref="SnapshotStatus.Unreadable"/>), else null.</summary>
    public string? Problem { get; init; }

    public override string ToString() => Status switch
    {
        SnapshotStatus.Passed => $"passed   {InputPath}",
        SnapshotStatus.Accepted => $"accepted {InputPath}",
        SnapshotStatus.New => $"new      {InputPath} (accept with {Snapshot.AcceptVariable}=1 or --accept)",
        SnapshotStatus.Dangling => $"dangling {VerifiedPath} (its input is gone; delete it)",
        SnapshotStatus.Unreadable => $"unreadable {InputPath}: {Problem}",
        _ => $"failed   {InputPath}\n{Diff}",
    };
}
