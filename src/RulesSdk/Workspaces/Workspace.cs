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
        lock (_gate)
        {
            if (!ReferenceEquals(_current, basedOn))
            {
                return false;
            }

            old = _current;
            if (!ApplyToStore(old, newSet))
            {
                return false;
            }

            _current = newSet;
        }

        WorkspaceChanged?.Invoke(this, new WorkspaceChangedEventArgs(old, newSet));
        return true;
    }

    /// <summary>Persists the changes (a folder workspace writes files); false refuses them.</summary>
    protected virtual bool ApplyToStore(DocumentSet oldSet, DocumentSet newSet) => true;

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
