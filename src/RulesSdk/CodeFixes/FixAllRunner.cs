using System.Collections.Immutable;
using RulesSdk.Analyzers;
using RulesSdk.Diagnostics;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.CodeFixes;

/// <summary>
/// Applies every diagnostic's safe fix, as Roslyn's batch fixer: changes that do not overlap are
/// merged in a fixed order (rule order, then position), the document is analysed again, and this
/// repeats until nothing is left to fix or the pass cap is hit. Fixes that never found room are
/// reported, not dropped silently, and so is a fix that would delete most of a long document. Running it again on
/// its output changes nothing once it reached its fixed point.
/// </summary>
public sealed class FixAllRunner
{
    private readonly AnalyzerDriver _driver;
    private readonly CodeFixService _fixes;
    private readonly ImmutableDictionary<string, int> _ruleOrder;

    public FixAllRunner(AnalyzerDriver driver, CodeFixService fixes)
    {
        ArgumentNullException.ThrowIfNull(driver);
        ArgumentNullException.ThrowIfNull(fixes);
        _driver = driver;
        _fixes = fixes;
        var order = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.OrdinalIgnoreCase);
        var index = 0;
        foreach (var descriptor in driver.Analyzers.SelectMany(a => a.SupportedDiagnostics))
        {
            order.TryAdd(descriptor.Id, index++);
        }

