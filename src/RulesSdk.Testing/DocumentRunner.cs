using System.Collections.Immutable;
using RulesSdk.Analyzers;
using RulesSdk.CodeFixes;
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

        return [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) &&
                        !f.EndsWith(".verified.txt", StringComparison.OrdinalIgnoreCase) &&
                        !f.EndsWith(".received.txt", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Reads <paramref name="file"/> as a document whose path is relative to <paramref name="root"/>, with forward slashes.</summary>
    public static TextDocument LoadDocument(string root, string file, string? language = null)
    {
        var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
        return new TextDocument(DocumentId.FromPath(relative), relative, SourceText.Decode(File.ReadAllBytes(file)), declaredLanguage: language);
    }
}
