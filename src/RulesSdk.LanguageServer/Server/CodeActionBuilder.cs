using System.Collections.Immutable;
using RulesSdk.CodeFixes;
using RulesSdk.Diagnostics;
using RulesSdk.LanguageServer.Protocol;
using RulesSdk.Text;

namespace RulesSdk.LanguageServer.Server;

/// <summary>
/// Code actions for the diagnostics under a range: each fix (the safe one preferred), "Fix all
/// &lt;ID&gt; in document", "Suppress &lt;ID&gt; on this line", "Disable &lt;ID&gt; for this file",
/// "Disable &lt;ID&gt; in .docrules.json", and the document's <c>source.fixAll.docrules</c>.
/// A fix-all edit is computed only when asked: on <c>codeAction/resolve</c>, when the request asks
/// for <c>source.fixAll</c> by name, or by the <c>docrules.fixAll</c> command; a client that
/// cannot resolve edits gets that command instead.
/// </summary>
internal static class CodeActionBuilder
{
    public const string FixAction = "fix";
    public const string FixAllRuleAction = "fixAllRule";
    public const string FixAllAction = "fixAll";
    public const string SuppressLineAction = "suppressLine";
    public const string SuppressFileAction = "suppressFile";

    public static async Task<List<LspCodeAction>> BuildAsync(
        string uri,
        AnalysisSnapshot snapshot,
        Protocol.Range range,
        string[]? only,
        bool clientResolves,
        Func<Diagnostic, LspDiagnostic> toLsp,
        CancellationToken cancellationToken)
    {
        var actions = new List<LspCodeAction>();
        var document = snapshot.Document;
        var text = document.Text;
        if (Wants(only, CodeActionKinds.QuickFix))
        {
            var ruleDone = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var suppressDone = new HashSet<(string, int)>();
            foreach (var diagnostic in snapshot.Diagnostics)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var lsp = toLsp(diagnostic);
                if (!Positions.Intersects(lsp.Range, range) || diagnostic.Descriptor.Category == SdkDiagnostics.Category)
                {
                    continue;
                }

                var fixes = await snapshot.Packs.Fixers.GetFixesAsync(document, diagnostic, null, cancellationToken).ConfigureAwait(false);
                foreach (var fix in fixes)
                {
                    var data = new CodeActionData(uri, FixAction, diagnostic.Id, lsp.Range, fix.Action.Title);
                    var edit = clientResolves ? null : await FixEditAsync(uri, document, fix, cancellationToken).ConfigureAwait(false);
                    if (clientResolves || edit is not null)
                    {
                        actions.Add(new LspCodeAction(fix.Action.Title, CodeActionKinds.QuickFix, edit, [lsp], fix.IsSafe ? true : null, Data: clientResolves ? data : null));
                    }
                }

                var line = diagnostic.Location.LineSpan.Start.Line;
                if (suppressDone.Add((diagnostic.Id, line)))
                {
                    actions.Add(Lazy(
                        $"Suppress {diagnostic.Id} on this line",
                        new CodeActionData(uri, SuppressLineAction, diagnostic.Id, lsp.Range),
                        clientResolves,
                        () => Edit(uri, text, [Suppression(text, line, diagnostic.Id)]),
                        [lsp]));
                }

                if (!ruleDone.Add(diagnostic.Id))
                {
                    continue;
                }

                if (fixes.Any(f => f.IsSafe))
                {
                    var title = $"Fix all {diagnostic.Id} in document";
                    actions.Add(clientResolves
                        ? new LspCodeAction(title, CodeActionKinds.QuickFix, Diagnostics: [lsp], Data: new CodeActionData(uri, FixAllRuleAction, diagnostic.Id))
                        : new LspCodeAction(title, CodeActionKinds.QuickFix, Diagnostics: [lsp], Command: new LspCommand(title, ServerCommands.FixAll, [uri, diagnostic.Id])));
                }

                actions.Add(Lazy(
                    $"Disable {diagnostic.Id} for this file",
                    new CodeActionData(uri, SuppressFileAction, diagnostic.Id),
                    clientResolves,
                    () => Edit(uri, text, [FileSuppression(document, diagnostic.Id)]),
                    [lsp]));
                var disable = $"Disable {diagnostic.Id} in .docrules.json";
                actions.Add(new LspCodeAction(disable, CodeActionKinds.QuickFix, Diagnostics: [lsp], Command: new LspCommand(disable, ServerCommands.DisableRuleInConfiguration, [uri, diagnostic.Id])));
            }
        }

