namespace RulesSdk.Workspaces;

public sealed class WorkspaceChangedEventArgs(DocumentSet oldSet, DocumentSet newSet) : EventArgs
{
    public DocumentSet OldSet { get; } = oldSet;

    public DocumentSet NewSet { get; } = newSet;
}
