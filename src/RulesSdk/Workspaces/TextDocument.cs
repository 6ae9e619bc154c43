using System.Collections.Immutable;
using RulesSdk.Semantics;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Workspaces;

/// <summary>One version of a document: its text, path, kind and language; its syntax is built once, on first use.</summary>
public sealed class TextDocument
{
    // Built on first use and cached; ReleaseSyntax drops it (it is a pure function of the text).
    private DocumentSyntax? _syntax;
    private readonly Lock _syntaxGate = new();

    public TextDocument(
        DocumentId id,
        string path,
        SourceText text,
        DocumentKind? kind = null,
        string? declaredLanguage = null,
        int version = 1,
        ImmutableDictionary<string, string>? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Path = path;
        Text = text;
        Kind = kind ?? KindFromPath(path);
        DeclaredLanguage = declaredLanguage;
        Version = version;
        Options = options ?? ImmutableDictionary<string, string>.Empty;
    }

    public DocumentId Id { get; }

    /// <summary>The path diagnostics print: relative to the workspace root, or as given.</summary>
    public string Path { get; }

    public SourceText Text { get; }

    public DocumentKind Kind { get; }

    public string? DeclaredLanguage { get; }

    public int Version { get; }

    /// <summary>
    /// Switches from configuration and front matter that rules may read, e.g. <c>voice=first-person</c>
    /// for a signed op-ed whose first person is legitimate.
    /// </summary>
    public ImmutableDictionary<string, string> Options { get; }

    public DocumentSyntax GetSyntax()
    {
        if (Volatile.Read(ref _syntax) is { } built)
        {
            return built;
        }

        // Built once: analyzers running concurrently on a large document wait for the first one
        // rather than each building the same syntax.
        lock (_syntaxGate)
        {
            return _syntax ??= DocumentSyntax.Create(Text, Kind, DeclaredLanguage);
        }
    }

    /// <summary>
    /// The semantic model of this version (voice, person, genre, names, dates, structure): one per
    /// syntax, each part built on first use.
    /// </summary>
    public DocumentSemantics GetSemantics() => DocumentSemantics.For(GetSyntax());

    /// <summary>
    /// Drops the cached syntax to free its memory (blocks, sentences, tokens); the next
    /// <see cref="GetSyntax"/> builds the same syntax again. For batch hosts done with a document.
    /// </summary>
    public void ReleaseSyntax() => Volatile.Write(ref _syntax, null);

    /// <summary>Whether the syntax is built and held (tests check that prefilters spare building it).</summary>
    internal bool IsSyntaxBuilt => Volatile.Read(ref _syntax) is not null;

    /// <summary>An option from configuration, else from the document's front matter.</summary>
    public string? GetOption(string name)
    {
        if (Options.TryGetValue(name, out var value))
        {
            return value;
        }

        if (Kind == DocumentKind.Markdown && GetSyntax().FrontMatter.TryGetValue(name, out value))
        {
            return value;
        }

        // Rules use the docrules- prefix in front matter to avoid clashing with other tools.
        return Kind == DocumentKind.Markdown && GetSyntax().FrontMatter.TryGetValue("docrules-" + name, out value) ? value : null;
    }

    public TextDocument WithText(SourceText text) =>
        new(Id, Path, text, Kind, DeclaredLanguage, Version + 1, Options);

    public TextDocument WithOptions(ImmutableDictionary<string, string> options) =>
        new(Id, Path, Text, Kind, DeclaredLanguage, Version, options);

    public static TextDocument Create(string path, string text, string? language = null) =>
        new(DocumentId.FromPath(path), path, SourceText.From(text), declaredLanguage: language);

    public static DocumentKind KindFromPath(string path)
    {
        var extension = System.IO.Path.GetExtension(path);
        return extension.Equals(".md", StringComparison.OrdinalIgnoreCase) ||
               extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase) ||
               extension.Equals(".mdx", StringComparison.OrdinalIgnoreCase)
            ? DocumentKind.Markdown
            : DocumentKind.PlainText;
    }

    public override string ToString() => $"{Path} (v{Version})";
}
