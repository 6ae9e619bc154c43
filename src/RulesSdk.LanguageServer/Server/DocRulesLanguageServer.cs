using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using RulesSdk.Diagnostics;
using RulesSdk.Dsl;
using RulesSdk.LanguageServer.Protocol;
using RulesSdk.Text;
using StreamJsonRpc;
using LspRange = RulesSdk.LanguageServer.Protocol.Range;

namespace RulesSdk.LanguageServer.Server;

/// <summary>
/// The JSON-RPC target: LSP lifecycle, text sync, diagnostics, code actions and hover for prose
/// documents, DSL diagnostics and hover for <c>.rules</c> files. Notifications are handled in
/// arrival order (the host installs a non-concurrent synchronisation context); analysis runs in
/// the background, debounced, and only the latest version of a document is ever published.
/// </summary>
internal sealed partial class DocRulesLanguageServer : IDisposable
{
    private const string Source = "docrules";

    private readonly JsonRpc _rpc;
    private readonly LanguageServerOptions _options;
    private readonly Lock _gate = new();
    private readonly OpenDocuments _documents = new();
    private readonly HashSet<string> _ruleFileUrisWithDiagnostics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RulePack> _ruleFilePacks = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Debouncer _debouncer;
    private readonly PackManager _packs;
    private readonly ConfigurationStore _configurations;
    private readonly DocumentAnalysis _analysis;
    private ServerSettings _settings = ServerSettings.Default;
    private ClientFeatures _client = ClientFeatures.None;
    private ImmutableDictionary<string, ServerSettings> _folderSettings = ImmutableDictionary<string, ServerSettings>.Empty;
    private ImmutableArray<string> _roots = [];
    private Task _packsReady = Task.CompletedTask;
    private int _state; // 0: waiting for initialize, 1: running, 2: shut down

    public DocRulesLanguageServer(JsonRpc rpc, LanguageServerOptions options)
    {
        _rpc = rpc;
        _options = options;
        _debouncer = new Debouncer((key, ex) => Log(MessageType.Error, $"{key}: {ex.GetType().Name}: {ex.Message}"));
        _packs = new PackManager(options, ReadOpenFile);
        _configurations = new ConfigurationStore(message => ShowMessage(MessageType.Warning, message));
        _analysis = new DocumentAnalysis(_configurations);
    }

    /// <summary>Completes with the exit code when the client sends <c>exit</c>.</summary>
    public Task<int> Exited => _exited.Task;

    /// <summary>The exit code when the input ends without <c>exit</c>.</summary>
    public int ExitCodeWithoutExit => _state == 2 ? 0 : 1;

    internal DocumentAnalysis Analysis => _analysis;

    /// <summary>True until <c>initialize</c> succeeded.</summary>
    internal bool AwaitsInitialize => Volatile.Read(ref _state) == 0;

