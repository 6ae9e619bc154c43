using System.Collections.Immutable;
using RulesSdk.Text;

namespace RulesSdk.Syntax;

/// <summary>What a markup reader hands to <see cref="DocumentSyntax"/>.</summary>
internal sealed record DocumentStructure(
    string Prose,
    List<(BlockKind Kind, TextSpan Span, int HeadingLevel)> Blocks,
    ImmutableDictionary<string, string> FrontMatter,
    TextSpan? FrontMatterSpan)
{
    /// <summary>Code blocks and inline code (Markdown): text shown, not meant.</summary>
    public ImmutableArray<TextSpan> CodeSpans { get; init; } = [];

    /// <summary>Why the front matter could not be read (Markdown only), or null.</summary>
    public FrontMatterError? FrontMatterError { get; init; }
}
