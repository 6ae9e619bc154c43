namespace RulesSdk.Workspaces;

public enum DocumentLoadFailureKind
{
    NotFound,
    Unreadable,
    Binary,
    InvalidEncoding,
    TooLarge,
}
