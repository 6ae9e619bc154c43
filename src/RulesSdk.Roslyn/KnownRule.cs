using Microsoft.CodeAnalysis;

namespace RulesSdk.Roslyn;

/// <summary>A rule whose id the analyzer declares up front (Roslyn asks for every id before analysis starts).</summary>
internal sealed class KnownRule
{
    public KnownRule(string id, string title, string category, DiagnosticSeverity defaultSeverity, string? helpLink, string? safeFixTitle)
    {
        Id = id;
        Title = title;
        Category = category;
        DefaultSeverity = defaultSeverity;
        HelpLink = helpLink;
        SafeFixTitle = safeFixTitle;
    }

    public string Id { get; }

    public string Title { get; }

    public string Category { get; }

    public DiagnosticSeverity DefaultSeverity { get; }

    public string? HelpLink { get; }

    /// <summary>The fix <c>docrules fix</c> applies, named in the message since the IDE cannot apply it here.</summary>
    public string? SafeFixTitle { get; }
}
