using System.Collections.Immutable;
using System.Text;
using RulesSdk.Analyzers;
using RulesSdk.CodeFixes;
using RulesSdk.Configuration;
using RulesSdk.Diagnostics;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Testing;

/// <summary>
/// Verifies analyzers and code fixes on a test document written as markup, as roslyn-sdk's
/// verifiers do: <c>[|text|]</c> expects a diagnostic of the rule under test, <c>{|PL0001:text|}</c>
/// one with that id, <c>{|#0:text|}</c> names a location for <c>Verifier.Diagnostic(…).WithLocation(0)</c>.
/// Every method throws <see cref="VerificationException"/> on a mismatch, with the actual
/// diagnostics printed ready to paste and fixed text shown as a unified diff.
/// </summary>
public sealed class AnalyzerVerifier
{
    private AnalyzerVerifier(
        ImmutableArray<DocumentAnalyzer> analyzers,
        ImmutableArray<CodeFixProvider> fixers,
        string fileName,
        string? language,
        ImmutableDictionary<string, string> options,
        string? defaultDiagnosticId,
        DocRulesConfiguration configuration)
    {
        Analyzers = analyzers;
        CodeFixProviders = fixers;
        FileName = fileName;
        Language = language;
        DocumentOptions = options;
        DefaultDiagnosticIdOverride = defaultDiagnosticId;
        Configuration = configuration;
    }

    public ImmutableArray<DocumentAnalyzer> Analyzers { get; }

    public ImmutableArray<CodeFixProvider> CodeFixProviders { get; }

    /// <summary>The test document's path; <c>.md</c> makes it Markdown. Default <c>doc.txt</c>.</summary>
    public string FileName { get; }

    /// <summary>The declared language of the test document; null detects it.</summary>
    public string? Language { get; }

    /// <summary>Document options (e.g. <c>voice=first-person</c>).</summary>
    public ImmutableDictionary<string, string> DocumentOptions { get; }

    /// <summary>Severities and enabled rules; <see cref="DocRulesConfiguration.Empty"/> uses every rule's defaults.</summary>
    public DocRulesConfiguration Configuration { get; }

    private string? DefaultDiagnosticIdOverride { get; }

    /// <summary>The id <c>[|…|]</c> and <c>Verifier.Diagnostic()</c> stand for: set explicitly, or the only id the analyzers support.</summary>
    public string? DefaultDiagnosticId =>
        DefaultDiagnosticIdOverride ??
        (Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct(StringComparer.OrdinalIgnoreCase).ToList() is [var only] ? only : null);

