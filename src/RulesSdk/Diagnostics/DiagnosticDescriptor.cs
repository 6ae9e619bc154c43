using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace RulesSdk.Diagnostics;

/// <summary>Describes one rule: its id, texts, category and default severity, as Roslyn's descriptor does.</summary>
public sealed partial class DiagnosticDescriptor : IEquatable<DiagnosticDescriptor>
{
    public DiagnosticDescriptor(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity defaultSeverity,
        bool isEnabledByDefault,
        string? description = null,
        string? helpLinkUri = null,
        params string[] customTags)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (!IdPattern().IsMatch(id))
        {
            throw new ArgumentException($"Diagnostic id '{id}' must be letters followed by digits, like PL0001.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(messageFormat);
        ArgumentException.ThrowIfNullOrWhiteSpace(category);
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        IsEnabledByDefault = isEnabledByDefault;
        Description = description ?? string.Empty;
        HelpLinkUri = helpLinkUri ?? string.Empty;
        CustomTags = [.. customTags];
    }

    public string Id { get; }

    public string Title { get; }

    /// <summary>A composite format string: {0}, {1}… are the diagnostic's message arguments.</summary>
    public string MessageFormat { get; }

    public string Category { get; }

    public DiagnosticSeverity DefaultSeverity { get; }

    public bool IsEnabledByDefault { get; }

    public string Description { get; }

    public string HelpLinkUri { get; }

    public ImmutableArray<string> CustomTags { get; }

    public bool Equals(DiagnosticDescriptor? other) =>
        other is not null &&
        Id == other.Id && Title == other.Title && MessageFormat == other.MessageFormat &&
        Category == other.Category && DefaultSeverity == other.DefaultSeverity &&
        IsEnabledByDefault == other.IsEnabledByDefault && HelpLinkUri == other.HelpLinkUri;

    public override bool Equals(object? obj) => Equals(obj as DiagnosticDescriptor);

    public override int GetHashCode() => HashCode.Combine(Id, Title, MessageFormat, Category, DefaultSeverity);

    public override string ToString() => Id;

    [GeneratedRegex(@"^[A-Za-z]+[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
