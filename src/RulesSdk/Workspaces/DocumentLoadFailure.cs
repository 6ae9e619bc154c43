namespace RulesSdk.Workspaces;

/// <summary>A file that could not be loaded as a document, and why (shown to users, never thrown).</summary>
public sealed record DocumentLoadFailure(string Path, DocumentLoadFailureKind Kind, string Message)
{
    /// <summary>True for files skipped on purpose (binary, too large, not a regular file) rather than broken input.</summary>
    public bool IsSkip => Kind is DocumentLoadFailureKind.Binary or DocumentLoadFailureKind.TooLarge or DocumentLoadFailureKind.NotRegularFile;

    /// <summary>Reported as a warning, not an error: a skipped file, or an ignore pattern left out.</summary>
    public bool IsWarning => IsSkip || Kind == DocumentLoadFailureKind.IgnorePattern;

    public override string ToString() => $"{Path}: {Message}";
}
