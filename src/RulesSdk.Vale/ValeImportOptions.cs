namespace RulesSdk.Vale;

/// <summary>How a style is imported: the pack's language, and where the description's source link points.</summary>
public sealed record ValeImportOptions
{
    /// <summary>The language of the imported pack (Vale styles carry none): "en" unless told.</summary>
    public string Language { get; init; } = "en";

    /// <summary>
    /// A base URL for the source link of each rule (e.g. a GitHub tree at a commit); the rule's path
    /// relative to the styles folder is appended. Without it the link is that relative path.
    /// </summary>
    public string? SourceBaseUrl { get; init; }
}