    public static AnalyzerVerifier For(DocumentAnalyzer analyzer, params CodeFixProvider[] fixers)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        return For([analyzer], fixers);
    }

    public static AnalyzerVerifier For(IEnumerable<DocumentAnalyzer> analyzers, IEnumerable<CodeFixProvider> fixers, string? defaultDiagnosticId = null)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        ArgumentNullException.ThrowIfNull(fixers);
        return new AnalyzerVerifier([.. analyzers], [.. fixers], "doc.txt", null, ImmutableDictionary<string, string>.Empty, defaultDiagnosticId, DocRulesConfiguration.Empty);
    }

    public AnalyzerVerifier WithFileName(string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        return new(Analyzers, CodeFixProviders, fileName, Language, DocumentOptions, DefaultDiagnosticIdOverride, Configuration);
    }

    public AnalyzerVerifier WithLanguage(string? language) =>
        new(Analyzers, CodeFixProviders, FileName, language, DocumentOptions, DefaultDiagnosticIdOverride, Configuration);

    public AnalyzerVerifier WithOption(string name, string value) =>
        new(Analyzers, CodeFixProviders, FileName, Language, DocumentOptions.SetItem(name, value), DefaultDiagnosticIdOverride, Configuration);

    public AnalyzerVerifier WithDefaultDiagnosticId(string id) =>
        new(Analyzers, CodeFixProviders, FileName, Language, DocumentOptions, id, Configuration);

    public AnalyzerVerifier WithConfiguration(DocRulesConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new(Analyzers, CodeFixProviders, FileName, Language, DocumentOptions, DefaultDiagnosticIdOverride, configuration);
    }

    /// <summary>The document the verifier analyses for <paramref name="text"/>.</summary>
    public TextDocument CreateDocument(string text, string? fileName = null, string? language = null)
    {
        var path = fileName ?? FileName;
        var document = new TextDocument(DocumentId.FromPath(path), path, SourceText.From(text), declaredLanguage: language ?? Language);
        return DocumentOptions.IsEmpty ? document : document.WithOptions(DocumentOptions);
    }

    /// <summary>Checks that the analyzers report exactly the marked diagnostics plus <paramref name="expected"/>.</summary>
    public Task VerifyAnalyzerAsync(string markup, params DiagnosticResult[] expected) =>
        VerifyAnalyzerAsync(markup, FileName, expected);

    /// <summary>As <see cref="VerifyAnalyzerAsync(string, DiagnosticResult[])"/>, on a document named <paramref name="fileName"/> (<c>doc.md</c>: Markdown).</summary>
    public Task VerifyAnalyzerAsync(string markup, string fileName, params DiagnosticResult[] expected)
    {
        ArgumentNullException.ThrowIfNull(markup);
        ArgumentNullException.ThrowIfNull(expected);
        var parsed = TestMarkup.Parse(markup);
        var document = CreateDocument(parsed.Text, fileName);
        var actual = CreateDriver().AnalyzeDocument(document);
        VerifyDiagnostics(parsed, document, actual, expected);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Checks the marked diagnostics (when the markup marks any), then applies each diagnostic's
    /// safe fix, fix-all style, to a fixed point and compares the result with <paramref name="fixedText"/>.
    /// </summary>
    public async Task VerifyFixAsync(string markup, string fixedText, FixOptions? options = null, string? fileName = null, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(markup);
        ArgumentNullException.ThrowIfNull(fixedText);
        options ??= FixOptions.Default;
        var (parsed, document, driver, diagnostics) = Prepare(markup, fileName, language);
        if (diagnostics.IsEmpty)
        {
            throw new VerificationException($"VerifyFixAsync: the analyzers report nothing in {document.Path}, so there is nothing to fix.\n\nDocument:\n{parsed.Text}");
        }

        var runner = new FixAllRunner(driver, new CodeFixService(CodeFixProviders));
        var result = await runner.FixDocumentAsync(document, new FixAllOptions { MaxPasses = options.Iterations ?? FixAllOptions.Default.MaxPasses }).ConfigureAwait(false);
        var actualText = result.FixedText.ToString();
        if (!string.Equals(actualText, fixedText, StringComparison.Ordinal))
        {
            throw new VerificationException(
                $"VerifyFixAsync: the fixed text of {document.Path} differs from the expected text ({result.Passes} fix-all pass(es), {result.Applied.Length} fix(es) applied).\n\n" +
                TextDiff.Unified(fixedText, actualText, "expected", "actual") +
                $"\n\nActual fixed text:\n{actualText}\n\nDiagnostics before fixing:\n{DiagnosticText.ReadyToPaste(diagnostics)}" +
                SkippedText(result.Skipped));
        }

        if (options.Iterations is { } iterations && (result.Passes != iterations || !result.ReachedFixedPoint))
        {
            var why = result.ReachedFixedPoint ? $"it took {result.Passes}" : $"{iterations} did not reach a fixed point";
            throw new VerificationException($"VerifyFixAsync: expected {iterations} fix-all pass(es) but {why}.{SkippedText(result.Skipped)}");
        }

        if (!result.ReachedFixedPoint && !options.AllowSkippedFixes)
        {
            throw new VerificationException($"VerifyFixAsync: fix-all did not reach a fixed point after {result.Passes} pass(es).{SkippedText(result.Skipped)}");
        }

        if (!result.Skipped.IsEmpty && !options.AllowSkippedFixes)
        {
            throw new VerificationException($"VerifyFixAsync: some fixes were skipped (set FixOptions.AllowSkippedFixes to accept this).{SkippedText(result.Skipped)}");
        }
    }

    /// <summary>
    /// Applies one fix (the safe fix and then the suggestions, in the order offered) of the first
    /// marked diagnostic and compares the result with <paramref name="fixedText"/>. Pick the fix by
    /// <paramref name="index"/> or <paramref name="equivalenceKey"/>; neither picks the first.
    /// </summary>
    public async Task VerifySuggestionAsync(string markup, string fixedText, int? index = null, string? equivalenceKey = null, string? fileName = null, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(markup);
        ArgumentNullException.ThrowIfNull(fixedText);
        var (parsed, document, _, diagnostics) = Prepare(markup, fileName, language);
        var diagnostic = FirstMarkedDiagnostic(parsed, diagnostics)
            ?? throw new VerificationException($"VerifySuggestionAsync: mark the diagnostic to fix with [|…|] or {{|ID:…|}}.\n\nActual diagnostics:\n{DiagnosticText.ReadyToPaste(diagnostics)}");
        var fixes = await new CodeFixService(CodeFixProviders).GetFixesAsync(document, diagnostic).ConfigureAwait(false);
        var chosen = equivalenceKey is not null
            ? fixes.FirstOrDefault(f => f.Action.EquivalenceKey == equivalenceKey)
            : (index ?? 0) is var i && i >= 0 && i < fixes.Length ? fixes[i] : null;
        if (chosen is null)
        {
            var wanted = equivalenceKey is not null ? $"equivalence key \"{equivalenceKey}\"" : $"index {index ?? 0}";
            throw new VerificationException($"VerifySuggestionAsync: no fix with {wanted} for {diagnostic}.\n\nOffered fixes:\n{FixesText(fixes)}");
        }

        var actualText = (await chosen.Action.ApplyAsync(document).ConfigureAwait(false)).ToString();
        if (!string.Equals(actualText, fixedText, StringComparison.Ordinal))
        {
            throw new VerificationException(
                $"VerifySuggestionAsync: fix \"{chosen.Action.Title}\" gives a different text for {diagnostic}.\n\n" +
                TextDiff.Unified(fixedText, actualText, "expected", "actual") +
                $"\n\nActual fixed text:\n{actualText}\n\nOffered fixes:\n{FixesText(fixes)}");
        }
    }

    /// <summary>Checks the marked diagnostics (when the markup marks any) and that no diagnostic is offered any fix.</summary>
    public async Task VerifyNoFixAsync(string markup, string? fileName = null, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var (_, document, _, diagnostics) = Prepare(markup, fileName, language);
        var service = new CodeFixService(CodeFixProviders);
        var offered = new StringBuilder();
        foreach (var diagnostic in diagnostics)
        {
            var fixes = await service.GetFixesAsync(document, diagnostic).ConfigureAwait(false);
            if (!fixes.IsEmpty)
            {
                offered.Append("// ").Append(diagnostic.ToString()).Append('\n').Append(FixesText(fixes)).Append('\n');
            }
        }

        if (offered.Length > 0)
        {
            throw new VerificationException($"VerifyNoFixAsync: fixes are offered where none was expected:\n{offered.ToString().TrimEnd('\n')}");
        }
    }

    private (TestMarkup Markup, TextDocument Document, AnalyzerDriver Driver, ImmutableArray<Diagnostic> Diagnostics) Prepare(string markup, string? fileName, string? language)
    {
        var parsed = TestMarkup.Parse(markup);
        var document = CreateDocument(parsed.Text, fileName, language);
        var driver = CreateDriver();
        var diagnostics = driver.AnalyzeDocument(document);
        if (parsed.Spans.Any(s => s.ExpectsDiagnostic))
        {
            VerifyDiagnostics(parsed, document, diagnostics, []);
        }

        return (parsed, document, driver, diagnostics);
    }

    private AnalyzerDriver CreateDriver() =>
        new(Analyzers, new AnalyzerDriverOptions { Configuration = Configuration, MaxDegreeOfParallelism = 1 });

    private Diagnostic? FirstMarkedDiagnostic(TestMarkup markup, ImmutableArray<Diagnostic> diagnostics)
    {
        foreach (var marked in markup.Spans.Where(s => s.ExpectsDiagnostic))
        {
            var id = marked.Id ?? DefaultDiagnosticId;
            var match = diagnostics.FirstOrDefault(d => d.Location.SourceSpan == marked.Span && (id is null || string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase)));
            if (match is not null)
            {
                return match;
            }
        }

        return null;
    }

    private void VerifyDiagnostics(TestMarkup markup, TextDocument document, ImmutableArray<Diagnostic> actual, DiagnosticResult[] explicitExpected)
    {
        var expected = new List<(DiagnosticResult Result, LinePositionSpan? Span)>();
        foreach (var marked in markup.Spans.Where(s => s.ExpectsDiagnostic))
        {
            var id = marked.Id ?? DefaultDiagnosticId ?? throw new VerificationException(
                "[|…|] needs a rule under test, but the analyzers support several ids: name the id with {|ID:…|} or call WithDefaultDiagnosticId.");
            expected.Add((new DiagnosticResult(id), document.Text.Lines.GetLinePositionSpan(marked.Span)));
        }

        foreach (var result in explicitExpected)
        {
            ArgumentNullException.ThrowIfNull(result);
            var resolved = result.Id is null
                ? result with { Id = DefaultDiagnosticId ?? throw new VerificationException("Verifier.Diagnostic() needs a rule under test, but the analyzers support several ids: pass the id.") }
                : result;
            LinePositionSpan? span = resolved.LocationIndex is { } index
                ? document.Text.Lines.GetLinePositionSpan(markup.GetLocation(index))
                : resolved.Span is { } s ? new LinePositionSpan(new LinePosition(s.StartLine - 1, s.StartColumn - 1), new LinePosition(s.EndLine - 1, s.EndColumn - 1)) : null;
            expected.Add((resolved, span));
        }

        var sortedExpected = expected
            .OrderBy(e => e.Span?.Start ?? default)
            .ThenBy(e => e.Span?.End ?? default)
            .ThenBy(e => e.Result.Id, StringComparer.Ordinal)
            .ToList();
        var sortedActual = actual
            .OrderBy(d => d.Location.LineSpan.Start)
            .ThenBy(d => d.Location.LineSpan.End)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

        string? problem = null;
        if (sortedExpected.Count != sortedActual.Count)
        {
            problem = $"expected {sortedExpected.Count} diagnostic(s), the analyzers reported {sortedActual.Count}";
        }

        for (var i = 0; problem is null && i < sortedExpected.Count; i++)
        {
            problem = Compare(sortedExpected[i].Result, sortedExpected[i].Span, sortedActual[i]);
        }

        if (problem is null)
        {
            return;
        }

        var message = new StringBuilder();
        message.Append("Diagnostics differ in ").Append(document.Path).Append(": ").Append(problem).Append(".\n\n");
        message.Append("Expected:\n");
        foreach (var (result, span) in sortedExpected)
        {
            var shown = span is { } s && result.LocationIndex is null
                ? result.WithSpan(s.Start.Line + 1, s.Start.Character + 1, s.End.Line + 1, s.End.Character + 1)
                : result;
            message.Append(shown.ToString()).Append('\n');
        }

        if (sortedExpected.Count == 0)
        {
            message.Append("    (none)\n");
        }

        message.Append("\nActual (ready to paste):\n").Append(DiagnosticText.ReadyToPaste(sortedActual)).Append('\n');
        message.Append("\nActual as markup:\n").Append(DiagnosticText.ToMarkup(document.Text.ToString(), sortedActual));
        throw new VerificationException(message.ToString());
    }

    private static string? Compare(DiagnosticResult expected, LinePositionSpan? span, Diagnostic actual)
    {
        if (!string.Equals(expected.Id, actual.Id, StringComparison.OrdinalIgnoreCase))
        {
            return $"expected id {expected.Id} at {Where(span)}, found {actual.Id} at {actual.Location.LineSpan}";
        }

        if (span is { } s && s != actual.Location.LineSpan)
        {
            return $"{actual.Id}: expected span {s}, found {actual.Location.LineSpan}";
        }

        if (expected.Severity is { } severity && severity != actual.Severity)
        {
            return $"{actual.Id} at {actual.Location.LineSpan}: expected severity {severity}, found {actual.Severity}";
        }

        if (expected.Arguments is { } arguments)
        {
            var want = arguments.Select(DiagnosticResult.ArgumentText).ToList();
            var got = actual.Arguments.Select(DiagnosticResult.ArgumentText).ToList();
            if (!want.SequenceEqual(got, StringComparer.Ordinal))
            {
                return $"{actual.Id} at {actual.Location.LineSpan}: expected arguments ({string.Join(", ", want.Select(DiagnosticResult.Quote))}), found ({string.Join(", ", got.Select(DiagnosticResult.Quote))})";
            }
        }

        if (expected.Message is not null && !string.Equals(expected.Message, actual.GetMessage(), StringComparison.Ordinal))
        {
            return $"{actual.Id} at {actual.Location.LineSpan}: expected message \"{expected.Message}\", found \"{actual.GetMessage()}\"";
        }

        return null;
    }

    private static string Where(LinePositionSpan? span) => span?.ToString() ?? "(any location)";

    private static string FixesText(ImmutableArray<CodeFix> fixes) =>
        fixes.IsEmpty
            ? "    (none)"
            : string.Join('\n', fixes.Select((f, i) => $"    [{i}] \"{f.Action.Title}\" (equivalence key \"{f.Action.EquivalenceKey}\"){(f.IsSafe ? ", safe fix" : ", suggestion")}"));

    private static string SkippedText(ImmutableArray<SkippedFix> skipped) =>
        skipped.IsEmpty ? string.Empty : "\n\nSkipped fixes:\n" + string.Join('\n', skipped.Select(s => $"    {s.Diagnostic}: \"{s.Title}\": {s.Reason}"));
}
