using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RulesSdk.Configuration;
using RulesSdk.Diagnostics;
using RulesSdk.Rules;
using RulesSdk.Semantics;
using RulesSdk.Syntax;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Analyzers;

/// <summary>
/// Runs analyzers over documents, in parallel. Applies configured severities and inline
/// suppressions. An analyzer that throws on a document is reported once as DR0001 (DR0002 for a
/// regex timeout or a spent <see cref="AnalyzerDriverOptions.RuleTimeout"/>) and stops for that
/// document only; every other result still arrives.
/// </summary>
public sealed class AnalyzerDriver
{
    // SupportedDiagnostics is read once, as Roslyn does: a getter that allocates or fails later
    // costs nothing per document and cannot crash a run.
    private readonly ImmutableArray<InitializedAnalyzer> _analyzers;
    private readonly AnalyzerDriverOptions _options;
    private readonly bool _hasRunActions;

    // The prefilter results of the document a thread analyses, kept for the thread's next document.
    [ThreadStatic]
    private static Dictionary<TextPrefilter, bool>? t_prefilterCache;

    public AnalyzerDriver(IEnumerable<DocumentAnalyzer> analyzers, AnalyzerDriverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        _options = options ?? AnalyzerDriverOptions.Default;
        var initialized = ImmutableArray.CreateBuilder<InitializedAnalyzer>();
        var failures = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var analyzer in analyzers)
        {
            var actions = new AnalyzerActions();
            try
            {
                analyzer.Initialize(actions);
                var supported = analyzer.SupportedDiagnostics;
                if (supported.IsDefault)
                {
                    throw new InvalidOperationException("SupportedDiagnostics is a default (uninitialized) ImmutableArray.");
                }

                var languages = analyzer.SupportedLanguages;
                initialized.Add(new InitializedAnalyzer(analyzer, actions, supported, languages.IsDefault ? [] : languages));
            }
            catch (Exception ex)
            {
                failures.Add(Diagnostic.Create(SdkDiagnostics.AnalyzerException, Location.None, analyzer.ToString(), ex.GetType().Name, ex.Message));
            }
        }

