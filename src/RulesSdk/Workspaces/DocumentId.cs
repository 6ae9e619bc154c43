namespace RulesSdk.Workspaces;

/// <summary>Identifies a document across versions in a <see cref="DocumentSet"/>.</summary>
public readonly record struct DocumentId(string Value)
{
    public static DocumentId CreateNew() => new(Guid.NewGuid().ToString("N"));

    public static DocumentId FromPath(string path) => new(path);

    public override string ToString() => Value;
}
