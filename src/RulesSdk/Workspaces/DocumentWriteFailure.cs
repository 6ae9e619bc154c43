namespace RulesSdk.Workspaces;

/// <summary>A changed document that was not written, and why; the file on disk is untouched.</summary>
public sealed record DocumentWriteFailure(string Path, string Message, DocumentWriteFailureKind Kind = DocumentWriteFailureKind.Other)
{
    public override string ToString() => $"{Path}: {Message}";
}
