using System.Collections.Immutable;
using RulesSdk.Text;

namespace RulesSdk.Syntax;

/// <summary>
/// The prose structure of one document version: blocks, sentences, tokens, quotations and
/// language. Built once per version and shared by every analyzer; sentences, tokens and
/// quotes are built per block on first use.
/// </summary>
public sealed class DocumentSyntax
{
    private DocumentSyntax(
        SourceText text,
        DocumentKind kind,
        string prose,
        ImmutableDictionary<string, string> frontMatter,
        TextSpan? frontMatterSpan,
        string language)
    {
        Text = text;
        Kind = kind;
        Prose = prose;
        FrontMatter = frontMatter;
        FrontMatterSpan = frontMatterSpan;
        Language = language;
    }

    public SourceText Text { get; }

    public DocumentKind Kind { get; }

    /// <summary>
    /// The text with everything that is not prose (code, URLs, HTML, markup characters, front
    /// matter) replaced by spaces. Same length as <see cref="Text"/>, so spans match.
    /// </summary>
    public string Prose { get; }

    public ImmutableArray<BlockSyntax> Blocks { get; private set; }

    /// <summary>Two-letter language code: declared, else from front matter, else detected.</summary>
    public string Language { get; }

    /// <summary>
    /// The values of a YAML front matter block (Markdown only), read with YamlDotNet: scalars by key, nested
    /// maps by dotted keys (<c>author.name</c>), list items by index (<c>tags.0</c>) and a list of scalars
    /// whole, comma-separated (<c>tags</c>). Keys compare case-insensitively.
    /// </summary>
    public ImmutableDictionary<string, string> FrontMatter { get; }

    public TextSpan? FrontMatterSpan { get; }

    /// <summary>Why the front matter could not be read, with its place in the document; null when it was (or there is none).</summary>
    public FrontMatterError? FrontMatterError { get; private set; }

    /// <summary>Code blocks and inline code of a Markdown document, in order (empty for plain text).</summary>
    public ImmutableArray<TextSpan> CodeSpans { get; private set; } = [];

    public static DocumentSyntax Create(SourceText text, DocumentKind kind, string? declaredLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = kind == DocumentKind.Markdown
            ? MarkdownStructure.Read(text)
            : PlainTextStructure.Read(text);

        var language = DocumentLanguage.Normalize(declaredLanguage);
        if (language == DocumentLanguage.Unknown &&
            (parts.FrontMatter.TryGetValue("lang", out var declared) || parts.FrontMatter.TryGetValue("language", out declared)))
        {
            language = DocumentLanguage.Normalize(declared);
        }

        if (language == DocumentLanguage.Unknown)
        {
            language = DocumentLanguage.Detect(parts.Prose);
        }

        var syntax = new DocumentSyntax(text, kind, parts.Prose, parts.FrontMatter, parts.FrontMatterSpan, language);
        var blocks = ImmutableArray.CreateBuilder<BlockSyntax>(parts.Blocks.Count);
        foreach (var (blockKind, span, level) in parts.Blocks)
        {
            blocks.Add(new BlockSyntax(syntax, blocks.Count, blockKind, span, level));
        }

        syntax.Blocks = blocks.MoveToImmutable();
        syntax.CodeSpans = parts.CodeSpans;
        syntax.FrontMatterError = parts.FrontMatterError;
        return syntax;
    }

    /// <summary>The block containing <paramref name="position"/>, or null between blocks.</summary>
    public BlockSyntax? FindBlock(int position)
    {
        int low = 0, high = Blocks.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var span = Blocks[mid].Span;
            if (position < span.Start)
            {
                high = mid - 1;
            }
            else if (position >= span.End)
            {
                low = mid + 1;
            }
            else
            {
                return Blocks[mid];
            }
        }

        return null;
    }

    public bool IsInQuote(int position) => FindBlock(position)?.IsInQuote(position) ?? false;

    public IEnumerable<SentenceSyntax> GetSentences() => Blocks.SelectMany(b => b.Sentences);
}