        _analyzers = initialized.ToImmutable();
        _hasRunActions = _analyzers.Any(a => a.Actions.HasRunActions);
        InitializationDiagnostics = failures.ToImmutable();
        Analyzers = [.. _analyzers.Select(a => a.Analyzer)];
    }

    public ImmutableArray<DocumentAnalyzer> Analyzers { get; }

    /// <summary>Analyzers whose <see cref="DocumentAnalyzer.Initialize"/> threw; they do not run.</summary>
    public ImmutableArray<Diagnostic> InitializationDiagnostics { get; }

    public AnalyzerDriverOptions Options => _options;

    /// <summary>
    /// Analyses documents in parallel, as one run (run start and end actions see them all); results
    /// come back in the order of <paramref name="documents"/>.
    /// </summary>
    public Task<ImmutableArray<DocumentAnalysisResult>> AnalyzeAsync(IEnumerable<TextDocument> documents, CancellationToken cancellationToken = default) =>
        AnalyzeAsync(documents, progress: null, cancellationToken);

    /// <summary>As <see cref="AnalyzeAsync(IEnumerable{TextDocument}, CancellationToken)"/>, reporting 1 to <paramref name="progress"/> as each document is analysed.</summary>
    public async Task<ImmutableArray<DocumentAnalysisResult>> AnalyzeAsync(IEnumerable<TextDocument> documents, IProgress<int>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var list = documents.ToArray();
        var results = new DocumentAnalysisResult[list.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxDegreeOfParallelism), CancellationToken = cancellationToken };
        if (!_hasRunActions)
        {
            await Parallel.ForAsync(0, list.Length, parallel, (i, ct) =>
            {
                results[i] = Analyze(list[i], ct);
                progress?.Report(1);
                return ValueTask.CompletedTask;
            }).ConfigureAwait(false);
            return [.. results];
        }

        // A run with start/end actions keeps each document's raw diagnostics until the end actions
        // have reported theirs: configuration and suppressions then apply to all of them alike.
        var run = AnalyzerRun.Start(_analyzers, [.. list], cancellationToken);
        var collected = new List<Diagnostic>[list.Length];
        await Parallel.ForAsync(0, list.Length, parallel, (i, ct) =>
        {
            collected[i] = Collect(list[i], run.Analyzers, ct);
            ReleaseSyntaxIfAsked(list[i]);
            progress?.Report(1);
            return ValueTask.CompletedTask;
        }).ConfigureAwait(false);
        run.End(collected, cancellationToken);
        for (var i = 0; i < list.Length; i++)
        {
            results[i] = Finish(list[i], collected[i]);
            ReleaseSyntaxIfAsked(list[i]);
        }

        return [.. results];
    }

    public ImmutableArray<Diagnostic> AnalyzeDocument(TextDocument document, CancellationToken cancellationToken = default) =>
        Analyze(document, cancellationToken).Diagnostics;

    /// <summary>
    /// Documents at least this long (in characters) are analysed by several analyzers at once when
    /// the driver may use more than one thread: a single large file would otherwise use one core.
    /// </summary>
    public const int ConcurrentAnalyzersThreshold = 1_000_000;

    /// <summary>
    /// Analyses one document. A document of <see cref="ConcurrentAnalyzersThreshold"/> characters or
    /// more runs its analyzers concurrently (as documents already are); the result is the same.
    /// </summary>
    /// <remarks>One document is a run of its own: run start and end actions see it alone.</remarks>
    public DocumentAnalysisResult Analyze(TextDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        List<Diagnostic> collected;
        if (_hasRunActions)
        {
            var run = AnalyzerRun.Start(_analyzers, [document], cancellationToken);
            collected = Collect(document, run.Analyzers, cancellationToken);
            run.End([collected], cancellationToken);
        }
        else
        {
            collected = Collect(document, _analyzers, cancellationToken);
        }

        var result = Finish(document, collected);
        ReleaseSyntaxIfAsked(document);
        return result;
    }

    private void ReleaseSyntaxIfAsked(TextDocument document)
    {
        if (_options.ReleaseSyntaxAfterAnalysis)
        {
            document.ReleaseSyntax();
        }
    }

    /// <summary>Every diagnostic the analyzers report on one document, before configuration and suppressions.</summary>
    private List<Diagnostic> Collect(TextDocument document, ImmutableArray<InitializedAnalyzer> analyzers, CancellationToken cancellationToken)
    {
        var collected = new List<Diagnostic>();
        if (document.Text.Length >= ConcurrentAnalyzersThreshold && _options.MaxDegreeOfParallelism > 1 && _options.BlockCache is null && analyzers.Length > 1)
        {
            RunAnalyzersConcurrently(document, analyzers, collected, cancellationToken);
            return collected;
        }

        // One cache per document, reused by the next document this thread analyses.
        var prefilterCache = t_prefilterCache ?? new Dictionary<TextPrefilter, bool>(analyzers.Length * 2, ReferenceEqualityComparer.Instance);
        t_prefilterCache = null;
        try
        {
            var blockKeys = _options.BlockCache is null ? null : new Lazy<DocumentBlockKeys>(() => DocumentBlockKeys.Create(document, document.GetSyntax()), LazyThreadSafetyMode.None);
            foreach (var (analyzer, actions, supported, languages) in analyzers)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!IsAnyRuleEnabled(supported, document.Path))
                {
                    continue;
                }

                // Per-run actions may gather state as they go: their block results are never replayed from a cache.
                var blockCache = actions.HasRunActions ? null : _options.BlockCache;
                RunAnalyzer(document, analyzer, actions, supported, languages, collected, prefilterCache, blockCache, blockKeys, _options.RuleTimeout, cancellationToken);
            }
        }
        finally
        {
            prefilterCache.Clear();
            t_prefilterCache = prefilterCache;
        }

        return collected;
    }

    // Analyzers share the document and its syntax (built once, by the first that needs it, only
    // if one does; lazily built parts are thread-safe), each reports into a list of its own, and
    // the lists are joined in analyzer order: the result does not depend on which finished first.
    private void RunAnalyzersConcurrently(
        TextDocument document,
        ImmutableArray<InitializedAnalyzer> analyzers,
        List<Diagnostic> collected,
        CancellationToken cancellationToken)
    {
        var reported = new List<Diagnostic>?[analyzers.Length];
        Parallel.For(
            0,
            analyzers.Length,
            new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism, CancellationToken = cancellationToken },
            i =>
            {
                var (analyzer, actions, supported, languages) = analyzers[i];
                if (!IsAnyRuleEnabled(supported, document.Path))
                {
                    return;
                }

                var sink = new List<Diagnostic>();
                var prefilterCache = new Dictionary<TextPrefilter, bool>(ReferenceEqualityComparer.Instance);
                RunAnalyzer(document, analyzer, actions, supported, languages, sink, prefilterCache, blockCache: null, blockKeys: null, _options.RuleTimeout, cancellationToken);
                reported[i] = sink;
            });

        foreach (var list in reported)
        {
            if (list is not null)
            {
                collected.AddRange(list);
            }
        }
    }

    private bool IsAnyRuleEnabled(ImmutableArray<DiagnosticDescriptor> supported, string path)
    {
        foreach (var descriptor in supported)
        {
            if (_options.Configuration.GetEffectiveSeverity(descriptor, path) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static void RunAnalyzer(
        TextDocument document,
        DocumentAnalyzer analyzer,
        AnalyzerActions actions,
        ImmutableArray<DiagnosticDescriptor> supported,
        ImmutableArray<string> languages,
        List<Diagnostic> sink,
        Dictionary<TextPrefilter, bool> prefilterCache,
        BlockResultCache? blockCache,
        Lazy<DocumentBlockKeys>? blockKeys,
        TimeSpan? ruleTimeout,
        CancellationToken cancellationToken)
    {
        // Most analyzers have nothing to do on most documents (none of their literals): decided before the
        // run's state is rented. The language is asked below, once something would run.
        if (!MightRun(document, actions, prefilterCache))
        {
            return;
        }

        var collector = ReportCollector.Rent(document, supported);
        var reported = collector.Reported;
        using var budget = RuleBudget.Start(ruleTimeout, document.Text.Length);
        var context = new DocumentAnalysisContext(document, collector.Report, cancellationToken);

        // Asked only once an action's prefilter passed: the language needs the document's syntax.
        bool? languageMatches = null;
        // A document whose language cannot be told (too little text) gets every analyzer.
        bool LanguageMatches() => languageMatches ??=
            languages.IsEmpty ||
            document.GetSyntax().Language is var language && (language == DocumentLanguage.Unknown || IsOneOf(language, languages));

        try
        {
            // Once an earlier analyzer has built the syntax, the language costs nothing to ask: an analyzer
            // of another language is skipped before its literals are searched for in the whole text.
            if (document.IsSyntaxBuilt && !LanguageMatches())
            {
                return;
            }

            foreach (var (action, prefilter) in actions.DocumentActions)
            {
                if (Passes(prefilter, document.Text, prefilterCache) && LanguageMatches())
                {
                    action(context);
                }
            }

            if (actions.NeedsSyntax && HasCandidates(actions, document.Text, prefilterCache) && LanguageMatches())
            {
                if (blockCache is not null && blockKeys is not null)
                {
                    RunCachedSyntaxActions(context, analyzer, actions, blockCache, blockKeys.Value, reported, cancellationToken);
                }
                else
                {
                    RunSyntaxActions(context, actions, cancellationToken);
                }
            }

            sink.AddRange(reported);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (RegexMatchTimeoutException ex)
        {
            sink.AddRange(reported);
            sink.Add(TimedOut(document, supported, budget.Budget.Position, $"a pattern took longer than {(int)ex.MatchTimeout.TotalMilliseconds} ms"));
        }
        catch (RuleBudgetExceededException ex)
        {
            sink.AddRange(reported);
            sink.Add(TimedOut(document, supported, ex.Position, $"it ran longer than its budget of {(long)ex.Budget.TotalMilliseconds} ms"));
        }
        catch (Exception ex)
        {
            sink.AddRange(reported);
            sink.Add(Diagnostic.Create(SdkDiagnostics.AnalyzerException, Location.Create(document.Path, document.Text, default), analyzer.ToString(), ex.GetType().Name, ex.Message));
        }
        finally
        {
            // Everything reported has been copied to the sink by now.
            collector.Return();
        }
    }

    /// <summary>
    /// False when the analyzer certainly does nothing on the document: no action's prefilter passes. The
    /// prefilters are cached per document, so asking here costs the run nothing.
    /// </summary>
    private static bool MightRun(TextDocument document, AnalyzerActions actions, Dictionary<TextPrefilter, bool> prefilterCache)
    {
        foreach (var (_, prefilter) in actions.DocumentActions)
        {
            if (Passes(prefilter, document.Text, prefilterCache))
            {
                return true;
            }
        }

        return actions.NeedsSyntax && HasCandidates(actions, document.Text, prefilterCache);
    }

    // A loop, not Enumerable.Contains: that boxes the ImmutableArray, for every analyzer on every document.
    private static bool IsOneOf(string language, ImmutableArray<string> languages)
    {
        foreach (var candidate in languages)
        {
            if (string.Equals(candidate, language, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Throws, as Roslyn does, for a diagnostic the analyzer did not declare or placed outside the document.</summary>
    internal static void EnsureReportable(Diagnostic diagnostic, ImmutableArray<DiagnosticDescriptor> supported, TextDocument document)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (!supported.Any(d => d.Id == diagnostic.Id))
        {
            throw new ArgumentException($"Reported diagnostic '{diagnostic.Id}' is not in SupportedDiagnostics.");
        }

        if (diagnostic.Location.SourceSpan.End > document.Text.Length)
        {
            throw new ArgumentException($"Reported diagnostic '{diagnostic.Id}' has span {diagnostic.Location.SourceSpan} outside the document (length {document.Text.Length}).");
        }
    }

    /// <summary>DR0002 naming the analyzer's rules, at the position where it was working.</summary>
    private static Diagnostic TimedOut(TextDocument document, ImmutableArray<DiagnosticDescriptor> supported, int position, string reason)
    {
        var rules = string.Join(", ", supported.Select(d => d.Id).Distinct(StringComparer.Ordinal));
        var location = Location.Create(document.Path, document.Text, new TextSpan(Math.Clamp(position, 0, document.Text.Length), 0));
        return Diagnostic.Create(SdkDiagnostics.RuleTimedOut, location, rules, reason);
    }

    // Skip building the syntax at all when no action's literals occur in the document.
    private static bool HasCandidates(AnalyzerActions actions, SourceText text, Dictionary<TextPrefilter, bool> prefilterCache)
    {
        foreach (var action in actions.BlockActions)
        {
            if (Passes(action.Prefilter, text, prefilterCache))
            {
                return true;
            }
        }

        foreach (var action in actions.SentenceActions)
        {
            if (Passes(action.Prefilter, text, prefilterCache))
            {
                return true;
            }
        }

        foreach (var action in actions.LineActions)
        {
            if (Passes(action.Prefilter, text, prefilterCache))
            {
                return true;
            }
        }

        return false;
    }

    private static void RunSyntaxActions(DocumentAnalysisContext context, AnalyzerActions actions, CancellationToken cancellationToken)
    {
        var syntax = context.Syntax;
        foreach (var block in syntax.Blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            RuleBudget.Check(block.Span.Start);
            RunBlockActions(context, actions, block);
        }

        if (actions.LineActions.Count > 0)
        {
            var lines = context.Document.Text.Lines;
            var last = DocumentBlockKeys.FindLastNonBlankLine(lines, syntax);
            for (var i = 0; i <= last; i++)
            {
                RuleBudget.Check(lines[i].Start);
                RunLineActions(context, actions, syntax, lines[i], i == last);
            }
        }
    }

    /// <summary>
    /// As <see cref="RunSyntaxActions"/>, but blocks whose key is in <paramref name="cache"/> are not
    /// analysed: their diagnostics are moved to the block's new place. Diagnostics come in the same
    /// order as without the cache. Entries are stored only once the whole analyzer has succeeded.
    /// </summary>
    private static void RunCachedSyntaxActions(
        DocumentAnalysisContext context,
        DocumentAnalyzer analyzer,
        AnalyzerActions actions,
        BlockResultCache cache,
        DocumentBlockKeys keys,
        List<Diagnostic> reported,
        CancellationToken cancellationToken)
    {
        var document = context.Document;
        var syntax = context.Syntax;
        var blocks = syntax.Blocks;
        var hits = new BlockResultCache.Entry?[blocks.Length];
        var pending = new PendingBlock?[blocks.Length];
        for (var i = 0; i < blocks.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            RuleBudget.Check(blocks[i].Span.Start);
            var key = keys.Blocks[i];
            if (key.Cacheable)
            {
                // A block no action would look at costs a prefilter scan: cheaper than a lookup.
                if (!WouldRun(actions, blocks[i], key, syntax, document.Text.Lines))
                {
                    continue;
                }

                if (cache.TryGet(analyzer, keys.GetHash(i), out var entry))
                {
                    hits[i] = entry;
                    AddMoved(entry.BlockDiagnostics, entry.Anchor, key.Lines.Start, document, reported);
                    continue;
                }
            }

            var before = reported.Count;
            var ran = RunBlockActions(context, actions, blocks[i]);
            if (key.Cacheable)
            {
                pending[i] = new PendingBlock(ran, reported.GetRange(before, reported.Count - before));
            }
        }

        if (actions.LineActions.Count > 0)
        {
            var lines = document.Text.Lines;
            for (var i = 0; i <= keys.LastNonBlankLine; i++)
            {
                var owner = keys.LineOwners[i];
                if (owner >= 0 && hits[owner] is { } entry)
                {
                    if (i == keys.Blocks[owner].FirstLine)
                    {
                        AddMoved(entry.LineDiagnostics, entry.Anchor, keys.Blocks[owner].Lines.Start, document, reported);
                    }

                    continue;
                }

                RuleBudget.Check(lines[i].Start);
                var before = reported.Count;
                var ran = RunLineActions(context, actions, syntax, lines[i], i == keys.LastNonBlankLine);
                if (owner >= 0 && pending[owner] is { } block)
                {
                    block.Ran |= ran;
                    block.Lines.AddRange(reported.GetRange(before, reported.Count - before));
                }
            }
        }

        for (var i = 0; i < blocks.Length; i++)
        {
            if (pending[i] is { Ran: true } block && IsMovable(block, keys.Blocks[i].Lines, document.Path))
            {
                cache.Set(analyzer, keys.GetHash(i), new BlockResultCache.Entry(keys.Blocks[i].Lines.Start, [.. block.Blocks], [.. block.Lines]));
            }
        }
    }

    /// <summary>True when any block, sentence or line action passes its filters on the block (or its lines).</summary>
    private static bool WouldRun(AnalyzerActions actions, BlockSyntax block, BlockKey key, DocumentSyntax syntax, TextLineCollection lines)
    {
        foreach (var (_, kinds, prefilter) in actions.BlockActions)
        {
            if ((kinds.IsEmpty || kinds.Contains(block.Kind)) && (prefilter is null || prefilter.MightMatch(block.Prose)))
            {
                return true;
            }
        }

        foreach (var (_, prefilter) in actions.SentenceActions)
        {
            if (prefilter is null || prefilter.MightMatch(block.Prose))
            {
                return true;
            }
        }

        if (actions.LineActions.Count == 0)
        {
            return false;
        }

        for (var line = key.FirstLine; line <= key.LastLine; line++)
        {
            var prose = syntax.Prose.AsSpan(lines[line].Span.Start, lines[line].Span.Length);
            if (prose.IsWhiteSpace())
            {
                continue;
            }

            foreach (var (_, prefilter) in actions.LineActions)
            {
                if (prefilter is null || prefilter.MightMatch(prose))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsMovable(PendingBlock block, TextSpan lines, string path)
    {
        foreach (var diagnostic in block.Blocks.Concat(block.Lines))
        {
            if (diagnostic.Location.Path != path || !lines.Contains(diagnostic.Location.SourceSpan) ||
                !RuleMatch.TryShiftProperties(diagnostic.Properties, lines, 0, out _))
            {
                return false;
            }
        }

        return true;
    }

    private static void AddMoved(ImmutableArray<Diagnostic> diagnostics, int anchor, int start, TextDocument document, List<Diagnostic> sink)
    {
        var delta = start - anchor;
        foreach (var diagnostic in diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            RuleMatch.TryShiftProperties(diagnostic.Properties, new TextSpan(0, int.MaxValue), delta, out var properties);
            var location = Location.Create(document.Path, document.Text, new TextSpan(span.Start + delta, span.Length));
            sink.Add(diagnostic.WithLocationAndProperties(location, properties));
        }
    }

    /// <summary>Runs the block and sentence actions on one block; true when any passed its filters.</summary>
    private static bool RunBlockActions(DocumentAnalysisContext context, AnalyzerActions actions, BlockSyntax block)
    {
        var ran = false;
        foreach (var (action, kinds, prefilter) in actions.BlockActions)
        {
            if ((kinds.IsEmpty || kinds.Contains(block.Kind)) && (prefilter is null || prefilter.MightMatch(block.Prose)))
            {
                ran = true;
                action(new BlockAnalysisContext(context, block));
            }
        }

        foreach (var (action, prefilter) in actions.SentenceActions)
        {
            if (prefilter is null)
            {
                ran = true;
                foreach (var sentence in block.Sentences)
                {
                    action(new SentenceAnalysisContext(context, sentence));
                }

                continue;
            }

            ran |= RunSentencesWithLiterals(context, action, prefilter, block);
        }

        return ran;
    }

    /// <summary>
    /// Runs a sentence action on the sentences of <paramref name="block"/> in which one of its literals
    /// starts: a sentence without one cannot match, and scanning on from each hit reads the block once
    /// where running the pattern on every sentence of a block with one hit would read it many times.
    /// True when the block holds a literal at all (the block-level answer, as for the other actions).
    /// </summary>
    private static bool RunSentencesWithLiterals(DocumentAnalysisContext context, Action<SentenceAnalysisContext> action, TextPrefilter prefilter, BlockSyntax block)
    {
        var prose = block.Document.Prose;
        var sentences = block.Sentences;
        var ran = false;
        var next = 0;
        while (next < sentences.Length)
        {
            var from = sentences[next].Span.Start;
            var hit = prefilter.IndexOfAny(prose.AsSpan(from, block.Span.End - from));
            if (hit < 0)
            {
                break;
            }

            ran = true;
            var at = from + hit;
            while (next < sentences.Length && sentences[next].Span.End <= at)
            {
                next++;
            }

            // A hit between two sentences (in the white space the segmenter leaves out) names no sentence: search on from the next.
            if (next < sentences.Length && sentences[next].Span.Start <= at)
            {
                action(new SentenceAnalysisContext(context, sentences[next]));
                next++;
            }
        }

        return ran;
    }

    /// <summary>Runs the line actions on one line with prose; true when any passed its filter.</summary>
    private static bool RunLineActions(DocumentAnalysisContext context, AnalyzerActions actions, DocumentSyntax syntax, TextLine line, bool isLast)
    {
        var prose = syntax.Prose.AsSpan(line.Span.Start, line.Span.Length);
        if (prose.IsWhiteSpace())
        {
            return false;
        }

        var ran = false;
        foreach (var (action, prefilter) in actions.LineActions)
        {
            if (prefilter is null || prefilter.MightMatch(prose))
            {
                ran = true;
                action(new LineAnalysisContext(context, line, isLast));
            }
        }

        return ran;
    }

    private sealed class PendingBlock(bool ran, List<Diagnostic> blocks)
    {
        public bool Ran { get; set; } = ran;

        public List<Diagnostic> Blocks { get; } = blocks;

        public List<Diagnostic> Lines { get; } = [];
    }

    private static bool Passes(TextPrefilter? prefilter, SourceText text, Dictionary<TextPrefilter, bool> cache)
    {
        if (prefilter is null)
        {
            return true;
        }

        if (!cache.TryGetValue(prefilter, out var passes))
        {
            passes = prefilter.MightMatch(text.AsSpan());
            cache[prefilter] = passes;
        }

        return passes;
    }

    private DocumentAnalysisResult Finish(TextDocument document, List<Diagnostic> collected)
    {
        var configuration = _options.Configuration;
        var suppressions = _options.ApplyInlineSuppressions ? ParseSuppressions(document) : null;
        var used = new HashSet<(InlineSuppression, string)>();
        var kept = new List<Diagnostic>(collected.Count);
        var suppressedCount = 0;
        foreach (var diagnostic in collected)
        {
            var severity = configuration.GetEffectiveSeverity(diagnostic.Descriptor, document.Path);
            if (severity is null)
            {
                continue;
            }

            if (suppressions is not null && suppressions.IsSuppressed(diagnostic, used))
            {
                suppressedCount++;
                continue;
            }

            kept.Add(diagnostic.WithSeverity(severity.Value));
        }

        // A general rule gives way to a specific one on the same text (after configuration and
        // suppressions: a rule turned off or suppressed takes no precedence).
        kept = DiagnosticPrecedence.Apply(kept);
        if (suppressions is not null && !suppressions.IsEmpty)
        {
            AddSuppressionDiagnostics(document, suppressions, used, kept);
        }

        AddFrontMatterDiagnostic(document, kept);
        AddIncompleteModelDiagnostic(document, kept);

        // A stable sort: diagnostics at the same place with the same id keep the order analyzers
        // reported them in, so every run (and every snapshot) prints the same list.
        // (Array.Sort is not stable: the reporting order is the last key.)
        var order = new (Diagnostic Diagnostic, int Reported)[kept.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = (kept[i], i);
        }

        Array.Sort(order, static (a, b) =>
        {
            var byStart = a.Diagnostic.Location.SourceSpan.Start.CompareTo(b.Diagnostic.Location.SourceSpan.Start);
            if (byStart != 0)
            {
                return byStart;
            }

            var byId = string.CompareOrdinal(a.Diagnostic.Id, b.Diagnostic.Id);
            return byId != 0 ? byId : a.Reported.CompareTo(b.Reported);
        });
        var sorted = ImmutableArray.CreateBuilder<Diagnostic>(order.Length);
        foreach (var (diagnostic, _) in order)
        {
            sorted.Add(diagnostic);
        }

        return new DocumentAnalysisResult(document, sorted.MoveToImmutable(), suppressedCount);
    }

    private static SuppressionMap ParseSuppressions(TextDocument document)
    {
        // Markdown code that shows a suppression comment (documentation about docrules) is not one.
        var mayHaveComments = document.Text.AsSpan().Contains("docrules-", StringComparison.Ordinal);
        var code = mayHaveComments && document.Kind == DocumentKind.Markdown ? document.GetSyntax().CodeSpans : [];
        return SuppressionMap.Parse(document.Text, code);
    }

    private void AddFrontMatterDiagnostic(TextDocument document, List<Diagnostic> kept)
    {
        // Only a Markdown document that opens with "---" can have front matter: others never build syntax here.
        if (document.Kind != DocumentKind.Markdown || !document.Text.AsSpan().StartsWith("---", StringComparison.Ordinal) ||
            _options.Configuration.GetEffectiveSeverity(SdkDiagnostics.InvalidFrontMatter, document.Path) is not { } severity ||
            document.GetSyntax().FrontMatterError is not { } error)
        {
            return;
        }

        kept.Add(Diagnostic.Create(SdkDiagnostics.InvalidFrontMatter, Location.Create(document.Path, document.Text, error.Span), error.Message).WithSeverity(severity));
    }

    // Only a model some rule asked for can have given up: the syntax is built, and the model exists for it.
    private void AddIncompleteModelDiagnostic(TextDocument document, List<Diagnostic> kept)
    {
        if (!document.IsSyntaxBuilt || DocumentSemantics.Existing(document.GetSyntax()) is not { IncompleteSpans.IsEmpty: false } semantics
            || _options.Configuration.GetEffectiveSeverity(SdkDiagnostics.SemanticModelIncomplete, document.Path) is not { } severity)
        {
            return;
        }

        // A race may give up on the same span twice; a block's names or dates are given up as the block's span.
        var spans = semantics.IncompleteSpans.Distinct().ToList();
        var at = spans.MinBy(span => span.Start);
        kept.Add(Diagnostic.Create(SdkDiagnostics.SemanticModelIncomplete, Location.Create(document.Path, document.Text, at), spans.Count).WithSeverity(severity));
    }

    private void AddSuppressionDiagnostics(TextDocument document, SuppressionMap suppressions, HashSet<(InlineSuppression, string)> used, List<Diagnostic> kept)
    {
        var configuration = _options.Configuration;
        var unusedSeverity = configuration.GetEffectiveSeverity(SdkDiagnostics.UnusedSuppression, document.Path);
        var invalidSeverity = configuration.GetEffectiveSeverity(SdkDiagnostics.InvalidSuppression, document.Path);
        if (unusedSeverity is { } unused)
        {
            foreach (var suppression in suppressions.Suppressions)
            {
                var names = suppression.RuleIds.IsEmpty ? ["*"] : suppression.RuleIds.Select(id => id.ToUpperInvariant());
                foreach (var name in names)
                {
                    // Only rules that ran can prove a suppression stale; an unknown id is reported too.
                    if (!used.Contains((suppression, name)))
                    {
                        var location = Location.Create(document.Path, document.Text, suppression.CommentSpan);
                        kept.Add(Diagnostic.Create(SdkDiagnostics.UnusedSuppression, location, name == "*" ? "all rules" : name).WithSeverity(unused));
                    }
                }
            }
        }

        if (invalidSeverity is { } invalid)
        {
            foreach (var (span, problem) in suppressions.Errors)
            {
                kept.Add(Diagnostic.Create(SdkDiagnostics.InvalidSuppression, Location.Create(document.Path, document.Text, span), problem).WithSeverity(invalid));
            }
        }
    }
}
