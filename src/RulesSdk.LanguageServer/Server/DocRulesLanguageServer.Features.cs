using System.Text.Json;
using RulesSdk.Diagnostics;
using RulesSdk.LanguageServer.Protocol;
using RulesSdk.Text;
using StreamJsonRpc;

namespace RulesSdk.LanguageServer.Server;

/// <summary>Code action resolve, commands, pull diagnostics, rule id completion and file watchers.</summary>
internal sealed partial class DocRulesLanguageServer
{
    private const string WatchersRegistrationId = "docrules-watched-files";
    private string[]? _watchersRegistered;

    [JsonRpcMethod("codeAction/resolve", UseSingleObjectParameterDeserialization = true)]
    public async Task<LspCodeAction> ResolveCodeActionAsync(LspCodeAction action, CancellationToken cancellationToken)
    {
        RequireInitialized();
        if (action.Data is not { } data || RequireProse(data.Uri) is not { } document)
        {
            return action;
        }

        var snapshot = await AnalyzeAsync(document, cancellationToken).ConfigureAwait(false);
        return await CodeActionBuilder.ResolveAsync(action, snapshot, d => ToLsp(d, snapshot.Document.Text), cancellationToken).ConfigureAwait(false);
    }

    [JsonRpcMethod("workspace/executeCommand", UseSingleObjectParameterDeserialization = true)]
    public async Task<object?> ExecuteCommandAsync(ExecuteCommandParams parameters, CancellationToken cancellationToken)
    {
        RequireInitialized();
        var arguments = parameters.Arguments ?? [];
        string Argument(int index, string name) =>
            index < arguments.Length && arguments[index].ValueKind == JsonValueKind.String && arguments[index].GetString() is { Length: > 0 } value
                ? value
                : throw InvalidParams($"{parameters.Command}: argument {index + 1} ({name}) must be a non-empty string");
        switch (parameters.Command)
        {
            case ServerCommands.FixAll:
            {
                var uri = Argument(0, "document URI");
                var ruleId = arguments.Length > 1 ? Argument(1, "rule id") : null;
                var document = RequireProse(uri) ?? throw InvalidParams($"{parameters.Command}: {uri} is not an open Markdown or plain-text document");
                var snapshot = await AnalyzeAsync(document, cancellationToken).ConfigureAwait(false);
                var edit = await CodeActionBuilder.FixAllEditAsync(uri, snapshot, ruleId, cancellationToken).ConfigureAwait(false);
                if (edit is null)
                {
                    return new ApplyWorkspaceEditResult(false, "nothing to fix");
                }

                if (!_client.ApplyEdit)
                {
                    throw new LocalRpcException("the client cannot apply edits (workspace.applyEdit); use the source.fixAll.docrules code action") { ErrorCode = LspErrorCodes.RequestFailed };
                }

                var label = ruleId is null ? "Fix all DocRules issues" : $"Fix all {ruleId}";
                return await RequestAsync<ApplyWorkspaceEditResult>("workspace/applyEdit", new ApplyWorkspaceEditParams(label, edit)).ConfigureAwait(false)
                    ?? new ApplyWorkspaceEditResult(false, "the client did not answer");
            }

            case ServerCommands.DisableRuleInConfiguration:
                return await DisableRuleInConfigurationAsync(Argument(0, "document URI"), Argument(1, "rule id")).ConfigureAwait(false);
            default:
                throw InvalidParams($"unknown command '{parameters.Command}' (known: {string.Join(", ", ServerCommands.All)})");
        }
    }

    [JsonRpcMethod("textDocument/diagnostic", UseSingleObjectParameterDeserialization = true)]
    public async Task<DocumentDiagnosticReport> DocumentDiagnosticAsync(DocumentDiagnosticParams parameters, CancellationToken cancellationToken)
    {
        RequireInitialized();
        var document = GetDocument(parameters.TextDocument.Uri);
        if (document is null || !document.IsProse)
        {
            return new DocumentDiagnosticReport(DocumentDiagnosticReport.Full, "none", []);
        }

        // The quiet time after an edit applies to pulls too: a newer edit makes the client cancel this one.
        var quiet = DocumentDebounce(document).TotalMilliseconds - (Environment.TickCount64 - document.ChangedAt);
        if (quiet > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(quiet), cancellationToken).ConfigureAwait(false);
            document = GetDocument(document.Uri) ?? document;
        }

