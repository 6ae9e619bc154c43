namespace RulesSdk.Diagnostics;

/// <summary>Diagnostics the SDK itself reports, as Roslyn reports AD0001.</summary>
public static class SdkDiagnostics
{
    public const string Category = "RulesSdk";

    public static DiagnosticDescriptor AnalyzerException { get; } = new(
        "DR0001",
        "Analyzer threw an exception",
        "Analyzer '{0}' threw {1} on this document: {2}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An analyzer failed on this document. Its other results and every other analyzer's results are still reported. Report the failure to the rule's author with the document.");

    public static DiagnosticDescriptor RuleTimedOut { get; } = new(
        "DR0002",
        "Rule timed out",
        "Rule '{0}' timed out on this document ({1}) and was skipped for it",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A rule's regular expression hit its match timeout, or the rule spent its time budget on the document (AnalyzerDriverOptions.RuleTimeout). Simplify the pattern (avoid nested quantifiers) or split the document.");

    public static DiagnosticDescriptor UnusedSuppression { get; } = new(
        "DR0003",
        "Suppression suppresses nothing",
        "Suppression of '{0}' suppresses nothing; remove it",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "An inline docrules-disable comment names a rule that reports nothing in its range. Remove the stale comment.");

    public static DiagnosticDescriptor InvalidSuppression { get; } = new(
        "DR0004",
        "Malformed suppression comment",
        "Malformed suppression comment: {0}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A docrules-disable or docrules-enable comment could not be read.");

    public static DiagnosticDescriptor InvalidFrontMatter { get; } = new(
        "DR0005",
        "Malformed front matter",
        "{0}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A Markdown document's YAML front matter could not be read (YamlDotNet's error, at its place in the document). Its options and declared language are ignored until it is fixed.");

    public static DiagnosticDescriptor SemanticModelIncomplete { get; } = new(
        "DR0006",
        "Semantic model incomplete",
        "The semantic model gave up on {0} sentence(s) or paragraph(s) of this document, the first here: a pattern ran past its time limit; rules that read voice, person, stance, names or dates skipped them",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A pattern of the semantic model hit its match timeout on a sentence (very long or hostile input, or a machine under heavy load). The model reads that sentence as having no clauses, names or dates, so the rules that ask it report nothing there, and goes on with the rest of the document: every other finding is kept. Split the document or its longest paragraphs, or run again on a quieter machine.");

    /// <summary>
    /// A host that is handed a document's text (the language server) did not analyse it: the text is over the
    /// configuration's <c>maxFileSize</c>. The command line skips such files before reading them, with a warning.
    /// </summary>
    public static DiagnosticDescriptor DocumentTooLarge { get; } = new(
        "DR0007",
        "Document too large to analyse",
        "This document was not analysed: {0} bytes, larger than {1} (maxFileSize); the rules run again once it is under the limit",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The document's UTF-8 text is larger than maxFileSize in .docrules.json (10 MB by default), the limit docrules check skips files over. An editor hands the text to the language server, which reports it once at the start of the document instead of analysing it; an edit that brings it under the limit starts the analysis again. Raise maxFileSize or split the document.");
}