    // ---- lifecycle ----

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams parameters)
    {
        if (_state != 0)
        {
            throw new LocalRpcException("initialize was already called") { ErrorCode = LspErrorCodes.InvalidRequest };
        }

        var roots = new List<string>();
        foreach (var folder in parameters.WorkspaceFolders ?? [])
        {
            if (DocumentUris.ToLocalPath(folder.Uri) is { } path)
            {
                roots.Add(path);
            }
        }

        if (roots.Count == 0 && parameters.RootUri is { } rootUri && DocumentUris.ToLocalPath(rootUri) is { } rootPath)
        {
            roots.Add(rootPath);
        }
        else if (roots.Count == 0 && parameters.RootPath is { Length: > 0 } legacyRoot)
        {
            roots.Add(Path.GetFullPath(legacyRoot));
        }

        lock (_gate)
        {
            _roots = [.. roots];
            _settings = ServerSettings.Read(parameters.InitializationOptions, _settings);
            _client = ClientFeatures.Read(parameters.Capabilities);
            _state = 1;
        }

        _packsReady = RebuildPacksAsync(reanalyse: false);
        return new InitializeResult(
            new ServerCapabilities(
                new TextDocumentSyncOptions(OpenClose: true, Change: 2, new SaveOptions(IncludeText: false)),
                HoverProvider: true,
                new CodeActionOptions([CodeActionKinds.QuickFix, CodeActionKinds.SourceFixAllDocRules], ResolveProvider: true),
                new WorkspaceServerCapabilities(new WorkspaceFoldersServerCapabilities(Supported: true, ChangeNotifications: true)),
                new CompletionOptions(RuleIdCompletion.TriggerCharacters),
                new ExecuteCommandOptions(ServerCommands.All),
                // Pull diagnostics only for a client that pulls; the others get them pushed.
                _client.PullDiagnostics ? new DiagnosticOptions(Source, InterFileDependencies: false, WorkspaceDiagnostics: true) : null),
            new ServerInfo("docrules", _options.Version));
    }

    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public void Initialized(JsonElement? parameters = null)
    {
        _ = parameters;
        if (IsRunning())
        {
            _ = RegisterWatchersAsync();
            _ = RefreshFolderSettingsAsync();
        }
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        RequireInitialized(allowShutDown: true);
        _state = 2;
        _debouncer.Dispose();
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => _exited.TrySetResult(_state == 2 ? 0 : 1);

    [JsonRpcMethod("$/setTrace", UseSingleObjectParameterDeserialization = true)]
    public void SetTrace(JsonElement? parameters = null) => _ = parameters;

    // ---- workspace ----

    [JsonRpcMethod("workspace/didChangeConfiguration", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeConfiguration(DidChangeConfigurationParams parameters)
    {
        if (!IsRunning())
        {
            return;
        }

        ServerSettings before;
        ServerSettings after;
        lock (_gate)
        {
            before = _settings;
            _settings = after = ServerSettings.Read(parameters.Settings, _settings);
        }

        if (!before.RulesPaths.SequenceEqual(after.RulesPaths, StringComparer.Ordinal))
        {
            _packsReady = RebuildPacksAsync(reanalyse: true);
        }
        else
        {
            ReanalyseAll();
        }

        // A client that answers workspace/configuration may hold other values per folder.
        _ = RefreshFolderSettingsAsync();
    }

    [JsonRpcMethod("workspace/didChangeWorkspaceFolders", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams parameters)
    {
        if (!IsRunning())
        {
            return;
        }

        lock (_gate)
        {
            var removed = parameters.Event.Removed.Select(f => DocumentUris.ToLocalPath(f.Uri)).OfType<string>().ToHashSet(StringComparer.Ordinal);
            _roots = [.. _roots.Where(r => !removed.Contains(r)), .. parameters.Event.Added.Select(f => DocumentUris.ToLocalPath(f.Uri)).OfType<string>()];
        }

        _packsReady = RebuildPacksAsync(reanalyse: true);
        _ = RefreshFolderSettingsAsync();
    }

    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters)
    {
        if (!IsRunning())
        {
            return;
        }

        if (parameters.Changes.Any(c => c.Uri.EndsWith(".rules", StringComparison.OrdinalIgnoreCase) ||
                c.Uri.EndsWith(".docrules.json", StringComparison.OrdinalIgnoreCase) ||
                (DocumentUris.ToLocalPath(c.Uri) is { } path && _packs.IsInput(path))))
        {
            _packsReady = RebuildPacksAsync(reanalyse: true);
        }
    }

    // ---- text synchronisation ----

    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams parameters)
    {
        if (!IsRunning())
        {
            return;
        }

        var item = parameters.TextDocument;
        var document = new OpenDocument(item.Uri, DocumentUris.ToLocalPath(item.Uri), item.LanguageId, item.Version, SourceText.From(item.Text));
        _documents.Open(document);

        Schedule(document, TimeSpan.Zero);
    }

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams parameters)
    {
        if (!IsRunning())
        {
            return;
        }

        // The edits wait in the document's buffer: the text is built when an analysis or a request reads it.
        if (_documents.Change(parameters.TextDocument.Uri, parameters.TextDocument.Version, parameters.ContentChanges) is not { } document)
        {
            return;
        }

        Schedule(document, document.IsRuleFile ? _options.RuleFileDebounce : DocumentDebounce(document));
    }

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseTextDocumentParams parameters)
    {
        if (!IsRunning())
        {
            return;
        }

        var uri = parameters.TextDocument.Uri;
        var document = _documents.Close(uri);
        lock (_gate)
        {
            _ruleFilePacks.Remove(uri);
        }

        _debouncer.Cancel(uri);
        _analysis.Forget(uri);
        if (document?.IsRuleFile == true && document.LocalPath is { } path && _packs.IsInUse(path))
        {
            // The file's pack is still in use: its saved state's problems stay visible.
            return;
        }

        Publish(uri, null, []);
    }

    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(DidSaveTextDocumentParams parameters)
    {
        if (!IsRunning())
        {
            return;
        }

        var document = _documents.Get(parameters.TextDocument.Uri);
        var path = document?.LocalPath ?? DocumentUris.ToLocalPath(parameters.TextDocument.Uri);
        if (path is null)
        {
            return;
        }

        if (document?.IsConfiguration == true || Path.GetFileName(path) == Configuration.DocRulesConfiguration.FileName)
        {
            _packsReady = RebuildPacksAsync(reanalyse: true);
            return;
        }

        if (document?.IsRuleFile == true || path.EndsWith(".rules", StringComparison.OrdinalIgnoreCase))
        {
            _debouncer.Cancel(parameters.TextDocument.Uri);
            _packsReady = _packs.IsInUse(path)
                ? RebuildPacksAsync(reanalyse: true)
                : _debouncer.Schedule(parameters.TextDocument.Uri, TimeSpan.Zero, ct => CheckRuleFileAsync(parameters.TextDocument.Uri, runExamples: true, ct));
        }
    }

    // ---- features ----

    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public async Task<LspCodeAction[]> CodeActionAsync(CodeActionParams parameters, CancellationToken cancellationToken)
    {
        RequireInitialized();
        var document = GetDocument(parameters.TextDocument.Uri);
        if (document is null || !document.IsProse || !SettingsFor(document).Enable)
        {
            return [];
        }

        var snapshot = await AnalyzeAsync(document, cancellationToken).ConfigureAwait(false);
        var actions = await CodeActionBuilder.BuildAsync(document.Uri, snapshot, parameters.Range, parameters.Context?.Only, _client.CodeActionResolvesEdits, d => ToLsp(d, snapshot.Document.Text), cancellationToken).ConfigureAwait(false);
        return [.. actions];
    }

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public async Task<Hover?> HoverAsync(HoverParams parameters, CancellationToken cancellationToken)
    {
        RequireInitialized();
        var document = GetDocument(parameters.TextDocument.Uri);
        if (document is null)
        {
            return null;
        }

        if (document.IsRuleFile)
        {
            return RuleFileHover(document, parameters.Position);
        }

        if (!document.IsProse || !SettingsFor(document).Enable)
        {
            return null;
        }

        var snapshot = await AnalyzeAsync(document, cancellationToken).ConfigureAwait(false);
        var parts = new List<string>();
        LspRange? range = null;
        foreach (var diagnostic in snapshot.Diagnostics)
        {
            var lsp = ToLsp(diagnostic, snapshot.Document.Text);
            if (!Positions.Contains(lsp.Range, parameters.Position))
            {
                continue;
            }

            range ??= lsp.Range;
            var docs = snapshot.Packs.Rules.TryGetValue(diagnostic.Id, out var rule)
                ? RuleDocs.ToMarkdown(rule.Rule, rule.Pack.Id)
                : $"**{diagnostic.Id}** {diagnostic.Descriptor.Title}\n\n{diagnostic.Descriptor.Description}\n";
            parts.Add($"{diagnostic.GetMessage()}\n\n---\n\n{docs}");
        }

        return parts.Count == 0 ? null : new Hover(MarkupContent.Markdown(string.Join("\n\n---\n\n", parts)), range);
    }

    [JsonRpcMethod("docrules/rules")]
    public async Task<RuleSummary[]> RulesAsync()
    {
        RequireInitialized();
        await _packsReady.ConfigureAwait(false);
        return [.. _packs.Current.Rules.Values
            .OrderBy(r => r.Rule.Id, StringComparer.Ordinal)
            .Select(r => new RuleSummary(r.Rule.Id, r.Rule.Descriptor.Title, r.Pack.Id, Diagnostic.SeverityText(r.Rule.Descriptor.DefaultSeverity)))];
    }

    [JsonRpcMethod("docrules/ruleDocumentation", UseSingleObjectParameterDeserialization = true)]
    public async Task<RuleDocumentationResult?> RuleDocumentationAsync(RuleDocumentationParams parameters)
    {
        RequireInitialized();
        await _packsReady.ConfigureAwait(false);
        if (FindRule(parameters.Id, null) is { } found)
        {
            return new RuleDocumentationResult(found.Rule.Id, Dsl.RuleDocumentation.Generate(found.Pack, found.Rule));
        }

        return null;
    }

    public void Dispose() => _debouncer.Dispose();

    // ---- analysis ----

    private void Schedule(OpenDocument document, TimeSpan delay)
    {
        if (document.IsRuleFile)
        {
            if (document.LocalPath is not null)
            {
                _debouncer.Schedule(document.Uri, delay, ct => CheckRuleFileAsync(document.Uri, runExamples: false, ct));
            }

            return;
        }

        if (document.IsProse && !_client.PullDiagnostics)
        {
            _debouncer.Schedule(document.Uri, delay, ct => AnalyzeAndPublishAsync(document.Uri, ct));
        }
    }

    private async Task AnalyzeAndPublishAsync(string uri, CancellationToken cancellationToken)
    {
        // A text over the size limit is not analysed: its size is read from the pending edits, and it is not built.
        var document = _documents.Get(uri, d => _analysis.MaxFileSizeBytes(d, AnalysisRoot(d)), out var tooLarge);
        if (document is null)
        {
            return;
        }

        var settings = SettingsFor(document);
        if (!settings.Enable)
        {
            Publish(uri, document.Version, []);
            return;
        }

        var snapshot = tooLarge is { } size
            ? await TooLargeAsync(document, size).ConfigureAwait(false)
            : await AnalyzeAsync(document, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (_documents.VersionOf(uri) != document.Version)
        {
            // A newer version is on its way; publishing this one would flicker.
            return;
        }

        var threshold = settings.SeverityThreshold;
        var diagnostics = snapshot.Diagnostics.Where(d => d.Severity >= threshold).Select(d => ToLsp(d, snapshot.Document.Text)).ToArray();
        Publish(uri, document.Version, diagnostics);
    }

    private async Task<AnalysisSnapshot> AnalyzeAsync(OpenDocument document, CancellationToken cancellationToken)
    {
        await WaitForPacksAsync().ConfigureAwait(false);
        var root = AnalysisRoot(document);
        return await Task.Run(() => _analysis.Analyze(document, _packs.Current, root, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    private async Task<AnalysisSnapshot> TooLargeAsync(OpenDocument document, long size)
    {
        await WaitForPacksAsync().ConfigureAwait(false);
        return _analysis.TooLarge(document, size, _packs.Current, AnalysisRoot(document));
    }

    /// <summary>The folder a document without a <c>.docrules.json</c> above it is configured from.</summary>
    private string AnalysisRoot(OpenDocument document) =>
        _roots.FirstOrDefault() ?? Path.GetDirectoryName(document.LocalPath) ?? Directory.GetCurrentDirectory();

    private async Task WaitForPacksAsync()
    {
        // Packs may be rebuilt while waiting: wait until the latest rebuild is done.
        while (true)
        {
            var ready = _packsReady;
            try
            {
                await ready.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Reported by the rebuild; analyse with what is loaded.
            }

            if (ReferenceEquals(ready, _packsReady))
            {
                return;
            }
        }
    }

    private void ReanalyseAll()
    {
        if (_client.PullDiagnostics)
        {
            // The client pulls: tell it the results changed, if it can be told.
            if (_client.DiagnosticRefresh)
            {
                _ = RequestAsync("workspace/diagnostic/refresh", null);
            }

            return;
        }

        foreach (var uri in _documents.Uris(d => d.IsProse))
        {
            _debouncer.Schedule(uri, TimeSpan.Zero, ct => AnalyzeAndPublishAsync(uri, ct));
        }
    }

    private async Task RebuildPacksAsync(bool reanalyse)
    {
        await Task.Yield();
        ImmutableArray<string> roots;
        ServerSettings settings;
        lock (_gate)
        {
            roots = _roots;
            settings = PackSettings();
        }

        PackBuildResult result;
        try
        {
            result = await _packs.RebuildAsync(settings, roots, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            ShowMessage(MessageType.Error, $"DocRules: loading the rule packs failed: {ex.Message}");
            SendStatus("error", PackSet.Empty, ex.Message);
            return;
        }

        foreach (var problem in result.Problems)
        {
            ShowMessage(MessageType.Warning, "DocRules: " + problem);
        }

        PublishRuleFileDiagnostics(result.Diagnostics, result.RuleFiles);
        if (_watchersRegistered is not null && !_watchersRegistered.SequenceEqual(_packs.InputFiles, StringComparer.Ordinal))
        {
            _ = RegisterWatchersAsync();
        }

        var errors = result.Diagnostics.Count(d => !d.IsWarning);
        SendStatus(
            errors > 0 || result.Problems.Length > 0 ? "error" : "ok",
            result.Packs,
            errors > 0 ? $"{errors} rule pack error(s)" : result.Problems.FirstOrDefault() ?? string.Empty);
        if (reanalyse)
        {
            ReanalyseAll();
        }
    }

    private Task CheckRuleFileAsync(string uri, bool runExamples, CancellationToken cancellationToken)
    {
        var document = GetDocument(uri);
        if (document?.LocalPath is not { } path)
        {
            return Task.CompletedTask;
        }

        var compilation = _packs.CheckRuleFile(path, runExamples);
        cancellationToken.ThrowIfCancellationRequested();
        if (compilation.Pack is not null)
        {
            lock (_gate)
            {
                _ruleFilePacks[uri] = compilation.Pack;
            }
        }

        var current = GetDocument(uri);
        if (current is null || current.Version != document.Version)
        {
            return Task.CompletedTask;
        }

        var mine = compilation.Diagnostics.Where(d => DocumentUris.SamePath(d.Path, path)).Select(d => ToLsp(d, current.Text)).ToArray();
        Publish(uri, current.Version, mine);
        return Task.CompletedTask;
    }

    private void PublishRuleFileDiagnostics(ImmutableArray<DslDiagnostic> diagnostics, ImmutableArray<string> ruleFiles)
    {
        var byPath = diagnostics.GroupBy(d => d.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var published = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in ruleFiles.Concat(byPath.Keys).Distinct(StringComparer.Ordinal))
        {
            if (!Path.IsPathRooted(path))
            {
                continue;
            }

            var open = FindOpenDocument(path);
            var uri = open?.Uri ?? DocumentUris.FromLocalPath(path);
            var text = open?.Text ?? SourceText.From(ReadOpenFile(path) ?? SafeRead(path) ?? string.Empty);
            var list = byPath.TryGetValue(path, out var found) ? found : [];
            if (list.Count == 0 && !_ruleFileUrisWithDiagnostics.Contains(uri) && open is null)
            {
                continue;
            }

            Publish(uri, open?.Version, [.. list.Select(d => ToLsp(d, text))]);
            published.Add(uri);
        }

        lock (_gate)
        {
            foreach (var stale in _ruleFileUrisWithDiagnostics.Where(u => !published.Contains(u)).ToList())
            {
                if (!_documents.IsOpen(stale))
                {
                    Publish(stale, null, []);
                }
            }

            _ruleFileUrisWithDiagnostics.Clear();
            _ruleFileUrisWithDiagnostics.UnionWith(published.Where(u => byPath.Count > 0));
        }
    }

    // ---- rule files ----

    private Hover? RuleFileHover(OpenDocument document, Position position)
    {
        var offset = Positions.ToOffset(document.Text, position);
        var line = document.Text.Lines.GetLineFromPosition(Math.Min(offset, document.Text.Length));
        var content = document.Text.ToString(line.Span);
        foreach (Match match in RuleIdPattern().Matches(content))
        {
            var start = line.Start + match.Index;
            if (offset < start || offset > start + match.Length)
            {
                continue;
            }

            RulePack? local;
            lock (_gate)
            {
                _ruleFilePacks.TryGetValue(document.Uri, out local);
            }

            if (FindRule(match.Value, local) is not { } found)
            {
                return null;
            }

            var range = Positions.ToRange(document.Text, new TextSpan(start, match.Length));
            return new Hover(MarkupContent.Markdown(RuleDocs.ToMarkdown(found.Rule, found.Pack.Id, allExamples: true)), range);
        }

        return null;
    }

    private (RuleInfo Rule, RulePack Pack)? FindRule(string id, RulePack? preferred)
    {
        if (preferred?.Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase)) is { } local)
        {
            return (local, preferred);
        }

        if (_packs.Current.Rules.TryGetValue(id, out var found))
        {
            return found;
        }

        lock (_gate)
        {
            foreach (var pack in _ruleFilePacks.Values)
            {
                if (pack.Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase)) is { } rule)
                {
                    return (rule, pack);
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b[A-Za-z]+[0-9]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex RuleIdPattern();

    // ---- conversions and plumbing ----

    private static LspDiagnostic ToLsp(Diagnostic diagnostic, SourceText text)
    {
        var range = diagnostic.Location.IsInSource ? Positions.ToRange(text, diagnostic.Location.SourceSpan) : new LspRange(new Position(0, 0), new Position(0, 0));
        var help = Uri.TryCreate(diagnostic.Descriptor.HelpLinkUri, UriKind.Absolute, out var link) ? new CodeDescription(link.AbsoluteUri) : null;
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => LspSeverity.Error,
            DiagnosticSeverity.Warning => LspSeverity.Warning,
            DiagnosticSeverity.Info => LspSeverity.Information,
            _ => LspSeverity.Hint,
        };
        return new LspDiagnostic(range, severity, diagnostic.Id, Source, diagnostic.GetMessage(), help);
    }

    private static LspDiagnostic ToLsp(DslDiagnostic diagnostic, SourceText text)
    {
        var lines = text.Lines;
        var lineIndex = Math.Clamp(diagnostic.Line - 1, 0, Math.Max(0, lines.Count - 1));
        var line = lines.Count == 0 ? default : lines[lineIndex];
        var content = lines.Count == 0 ? string.Empty : text.ToString(line.Span);
        var start = Math.Clamp(diagnostic.Column - 1, 0, content.Length);
        var end = start;
        while (end < content.Length && !char.IsWhiteSpace(content[end]))
        {
            end++;
        }

        if (end == start)
        {
            end = content.Length;
        }

        var range = new LspRange(new Position(lineIndex, start), new Position(lineIndex, end));
        return new LspDiagnostic(range, diagnostic.IsWarning ? LspSeverity.Warning : LspSeverity.Error, diagnostic.Id, Source, diagnostic.Message);
    }

    private void RequireInitialized(bool allowShutDown = false)
    {
        if (_state == 0)
        {
            throw new LocalRpcException(LanguageServerHost.NotInitializedMessage) { ErrorCode = LspErrorCodes.ServerNotInitialized };
        }

        if (_state == 2 && !allowShutDown)
        {
            throw new LocalRpcException("the server is shutting down") { ErrorCode = LspErrorCodes.InvalidRequest };
        }
    }

    /// <summary>Notifications before initialize or after shutdown are dropped, as the protocol says.</summary>
    private bool IsRunning() => _state == 1;

    private OpenDocument? GetDocument(string uri) => _documents.Get(uri);

    private OpenDocument? FindOpenDocument(string path) => _documents.Find(path);

    private string? ReadOpenFile(string path) => FindOpenDocument(path)?.Text.ToString();

    /// <summary>
    /// The text of a file a pack diagnostic is on, only to place it: null unless a regular file of at most 16 MB
    /// (as rule files are read), since a DSL0011 can be on a FIFO (which would block) or a device (which never ends).
    /// Bytes that are not UTF-8 (a DSL0042) become U+FFFD, so the positions still fall on their lines.
    /// </summary>
    private static string? SafeRead(string path)
    {
        if (Workspaces.BoundedFile.TryReadAllBytes(path, RuleSource.MaxFileBytes, out _) is not { } bytes)
        {
            return null;
        }

        // Without its byte order mark, as the compiler reads it.
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        return System.Text.Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
    }

    private void Publish(string uri, int? version, LspDiagnostic[] diagnostics) =>
        Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, version, diagnostics));

    private void SendStatus(string state, PackSet packs, string message) =>
        Notify("docrules/status", new StatusParams(state, packs.Packs.Length, packs.Rules.Count, message));

    private void ShowMessage(int type, string message) => Notify("window/showMessage", new ShowMessageParams(type, message));

    private void Log(int type, string message) => Notify("window/logMessage", new LogMessageParams(type, message));

    /// <summary>A request to the client; failures (a client that does not know it, or left) are logged, not thrown.</summary>
    private async Task<T?> RequestAsync<T>(string method, object? parameters)
    {
        if (_rpc.IsDisposed)
        {
            return default;
        }

        try
        {
            return await _rpc.InvokeWithParameterObjectAsync<T>(method, parameters).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RemoteInvocationException or ObjectDisposedException or ConnectionLostException or IOException or InvalidOperationException)
        {
            Log(MessageType.Warning, $"{method}: {ex.Message}");
            return default;
        }
    }

    private Task<object?> RequestAsync(string method, object? parameters) => RequestAsync<object?>(method, parameters);

    private void Notify(string method, object parameters)
    {
        if (_rpc.IsDisposed)
        {
            return;
        }

        _ = NotifyAsync(method, parameters);
    }

    private async Task NotifyAsync(string method, object parameters)
    {
        try
        {
            await _rpc.NotifyWithParameterObjectAsync(method, parameters).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ObjectDisposedException or ConnectionLostException or IOException or InvalidOperationException)
        {
            // The client is gone; nothing to tell it.
        }
    }

    private static class MessageType
    {
        public const int Error = 1;
        public const int Warning = 2;
    }
}
