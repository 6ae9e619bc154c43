using System.Collections.Immutable;
using RulesSdk.Analyzers;
using RulesSdk.CodeFixes;
using RulesSdk.Configuration;
using RulesSdk.Dsl;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Testing;

/// <summary>Runs analyzers and fixers over documents the way snapshots show them: diagnostics, offered fixes and the fixed text.</summary>
public sealed class DocumentRunner
{
    private readonly AnalyzerDriver _driver;
    private readonly CodeFixService _fixes;

    public DocumentRunner(IEnumerable<DocumentAnalyzer> analyzers, IEnumerable<CodeFixProvider> fixers, AnalyzerDriverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        ArgumentNullException.ThrowIfNull(fixers);
        _driver = new AnalyzerDriver(analyzers, options ?? new AnalyzerDriverOptions { MaxDegreeOfParallelism = 1 });
        _fixes = new CodeFixService(fixers);
    }

    public static DocumentRunner For(RulePack pack, AnalyzerDriverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return new DocumentRunner(pack.Analyzers, pack.CodeFixProviders, options);
    }

    public async Task<DocumentRun> RunAsync(TextDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var diagnostics = _driver.AnalyzeDocument(document, cancellationToken);
        var runs = ImmutableArray.CreateBuilder<DiagnosticRun>(diagnostics.Length);
        foreach (var diagnostic in diagnostics)
        {
            var previews = ImmutableArray.CreateBuilder<FixPreview>();
            foreach (var fix in await _fixes.GetFixesAsync(document, diagnostic, null, cancellationToken).ConfigureAwait(false))
            {
                ImmutableArray<TextChange> changes;
                try
                {
                    changes = await fix.Action.GetChangesAsync(document, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A failing fix is part of what the snapshot must show.
                    changes = [new TextChange(default, $"<the fix threw {ex.GetType().Name}: {ex.Message}>")];
                }

                previews.Add(new FixPreview(fix.Action.Title, fix.IsSafe, changes));
            }

            runs.Add(new DiagnosticRun(diagnostic, previews.ToImmutable()));
        }

        var fixAll = await new FixAllRunner(_driver, _fixes).FixDocumentAsync(document, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new DocumentRun(document, runs.ToImmutable(), fixAll);
    }

    /// <summary>Runs every <c>*.md</c> and <c>*.txt</c> file under <paramref name="folder"/> (recursively, snapshot files excluded); paths are relative to the folder.</summary>
    public async Task<FolderRun> RunFolderAsync(string folder, Func<string, TextDocument, TextDocument>? configure = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var runs = ImmutableArray.CreateBuilder<DocumentRun>();
        foreach (var file in FindInputs(folder))
        {
            var document = LoadDocument(folder, file);
            if (configure is not null)
            {
                document = configure(file, document);
            }

            runs.Add(await RunAsync(document, cancellationToken).ConfigureAwait(false));
        }

        return new FolderRun(folder, runs.ToImmutable());
    }

    /// <summary>The <c>*.md</c>/<c>*.txt</c> files under <paramref name="folder"/>, without snapshot files, in ordinal path order.</summary>
    public static ImmutableArray<string> FindInputs(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. FilesWithin(folder, f => (f.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) &&
                                            !f.EndsWith(".verified.txt", StringComparison.OrdinalIgnoreCase) &&
                                            !f.EndsWith(".received.txt", StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>
    /// The files under a test folder that <paramref name="include"/> accepts, in ordinal path order, walked as
    /// <c>docrules check</c> walks a folder (<see cref="FolderWalker"/>: each real folder once, so a link back up
    /// the tree cannot loop; .git, node_modules, bin and obj skipped), less those in a folder a link leads to
    /// outside it: their snapshots would be written there. A link to a file is kept: it is read, and its
    /// snapshots go beside the link.
    /// </summary>
    internal static IEnumerable<string> FilesWithin(string folder, Func<string, bool> include)
    {
        var walker = new FolderWalker(respectGitIgnore: false);
        walker.Walk(folder, outerScope: null, include);
        var fullFolder = Path.GetFullPath(folder);
        var inside = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var file in walker.Found)
        {
            var directory = Path.GetDirectoryName(file.Path)!;
            if (!inside.TryGetValue(directory, out var within))
            {
                inside[directory] = within = file.WithinFolder is { } realFolder && RealPath.IsUnder(directory, realFolder);
            }

            if (within)
            {
                // The walker gives full paths; a folder named relatively keeps its files relative, as they are printed.
                yield return Path.Join(folder, Path.GetRelativePath(fullFolder, file.Path));
            }
        }
    }

    /// <summary>
    /// The largest input read, the default limit <c>docrules check</c> applies to documents
    /// (<see cref="DocRulesConfiguration.DefaultMaxFileSizeBytes"/>).
    /// </summary>
    public const long MaxInputBytes = DocRulesConfiguration.DefaultMaxFileSizeBytes;

    /// <summary>Reads <paramref name="file"/> as a document whose path is relative to <paramref name="root"/>, with forward slashes.</summary>
    /// <exception cref="IOException">The file is missing, not a regular file, larger than <see cref="MaxInputBytes"/>, binary or not valid text (the message names the file and why).</exception>
    public static TextDocument LoadDocument(string root, string file, string? language = null)
    {
        if (TryLoadDocument(root, file, language, out var failure) is { } document)
        {
            return document;
        }

        var message = $"{file}: {failure!.Message}";
        throw failure.Kind == DocumentLoadFailureKind.NotFound ? new FileNotFoundException(message, file) : new IOException(message);
    }

    /// <summary>
    /// As <see cref="LoadDocument"/>, but an input <c>docrules check</c> would not read gives null and why
    /// (its path relative to <paramref name="root"/>): not found, not a regular file (a FIFO would block, a
    /// device never ends), larger than <see cref="MaxInputBytes"/>, unreadable, binary, or not valid UTF-8.
    /// </summary>
    public static TextDocument? TryLoadDocument(string root, string file, string? language, out DocumentLoadFailure? failure)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(file);
        var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
        var bytes = BoundedFile.TryReadAllBytes(file, MaxInputBytes, out var readFailure);
        if (bytes is null)
        {
            failure = readFailure! with { Path = relative };
            return null;
        }

        try
        {
            failure = null;
            return new TextDocument(DocumentId.FromPath(relative), relative, SourceText.Decode(bytes), declaredLanguage: language);
        }
        catch (InvalidTextException ex)
        {
            failure = new DocumentLoadFailure(relative, ex.Kind == TextDecodingErrorKind.Binary ? DocumentLoadFailureKind.Binary : DocumentLoadFailureKind.InvalidEncoding, ex.Message);
            return null;
        }
    }
}
