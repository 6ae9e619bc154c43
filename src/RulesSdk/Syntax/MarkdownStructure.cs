using System.Collections.Immutable;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RulesSdk.Text;

namespace RulesSdk.Syntax;

/// <summary>
/// Reads Markdown with Markdig and keeps only prose: the literal text of headings and
/// paragraphs. Code, URLs, HTML, front matter and markup characters become spaces. Nesting and
/// table width beyond <see cref="MarkdownLimits"/> are read as plain text.
/// </summary>
internal static class MarkdownStructure
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UseAutoLinks()
        .UsePipeTables()
        .Build();

    public static DocumentStructure Read(SourceText text)
    {
        var source = text.ToString();
        var parserInput = MarkdownLimits.Limit(source, out var plainBlocks);
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(parserInput, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's own nesting limit, reached by inlines (20,000 '[' in a row): the document
            // is read as plain text, so that its rules still run.
            return PlainTextStructure.Read(text);
        }

        var prose = new char[source.Length];
        Array.Fill(prose, ' ');
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] is '\n' or '\r')
            {
                prose[i] = source[i];
            }
        }

        var blocks = new List<(BlockKind, TextSpan, int)>();
        var code = ImmutableArray.CreateBuilder<TextSpan>();
        var frontMatter = ImmutableDictionary<string, string>.Empty;
        TextSpan? frontMatterSpan = null;
        FrontMatterError? frontMatterError = null;
        foreach (var block in document.Descendants<Block>())
        {
            switch (block)
            {
                case YamlFrontMatterBlock yaml:
                    frontMatterSpan = ToSpan(yaml.Span, source.Length);
                    (frontMatter, frontMatterError) = ReadFrontMatter(yaml, source, text);
                    break;
                case CodeBlock codeBlock:
                    code.Add(ToSpan(codeBlock.Span, source.Length));
                    break;
                case HeadingBlock heading when heading.Inline is not null:
                    CopyLiterals(heading.Inline, source, prose);
                    AddInlineCode(heading.Inline, source.Length, code);
                    blocks.Add((BlockKind.Heading, TrimEnd(ToSpan(heading.Span, source.Length), source), heading.Level));
                    break;
                case ParagraphBlock paragraph when paragraph.Inline is not null:
                    CopyLiterals(paragraph.Inline, source, prose);
                    AddInlineCode(paragraph.Inline, source.Length, code);
                    blocks.Add((KindOf(paragraph), TrimEnd(ToSpan(paragraph.Span, source.Length), source), 0));
                    break;
            }
        }

        foreach (var plain in plainBlocks)
        {
            foreach (var line in plain.Lines)
            {
                source.AsSpan(line.Start, line.Length).CopyTo(prose.AsSpan(line.Start));
            }

            blocks.Add((plain.Kind, TrimEnd(plain.Span, source), 0));
        }

        blocks.Sort((a, b) => a.Item2.Start.CompareTo(b.Item2.Start));
        code.Sort();
        return new DocumentStructure(new string(prose), blocks, frontMatter, frontMatterSpan) { CodeSpans = code.ToImmutable(), FrontMatterError = frontMatterError };
    }

    private static void AddInlineCode(ContainerInline container, int length, ImmutableArray<TextSpan>.Builder code)
    {
        foreach (var inline in container.Descendants<CodeInline>())
        {
            code.Add(ToSpan(inline.Span, length));
        }
    }

    private static BlockKind KindOf(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            switch (parent)
            {
                case QuoteBlock:
                    return BlockKind.Quote;
                case ListItemBlock:
                    return BlockKind.ListItem;
            }
        }

        return BlockKind.Paragraph;
    }

    private static void CopyLiterals(ContainerInline container, string source, char[] prose)
    {
        foreach (var inline in container.Descendants<Inline>())
        {
            if (inline is not LiteralInline literal || IsInsideLink(literal))
            {
                continue;
            }

            var span = ToSpan(literal.Span, source.Length);
            source.AsSpan(span.Start, span.Length).CopyTo(prose.AsSpan(span.Start));

            // "\*" is a literal "*": its backslash is markup, not prose.
            if (literal.IsFirstCharacterEscaped && span.Length > 1 && source[span.Start] == '\\')
            {
                prose[span.Start] = ' ';
            }
        }
    }

    private static bool IsInsideLink(Inline inline)
    {
        // Link text is prose, but an autolink's text is its URL.
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline { IsAutoLink: true })
            {
                return true;
            }
        }

        return false;
    }

    private static (ImmutableDictionary<string, string>, FrontMatterError?) ReadFrontMatter(YamlFrontMatterBlock yaml, string source, SourceText text)
    {
        // The YAML is the document's text between the opening and closing "---" lines, read in place.
        if (yaml.Lines.Count == 0)
        {
            return (ImmutableDictionary<string, string>.Empty, null);
        }

        var lines = yaml.Lines.Lines;
        var start = Math.Clamp(lines[0].Slice.Start, 0, source.Length);
        var last = lines[yaml.Lines.Count - 1].Slice;
        var end = Math.Clamp(last.End + 1, start, source.Length);
        return FrontMatterReader.Read(source[start..end], start, text);
    }

    private static TextSpan ToSpan(SourceSpan span, int length)
    {
        var start = Math.Clamp(span.Start, 0, length);
        var end = Math.Clamp(span.End + 1, start, length);
        return TextSpan.FromBounds(start, end);
    }

    private static TextSpan TrimEnd(TextSpan span, string source)
    {
        var end = span.End;
        while (end > span.Start && char.IsWhiteSpace(source[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(span.Start, end);
    }
}
