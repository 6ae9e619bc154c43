using RulesSdk.Diagnostics;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.CodeFixes;

/// <summary>What a <see cref="CodeFixProvider"/> is asked to fix, and where it registers its actions.</summary>
public sealed class CodeFixContext
{
    private readonly List<CodeFix> _fixes = [];

    public CodeFixContext(TextDocument document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        Document = document;
        Diagnostic = diagnostic;
        CancellationToken = cancellationToken;
    }

    public TextDocument Document { get; }

    public Diagnostic Diagnostic { get; }

    public TextSpan Span => Diagnostic.Location.SourceSpan;

    public CancellationToken CancellationToken { get; }

    internal IReadOnlyList<CodeFix> Fixes => _fixes;

    /// <summary>
    /// Registers the diagnostic's safe fix: the one fix-all applies without asking. A diagnostic
    /// has at most one; register further options with <see cref="RegisterSuggestion"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">A safe fix was already registered for the diagnostic.</exception>
    public void RegisterCodeFix(CodeAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (_fixes.Any(f => f.IsSafe))
        {
            throw new InvalidOperationException($"Diagnostic {Diagnostic.Id} already has a safe fix ('{_fixes.First(f => f.IsSafe).Action.Title}'); register '{action.Title}' as a suggestion.");
        }

        _fixes.Add(new CodeFix(action, Diagnostic, IsSafe: true));
    }

    /// <summary>Registers a fix people may choose; it is never applied automatically.</summary>
    public void RegisterSuggestion(CodeAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _fixes.Add(new CodeFix(action, Diagnostic, IsSafe: false));
    }
}
