using System.Collections.Immutable;
using RulesSdk.CodeFixes;
using RulesSdk.Diagnostics;
using RulesSdk.LanguageServer.Protocol;
using RulesSdk.Text;

namespace RulesSdk.LanguageServer.Server;

/// <summary>
/// Code actions for the diagnostics under a range: each fix (the safe one preferred), "Fix all
/// &lt;rule&gt; in document", "Suppress &lt;ID&gt; on this line", and the document's
/// <c>source.fixAll.docrules</c>.
/// </summary>
internal static class CodeActionBuilder
{
    public static async Task<List<LspCodeAction>> BuildAsync(
        string uri,
        AnalysisSnapshot snapshot,
        Protocol.Range range,
        string[]? only,
        Func<Diagnostic, LspDiagnostic> toLsp,
        CancellationToken cancellationToken)
    {
        var actions = new List<LspCodeAction>();
        var document = snapshot.Document;
        var text = document.Text;
        var wantQuickFix = Wants(only, CodeActionKinds.QuickFix);
        var wantFixAll = Wants(only, CodeActionKinds.SourceFixAllDocRules);
        if (wantQuickFix)
        {
            var fixAllDone = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var suppressDone = new HashSet<(string, int)>();
            foreach (var diagnostic in snapshot.Diagnostics)
            {
                var lsp = toLsp(diagnostic);
                if (!Positions.Intersects(lsp.Range, range) || diagnostic.Descriptor.Category == SdkDiagnostics.Category)
                {
                    continue;
                }

                var fixes = await snapshot.Packs.Fixers.GetFixesAsync(document, diagnostic, null, cancellationToken).ConfigureAwait(false);
                foreach (var fix in fixes)
                {
                    ImmutableArray<TextChange> changes;
                    try
                    {
                        changes = await fix.Action.GetChangesAsync(document, cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        continue;
                    }

                    actions.Add(new LspCodeAction(fix.Action.Title, CodeActionKinds.QuickFix, Edit(uri, text, changes), [lsp], fix.IsSafe ? true : null));
                }

                if (fixes.Any(f => f.IsSafe) && fixAllDone.Add(diagnostic.Id))
                {
                    var options = FixAllOptions.Default with { RuleIds = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, diagnostic.Id) };
                    var result = await new FixAllRunner(snapshot.Driver, snapshot.Packs.Fixers).FixDocumentAsync(document, options, cancellationToken).ConfigureAwait(false);
                    if (result.Changed)
                    {
                        actions.Add(new LspCodeAction($"Fix all {diagnostic.Id} in document", CodeActionKinds.QuickFix, WholeEdit(uri, text, result.FixedText), [lsp]));
                    }
                }

                var line = diagnostic.Location.LineSpan.Start.Line;
                if (suppressDone.Add((diagnostic.Id, line)))
                {
                    actions.Add(new LspCodeAction($"Suppress {diagnostic.Id} on this line", CodeActionKinds.QuickFix, Edit(uri, text, [Suppression(text, line, diagnostic.Id)]), [lsp]));
                }
            }
        }

        if (wantFixAll && snapshot.Diagnostics.Any(d => snapshot.Packs.Fixers.HasFixes(d.Id)))
        {
            var result = await new FixAllRunner(snapshot.Driver, snapshot.Packs.Fixers).FixDocumentAsync(document, null, cancellationToken).ConfigureAwait(false);
            if (result.Changed)
            {
                actions.Add(new LspCodeAction("Fix all DocRules issues in document", CodeActionKinds.SourceFixAllDocRules, WholeEdit(uri, text, result.FixedText)));
            }
        }

        return actions;
    }

    /// <summary><c>&lt;!-- docrules-disable-next-line ID --&gt;</c> on its own line above, with the line's indentation.</summary>
    public static TextChange Suppression(SourceText text, int line, string id)
    {
        var textLine = text.Lines[line];
        var content = text.ToString(textLine.Span);
        var indent = content[..(content.Length - content.TrimStart(' ', '\t').Length)];
        return new TextChange(new TextSpan(textLine.Start, 0), $"{indent}<!-- docrules-disable-next-line {id} -->{text.NewLine}");
    }

    private static bool Wants(string[]? only, string kind) =>
        only is null || only.Length == 0 || only.Any(o => kind == o || kind.StartsWith(o + ".", StringComparison.Ordinal));

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