        if (Wants(only, CodeActionKinds.SourceFixAllDocRules) && snapshot.Diagnostics.Any(d => snapshot.Packs.Fixers.HasFixes(d.Id)))
        {
            const string title = "Fix all DocRules issues in document";
            if (AsksFor(only, CodeActionKinds.SourceFixAllDocRules))
            {
                // Asked for by name (fix on save, the fix-all command): the edit is the point.
                if (await FixAllEditAsync(uri, snapshot, null, cancellationToken).ConfigureAwait(false) is { } edit)
                {
                    actions.Add(new LspCodeAction(title, CodeActionKinds.SourceFixAllDocRules, edit));
                }
            }
            else
            {
                actions.Add(clientResolves
                    ? new LspCodeAction(title, CodeActionKinds.SourceFixAllDocRules, Data: new CodeActionData(uri, FixAllAction))
                    : new LspCodeAction(title, CodeActionKinds.SourceFixAllDocRules, Command: new LspCommand(title, ServerCommands.FixAll, [uri])));
            }
        }

        return actions;
    }

    /// <summary>The action with its edit computed; unchanged (no edit) when what it fixed is gone.</summary>
    public static async Task<LspCodeAction> ResolveAsync(LspCodeAction action, AnalysisSnapshot snapshot, Func<Diagnostic, LspDiagnostic> toLsp, CancellationToken cancellationToken)
    {
        var data = action.Data!;
        var document = snapshot.Document;
        var text = document.Text;
        WorkspaceEdit? edit = null;
        switch (data.Action)
        {
            case FixAllAction:
                edit = await FixAllEditAsync(data.Uri, snapshot, null, cancellationToken).ConfigureAwait(false);
                break;
            case FixAllRuleAction when data.RuleId is { } rule:
                edit = await FixAllEditAsync(data.Uri, snapshot, rule, cancellationToken).ConfigureAwait(false);
                break;
            case SuppressFileAction when data.RuleId is { } rule:
                edit = Edit(data.Uri, text, [FileSuppression(document, rule)]);
                break;
            case SuppressLineAction when data.RuleId is { } rule && data.Range is { } range:
                edit = Edit(data.Uri, text, [Suppression(text, Math.Min(range.Start.Line, text.Lines.Count - 1), rule)]);
                break;
            case FixAction when data.RuleId is { } rule && data.Range is { } range:
                var diagnostic = snapshot.Diagnostics.FirstOrDefault(d => string.Equals(d.Id, rule, StringComparison.OrdinalIgnoreCase) && toLsp(d).Range == range);
                if (diagnostic is not null)
                {
                    var fixes = await snapshot.Packs.Fixers.GetFixesAsync(document, diagnostic, null, cancellationToken).ConfigureAwait(false);
                    if (fixes.FirstOrDefault(f => f.Action.Title == data.FixTitle) is { } fix)
                    {
                        edit = await FixEditAsync(data.Uri, document, fix, cancellationToken).ConfigureAwait(false);
                    }
                }

                break;
        }

        return edit is null ? action : action with { Edit = edit };
    }

    /// <summary>
    /// Fix-all for one rule, or every rule with a safe fix when <paramref name="ruleId"/> is null,
    /// as one edit covering what changed; null when nothing changes. The runner checks the token
    /// between passes and fixes.
    /// </summary>
    public static async Task<WorkspaceEdit?> FixAllEditAsync(string uri, AnalysisSnapshot snapshot, string? ruleId, CancellationToken cancellationToken)
    {
        var options = ruleId is null ? null : FixAllOptions.Default with { RuleIds = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, ruleId) };
        var result = await new FixAllRunner(snapshot.Driver, snapshot.Packs.Fixers).FixDocumentAsync(snapshot.Document, options, cancellationToken).ConfigureAwait(false);
        return result.Changed ? WholeEdit(uri, snapshot.Document.Text, result.FixedText) : null;
    }

    /// <summary><c>&lt;!-- docrules-disable-next-line ID --&gt;</c> on its own line above, with the line's indentation.</summary>
    public static TextChange Suppression(SourceText text, int line, string id)
    {
        var textLine = text.Lines[line];
        var content = text.ToString(textLine.Span);
        var indent = content[..(content.Length - content.TrimStart(' ', '\t').Length)];
        return new TextChange(new TextSpan(textLine.Start, 0), $"{indent}<!-- docrules-disable-next-line {id} -->{text.NewLine}");
    }

    /// <summary><c>&lt;!-- docrules-disable-file ID --&gt;</c> on the first line, after a Markdown front matter block.</summary>
    public static TextChange FileSuppression(Workspaces.TextDocument document, string id)
    {
        var text = document.Text;
        var start = 0;
        if (document.Kind == Syntax.DocumentKind.Markdown && document.GetSyntax().FrontMatterSpan is { } frontMatter)
        {
            var last = text.Lines.GetLineFromPosition(Math.Max(frontMatter.Start, frontMatter.End - 1));
            start = last.LineNumber + 1 < text.Lines.Count ? text.Lines[last.LineNumber + 1].Start : text.Length;
            if (start == text.Length && text.Length > 0 && !text.ToString(new TextSpan(text.Length - 1, 1)).EndsWith('\n'))
            {
                return new TextChange(new TextSpan(start, 0), $"{text.NewLine}<!-- docrules-disable-file {id} -->{text.NewLine}");
            }
        }

        return new TextChange(new TextSpan(start, 0), $"<!-- docrules-disable-file {id} -->{text.NewLine}");
    }

    private static async Task<WorkspaceEdit?> FixEditAsync(string uri, Workspaces.TextDocument document, CodeFix fix, CancellationToken cancellationToken)
    {
        try
        {
            return Edit(uri, document.Text, await fix.Action.GetChangesAsync(document, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A fixer that throws offers nothing; the analyzer side already reports it.
            return null;
        }
    }

    private static LspCodeAction Lazy(string title, CodeActionData data, bool clientResolves, Func<WorkspaceEdit> edit, LspDiagnostic[] diagnostics) =>
        clientResolves
            ? new LspCodeAction(title, CodeActionKinds.QuickFix, Diagnostics: diagnostics, Data: data)
            : new LspCodeAction(title, CodeActionKinds.QuickFix, edit(), diagnostics);

    private static bool Wants(string[]? only, string kind) =>
        only is null || only.Length == 0 || only.Any(o => kind == o || kind.StartsWith(o + ".", StringComparison.Ordinal));

    /// <summary>True when <paramref name="only"/> names the kind or its family below <c>source</c> (<c>source.fixAll</c>).</summary>
    private static bool AsksFor(string[]? only, string kind) =>
        only is { Length: > 0 } && only.Any(o => o != CodeActionKinds.Source && (kind == o || kind.StartsWith(o + ".", StringComparison.Ordinal)));

    private static WorkspaceEdit Edit(string uri, SourceText text, IEnumerable<TextChange> changes) =>
        new(new Dictionary<string, TextEdit[]>(StringComparer.Ordinal)
        {
            [uri] = [.. changes.OrderBy(c => c.Span.Start).Select(c => new TextEdit(Positions.ToRange(text, c.Span), c.NewText))],
        });

    /// <summary>One edit covering only the part that differs, so the editor keeps cursor and folding.</summary>
    private static WorkspaceEdit WholeEdit(string uri, SourceText oldText, SourceText newText)
    {
        var a = oldText.AsSpan();
        var b = newText.AsSpan();
        var prefix = a.CommonPrefixLength(b);
        var suffix = 0;
        var max = Math.Min(a.Length, b.Length) - prefix;
        while (suffix < max && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            suffix++;
        }

        var change = new TextChange(TextSpan.FromBounds(prefix, a.Length - suffix), b[prefix..(b.Length - suffix)].ToString());
        return Edit(uri, oldText, [change]);
    }
}
