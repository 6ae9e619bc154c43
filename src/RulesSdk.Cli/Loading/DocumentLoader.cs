using System.Collections.Immutable;
using RulesSdk.Configuration;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Cli.Loading;

/// <summary>
/// Opens the documents named on the command line: files, folders (recursively, by the configured
/// extensions), globs, and <c>-</c> for standard input. Paths print relative to the current folder.
/// </summary>
public static class DocumentLoader
{
    public const string StdinArgument = "-";

    public const string DefaultStdinPath = "<stdin>";

    /// <param name="parallelism">Files read at once (the run's <c>--parallelism</c>); 0: the number of processors.</param>
    /// <param name="writeReadOnlyFiles">Let <c>fix</c> replace read-only files (<c>--force-readonly</c>).</param>
    public static LoadedDocuments Load(
        IReadOnlyList<string> paths,
        DocRulesConfiguration configuration,
        string root,
        Func<Stream> openStdin,
        string? stdinPath,
        int parallelism = 0,
        bool writeReadOnlyFiles = false)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new FolderWorkspaceOptions
        {
            Extensions = configuration.Extensions,
            Exclude = configuration.Exclude,
            MaxFileSizeBytes = configuration.MaxFileSizeBytes,
            DocumentOptions = configuration.GetOptions,
            DocumentLanguage = configuration.GetLanguage,
            // --parallelism bounds the whole run, reading included.
            MaxDegreeOfParallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount,
            WriteReadOnlyFiles = writeReadOnlyFiles,
        };

        var filePaths = paths.Where(p => p != StdinArgument).ToList();
        var workspace = FolderWorkspace.Open(root, filePaths, options);
        var snapshot = workspace.CurrentDocuments;
        var failures = ImmutableArray.CreateBuilder<DocumentLoadFailure>();
        failures.AddRange(workspace.LoadFailures);
        var documents = ImmutableArray.CreateBuilder<TextDocument>();
        documents.AddRange(snapshot.Documents);

        TextDocument? stdinDocument = null;
        if (paths.Contains(StdinArgument))
        {
            var path = string.IsNullOrEmpty(stdinPath) ? DefaultStdinPath : stdinPath;
            stdinDocument = ReadStdin(openStdin, path, configuration, root, failures);
            if (stdinDocument is not null)
            {
                documents.Add(stdinDocument);
            }
        }

        return new LoadedDocuments(workspace, snapshot, documents.ToImmutable(), stdinDocument, failures.ToImmutable());
    }

    private static TextDocument? ReadStdin(Func<Stream> openStdin, string path, DocRulesConfiguration configuration, string root, ImmutableArray<DocumentLoadFailure>.Builder failures)
    {
        byte[] bytes;
        try
        {
            using var input = openStdin();
            bytes = BoundedFile.ReadAtMost(input, configuration.MaxFileSizeBytes == long.MaxValue ? long.MaxValue : configuration.MaxFileSizeBytes + 1);
        }
        catch (IOException ex)
        {
            failures.Add(new DocumentLoadFailure(path, DocumentLoadFailureKind.Unreadable, $"cannot read standard input: {ex.Message}"));
            return null;
        }

        if (bytes.Length > configuration.MaxFileSizeBytes)
        {
            // Reading stops one byte past the limit: an endless input ("yes | docrules check -") was read
            // whole into memory, gigabytes, before this check.
            failures.Add(new DocumentLoadFailure(path, DocumentLoadFailureKind.TooLarge, $"skipped: standard input is over the {configuration.MaxFileSizeBytes:N0}-byte limit (reading stopped there)"));
            return null;
        }

        try
        {
            var text = SourceText.Decode(bytes);
            return new TextDocument(
                DocumentId.FromPath(path),
                path,
                text,
                declaredLanguage: configuration.GetLanguage(path),
                options: configuration.GetOptions(path));
        }
        catch (InvalidTextException ex)
        {
            var binary = ex.Kind == TextDecodingErrorKind.Binary;
            failures.Add(new DocumentLoadFailure(path, binary ? DocumentLoadFailureKind.Binary : DocumentLoadFailureKind.InvalidEncoding, binary ? "skipped: " + ex.Message : ex.Message));
            return null;
        }
    }
}