        var (resultId, items) = await PullAsync(document, cancellationToken).ConfigureAwait(false);
        return resultId == parameters.PreviousResultId
            ? new DocumentDiagnosticReport(DocumentDiagnosticReport.Unchanged, resultId)
            : new DocumentDiagnosticReport(DocumentDiagnosticReport.Full, resultId, items);
    }

    [JsonRpcMethod("workspace/diagnostic", UseSingleObjectParameterDeserialization = true)]
    public async Task<WorkspaceDiagnosticReport> WorkspaceDiagnosticAsync(WorkspaceDiagnosticParams parameters, CancellationToken cancellationToken)
    {
        RequireInitialized();
        var previous = (parameters.PreviousResultIds ?? []).GroupBy(p => p.Uri, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
        var documents = _documents.Select(d => d.IsProse).OrderBy(d => d.Uri, StringComparer.Ordinal).ToList();

        var reports = new List<WorkspaceDocumentDiagnosticReport>();
        foreach (var document in documents)
        {
            var (resultId, items) = await PullAsync(document, cancellationToken).ConfigureAwait(false);
            reports.Add(previous.TryGetValue(document.Uri, out var known) && known == resultId
                ? new WorkspaceDocumentDiagnosticReport(document.Uri, document.Version, DocumentDiagnosticReport.Unchanged, resultId)
                : new WorkspaceDocumentDiagnosticReport(document.Uri, document.Version, DocumentDiagnosticReport.Full, resultId, items));
        }

        return new WorkspaceDiagnosticReport([.. reports]);
    }

    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public async Task<CompletionList> CompletionAsync(CompletionParams parameters)
    {
        RequireInitialized();
        var document = GetDocument(parameters.TextDocument.Uri);
        if (document is null || document.IsRuleFile)
        {
            return new CompletionList(false, []);
        }

        var offset = Positions.ToOffset(document.Text, parameters.Position);
        var partial = document.IsConfiguration
            ? RuleIdCompletion.InConfigurationRules(document.Text, offset)
            : RuleIdCompletion.InSuppressionComment(document.Text, offset);
        if (partial is not { } span)
        {
            return new CompletionList(false, []);
        }

        await WaitForPacksAsync().ConfigureAwait(false);
        var range = Positions.ToRange(document.Text, span);
        var items = _packs.Current.Rules.Values
            .OrderBy(r => r.Rule.Id, StringComparer.Ordinal)
            .Select(r => new CompletionItem(
                r.Rule.Id,
                CompletionItem.ConstantKind,
                $"{r.Rule.Descriptor.Title} ({r.Pack.Id}, {Diagnostic.SeverityText(r.Rule.Descriptor.DefaultSeverity)})",
                MarkupContent.Markdown(r.Rule.Descriptor.Description),
                new TextEdit(range, r.Rule.Id)));
        return new CompletionList(false, [.. items]);
    }

    /// <summary>The diagnostics the client is shown for a document, and an id that changes when they may.</summary>
    private async Task<(string ResultId, LspDiagnostic[] Items)> PullAsync(OpenDocument document, CancellationToken cancellationToken)
    {
        var settings = SettingsFor(document);
        if (!settings.Enable)
        {
            return ("disabled", []);
        }

        var snapshot = await AnalyzeAsync(document, cancellationToken).ConfigureAwait(false);
        var resultId = $"{snapshot.Key}|{settings.SeverityThreshold}".GetHashCode(StringComparison.Ordinal).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
        var items = snapshot.Diagnostics.Where(d => d.Severity >= settings.SeverityThreshold).Select(d => ToLsp(d, snapshot.Document.Text)).ToArray();
        return (resultId, items);
    }

    private async Task<string> DisableRuleInConfigurationAsync(string uri, string ruleId)
    {
        // The id is written into the file: only a rule id.
        if (!ConfigurationEditor.IsRuleId(ruleId))
        {
            throw InvalidParams($"{ServerCommands.DisableRuleInConfiguration}: {JsonSerializer.Serialize(ruleId)} is not a rule id (letters then digits, like PL0001)");
        }

        var path = DocumentUris.ToLocalPath(uri) ?? throw InvalidParams($"{uri} is not a file: it has no .docrules.json");

        // The command writes a file: only for a document the editor has open or one inside a workspace folder,
        // never into whatever folder a URI names (file:///dev/null wrote /dev/.docrules.json).
        if (GetDocument(uri) is null && !_roots.Any(r => DocumentUris.IsUnder(path, r)))
        {
            throw new LocalRpcException($"{uri} is neither an open document nor a file of a workspace folder: no .docrules.json is written for it") { ErrorCode = LspErrorCodes.RequestFailed };
        }

        var directory = Path.GetDirectoryName(path)!;
        var configPath = Configuration.DocRulesConfiguration.Find(directory)
            ?? Path.Combine(_roots.FirstOrDefault(r => DocumentUris.IsUnder(path, r)) ?? directory, Configuration.DocRulesConfiguration.FileName);
        var open = FindOpenDocument(configPath);
        if (open is not null && _client.ApplyEdit)
        {
            // The user may have unsaved changes there: edit the buffer, not the file under it.
            var change = Disable(open.Text.ToString(), configPath, ruleId);
            await RequireLoadedRuleAsync(ruleId).ConfigureAwait(false);
            var edit = new WorkspaceEdit(new Dictionary<string, TextEdit[]>(StringComparer.Ordinal)
            {
                [open.Uri] = [new TextEdit(Positions.ToRange(open.Text, change.Span), change.NewText)],
            });
            await RequestAsync<ApplyWorkspaceEditResult>("workspace/applyEdit", new ApplyWorkspaceEditParams($"Disable {ruleId} in .docrules.json", edit)).ConfigureAwait(false);
            return configPath;
        }

        string updated;
        if (File.Exists(configPath))
        {
            // Read as configurations are: a FIFO would block this request, and is no file to replace.
            var bytes = Workspaces.BoundedFile.TryReadAllBytes(configPath, Configuration.DocRulesConfiguration.MaxConfigurationBytes, out var failure)
                ?? throw new LocalRpcException($"{configPath}: cannot read the configuration file: {failure!.Message}") { ErrorCode = LspErrorCodes.RequestFailed };
            using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var text = await reader.ReadToEndAsync(CancellationToken.None).ConfigureAwait(false);
            updated = SourceText.From(text).WithChanges(Disable(text, configPath, ruleId)).ToString();
        }
        else
        {
            updated = ConfigurationEditor.NewFile(ruleId);
        }

        await RequireLoadedRuleAsync(ruleId).ConfigureAwait(false);

        // Written beside the target then moved over it, so a crash never leaves half a file.
        var temporary = Path.Combine(Path.GetDirectoryName(configPath)!, $".{Path.GetFileName(configPath)}.{Guid.NewGuid():N}.docrules-tmp");
        await File.WriteAllTextAsync(temporary, updated, CancellationToken.None).ConfigureAwait(false);
        File.Move(temporary, configPath, overwrite: true);
        _packsReady = RebuildPacksAsync(reanalyse: true);
        return configPath;
    }

    /// <summary>Refuses an id no loaded pack defines: a typo would be written as a setting that disables nothing.</summary>
    private async Task RequireLoadedRuleAsync(string ruleId)
    {
        await WaitForPacksAsync().ConfigureAwait(false);
        if (!_packs.Current.Rules.ContainsKey(ruleId))
        {
            throw new LocalRpcException($"{ServerCommands.DisableRuleInConfiguration}: no loaded rule pack defines {ruleId}; nothing was changed") { ErrorCode = LspErrorCodes.RequestFailed };
        }
    }

    private static TextChange Disable(string text, string path, string ruleId)
    {
        try
        {
            return ConfigurationEditor.DisableRule(text, ruleId);
        }
        catch (FormatException ex)
        {
            throw new LocalRpcException($"{path}: {ex.Message}; fix it first (the file was not changed)") { ErrorCode = LspErrorCodes.RequestFailed };
        }
    }

    /// <summary>
    /// Asks a client that can be asked to watch the rule files, the configuration and the lists
    /// and imports the packs read, so edits made outside the editor reach the server.
    /// </summary>
    private async Task RegisterWatchersAsync()
    {
        if (!_client.WatchedFilesRegistration)
        {
            return;
        }

        // The list and import files are known once the packs are built.
        await WaitForPacksAsync().ConfigureAwait(false);

        var inputs = _packs.InputFiles.ToArray();
        if (_watchersRegistered is not null)
        {
            await RequestAsync("client/unregisterCapability", new UnregistrationParams([new Unregistration(WatchersRegistrationId, "workspace/didChangeWatchedFiles")])).ConfigureAwait(false);
        }

        _watchersRegistered = inputs;
        LspFileSystemWatcher[] watchers =
        [
            new("**/*.rules"),
            new("**/" + Configuration.DocRulesConfiguration.FileName),
            .. inputs.Select(Path.GetFileName).OfType<string>().Distinct(StringComparer.Ordinal).Select(name => new LspFileSystemWatcher("**/" + name)),
        ];
        await RequestAsync("client/registerCapability", new RegistrationParams([
            new Registration(WatchersRegistrationId, "workspace/didChangeWatchedFiles", new DidChangeWatchedFilesRegistrationOptions(watchers)),
        ])).ConfigureAwait(false);
    }

    private OpenDocument? RequireProse(string uri) => GetDocument(uri) is { IsProse: true } document && SettingsFor(document).Enable ? document : null;

    private static LocalRpcException InvalidParams(string message) => new(message) { ErrorCode = LspErrorCodes.InvalidParams };
}
