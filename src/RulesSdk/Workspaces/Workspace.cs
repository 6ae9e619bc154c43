namespace RulesSdk.Workspaces;

/// <summary>
/// Holds the current <see cref="DocumentSet"/>. Changes are made on a snapshot and applied with
/// <see cref="TryApplyChanges"/>, which refuses a snapshot that is no longer current.
/// </summary>
public abstract class Workspace
{
    private readonly Lock _gate = new();
    private DocumentSet _current = DocumentSet.Empty;

    public event EventHandler<WorkspaceChangedEventArgs>? WorkspaceChanged;

    public DocumentSet CurrentDocuments
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    /// <summary>
    /// Makes <paramref name="newSet"/> current if it was derived from the current set.
    /// Returns false, changing nothing, when another change landed first.
    /// </summary>
    public bool TryApplyChanges(DocumentSet newSet, DocumentSet basedOn)
    {
        ArgumentNullException.ThrowIfNull(newSet);
        ArgumentNullException.ThrowIfNull(basedOn);
        DocumentSet old;
        DocumentSet? applied;
        lock (_gate)
        {
            if (!ReferenceEquals(_current, basedOn))
            {
                return false;
            }

            old = _current;
            applied = ApplyToStore(old, newSet);
            if (applied is null)
            {
                return false;
            }

            _current = applied;
        }

        WorkspaceChanged?.Invoke(this, new WorkspaceChangedEventArgs(old, applied));
        return true;
    }

    /// <summary>
    /// Persists the changes (a folder workspace writes files) and returns the set that is now
    /// true: <paramref name="newSet"/>, or a set that keeps the old version of documents that
    /// could not be stored. Null refuses the change.
    /// </summary>
    protected virtual DocumentSet? ApplyToStore(DocumentSet oldSet, DocumentSet newSet) => newSet;

    protected void SetCurrent(DocumentSet set)
    {
        DocumentSet old;
        lock (_gate)
        {
            old = _current;
            _current = set;
        }

        WorkspaceChanged?.Invoke(this, new WorkspaceChangedEventArgs(old, set));
    }
}
