using Microsoft.CodeAnalysis;

namespace RulesSdk.Roslyn;

/// <summary>The bridge's own diagnostics: what went wrong around the rules, each naming the file and the cause.</summary>
internal static class BridgeDescriptors
{
    public const string Category = "RulesSdk";

    private const string HelpLink = "https://github.com/rulessdk/rulessdk/blob/main/docs/roslyn.md#diagnostics-of-the-analyzer";

    /// <summary>Like AD0001: the engine is missing, exited, or refused its input; the build goes on.</summary>
    public static readonly DiagnosticDescriptor EngineFailed = new(
        "DR0100",
        "The docrules engine failed",
        "docrules could not check '{0}': {1}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The engine that runs the rules is missing, did not start, exited, or rejected its input (for example a rule pack that does not compile). The document was not checked; the build goes on.",
        helpLinkUri: HelpLink);

    public static readonly DiagnosticDescriptor NotUtf8 = new(
        "DR0101",
        "Document is not UTF-8 text",
        "'{0}' was not checked: {1}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Documents must be UTF-8 (or carry a byte order mark). A file the compiler had to decode with a legacy code page, or that holds NUL characters, is skipped.",
        helpLinkUri: HelpLink);

    public static readonly DiagnosticDescriptor TimedOut = new(
        "DR0102",
        "Time budget exceeded",
        "docrules did not finish '{0}' within {1} s; the engine was restarted and the document skipped",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A document took longer than DocRulesTimeoutSeconds. The engine is stopped so the compiler never waits longer than the budget.",
        helpLinkUri: HelpLink);

    /// <summary>
    /// A binary file among the documents (a .png a glob caught, a .md that is really a zip): the targets leave it out of
    /// AdditionalFiles, where the compiler would fail the build with CS2015, and list it for this diagnostic. Reported
    /// as a warning for a file named in DocRulesInclude, as a message (Info) for one a wildcard caught.
    /// </summary>
    public static readonly DiagnosticDescriptor BinaryDocument = new(
        "DR0103",
        "Binary file among the documents",
        "'{0}' was not checked: {1}; binary files are left out of the compiler's additional files (it can fail the build on them with CS2015)",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "DocRulesInclude matched a file that is not text: a binary type by its extension, or content holding NUL or other control characters (what docrules check skips as binary). Named explicitly, it is a warning; caught by a wildcard, a message, so a glob such as docs/**/* never fails the build. Narrow DocRulesInclude or add the file to DocRulesExclude.",
        helpLinkUri: HelpLink);

    /// <summary>Rules of packs the analyzer cannot declare in advance report under this id; the message starts with the real one.</summary>
    public static readonly DiagnosticDescriptor OtherPackRule = new(
        "DR1000",
        "Rule of a project rule pack",
        "{0}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A diagnostic of a rule pack named in .docrules.json. Roslyn needs every diagnostic id before analysis starts, so these arrive under DR1000 with the rule's own id first in the message; set their severities in .docrules.json.",
        helpLinkUri: HelpLink);
}