        _ruleOrder = order.ToImmutable();
    }

    public async Task<FixAllResult> FixDocumentAsync(TextDocument document, FixAllOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= FixAllOptions.Default;
        var original = document;
        var applied = ImmutableArray.CreateBuilder<AppliedFix>();
        var seenTexts = new HashSet<string>(StringComparer.Ordinal) { document.Text.GetContentHash() };
        var lastSkipped = new List<SkippedFix>();
        var reachedFixedPoint = false;
        var passes = 0;
        ImmutableArray<Diagnostic> diagnostics = [];
        while (passes < options.MaxPasses)
        {
            cancellationToken.ThrowIfCancellationRequested();
            diagnostics = _driver.AnalyzeDocument(document, cancellationToken);
            var (accepted, skipped) = await CollectPassAsync(document, diagnostics, options, cancellationToken).ConfigureAwait(false);
            lastSkipped = skipped;
            if (accepted.Count == 0)
            {
                reachedFixedPoint = skipped.All(s => !s.Reason.StartsWith(ConflictReason, StringComparison.Ordinal));
                break;
            }

            var changes = accepted.SelectMany(a => a.Changes).ToList();
            var newText = document.Text.WithChanges(changes);
            if (newText.Length > MaxGrowth(original.Text.Length))
            {
                // A rule whose fix feeds its own match ("a" => "aa") would double the text and its findings on every
                // pass: stop before this pass, keep the text as it was, and name the fix.
                lastSkipped = [.. skipped, new SkippedFix(accepted[0].Diagnostic, accepted[0].Title, $"fixes keep growing the text ({original.Text.Length:N0} to {newText.Length:N0} characters); stopped")];
                break;
            }

            passes++;
            foreach (var fix in accepted)
            {
                applied.Add(fix with { Pass = passes });
            }

            document = document.WithText(newText);
            if (!seenTexts.Add(newText.GetContentHash()))
            {
                // Fixes undo each other: stop instead of cycling until the cap.
                lastSkipped.Add(new SkippedFix(accepted[0].Diagnostic, accepted[0].Title, "fixes undo each other (the text repeats); stopped"));
                diagnostics = _driver.AnalyzeDocument(document, cancellationToken);
                break;
            }
        }

        if (passes == options.MaxPasses)
        {
            diagnostics = _driver.AnalyzeDocument(document, cancellationToken);
            var (accepted, skipped) = await CollectPassAsync(document, diagnostics, options, cancellationToken).ConfigureAwait(false);
            lastSkipped = [.. skipped, .. accepted.Select(a => new SkippedFix(a.Diagnostic, a.Title, $"pass cap ({options.MaxPasses}) reached before this fix could run"))];
            reachedFixedPoint = lastSkipped.Count == 0;
        }

        return new FixAllResult(original, document.Text, applied.ToImmutable(), [.. lastSkipped], diagnostics, passes, reachedFixedPoint);
    }

    private const string ConflictReason = "overlaps a fix applied first";

    // Characters past which a single fix that deletes most of the document is left to the author.
    private const int MaxUnattendedDeletion = 20_000;

    /// <summary>The longest text fix-all may write: twice the original, and never less than 64 KB more than it.</summary>
    private static long MaxGrowth(int originalLength) => Math.Max(2L * originalLength, originalLength + 65_536L);

    private async Task<(List<AppliedFix> Accepted, List<SkippedFix> Skipped)> CollectPassAsync(
        TextDocument document,
        ImmutableArray<Diagnostic> diagnostics,
        FixAllOptions options,
        CancellationToken cancellationToken)
    {
        var candidates = new List<(Diagnostic Diagnostic, CodeFix Fix)>();
        var skipped = new List<SkippedFix>();
        foreach (var diagnostic in diagnostics)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!options.RuleIds.IsEmpty && !options.RuleIds.Contains(diagnostic.Id))
            {
                continue;
            }

            if (!_fixes.HasFixes(diagnostic.Id))
            {
                continue;
            }

            var failures = new List<string>();
            var fixes = await _fixes.GetFixesAsync(document, diagnostic, failures, cancellationToken).ConfigureAwait(false);
            skipped.AddRange(failures.Select(f => new SkippedFix(diagnostic, "(fixer failed)", f)));
            var safe = fixes.FirstOrDefault(f => f.IsSafe);
            if (safe is not null)
            {
                candidates.Add((diagnostic, safe));
            }
        }

        // A stable order (rule, then position, then report order) decides which of two conflicting
        // fixes goes first, the same way on every run.
        var ordered = candidates
            .OrderBy(c => RuleOrder(c.Diagnostic.Id))
            .ThenBy(c => c.Diagnostic.Location.SourceSpan);

        var accepted = new List<AppliedFix>();
        var taken = new ChangeOccupancy(document.Text.Length);
        var newLine = document.Text.NewLine;
        foreach (var (diagnostic, fix) in ordered)
        {
            // An editor cancels a fix-all it no longer needs: stop between fixes, not after the pass.
            cancellationToken.ThrowIfCancellationRequested();
            ImmutableArray<TextChange> changes;
            try
            {
                changes = await fix.Action.GetChangesAsync(document, cancellationToken).ConfigureAwait(false);
                changes = [.. changes.Select(c => NormalizeNewLines(c, newLine))];
                document.Text.CheckChanges(changes);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                skipped.Add(new SkippedFix(diagnostic, fix.Action.Title, $"the fix failed: {ex.Message}"));
                continue;
            }

            if (changes.IsEmpty || changes.All(c => c.Span.IsEmpty && c.NewText.Length == 0))
            {
                continue;
            }

            if (changes.Any(c => taken.ConflictsWith(c.Span)))
            {
                skipped.Add(new SkippedFix(diagnostic, fix.Action.Title, ConflictReason + "; retried in the next pass"));
                continue;
            }

            var removed = changes.Sum(static c => (long)c.Span.Length - c.NewText.Length);
            if (removed > MaxUnattendedDeletion && removed * 2 > document.Text.Length)
            {
                // A paragraph the syntax could not split (lines joined by U+2028, a text without blank lines) can hold
                // a whole document: a fix-all does not delete most of one unseen. The fix stays offered one at a time.
                skipped.Add(new SkippedFix(diagnostic, fix.Action.Title, $"would delete {removed:N0} of the document's {document.Text.Length:N0} characters; apply it by hand if that is meant"));
                continue;
            }

            foreach (var change in changes)
            {
                taken.Add(change.Span);
            }

            accepted.Add(new AppliedFix(diagnostic, fix.Action.Title, changes, 0));
        }

        return (accepted, skipped);
    }

    private int RuleOrder(string id) => _ruleOrder.TryGetValue(id, out var order) ? order : int.MaxValue;

    private static TextChange NormalizeNewLines(TextChange change, string newLine)
    {
        // Templates write "\n"; a CRLF document keeps CRLF, and an LF document gets no CRLF.
        if (change.NewText.AsSpan().IndexOfAny('\r', '\n') < 0)
        {
            return change;
        }

        var normalized = change.NewText.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return change with { NewText = newLine == "\n" ? normalized : normalized.Replace("\n", newLine, StringComparison.Ordinal) };
    }
}
