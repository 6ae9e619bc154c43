using System.Collections.Immutable;
using RulesSdk.CodeFixes;
using RulesSdk.Text;

namespace RulesSdk.Testing.Tests;

/// <summary>Safe fix for TST0001: delete the word and the space after it; suggestion: replace it with "essentially".</summary>
public sealed class FillerWordCodeFixProvider : CodeFixProvider
{
    public const string DeleteTitle = "Delete the filler word";
    public const string ReplaceTitle = "Replace with 'essentially'";

    public override ImmutableArray<string> FixableDiagnosticIds => [FillerWordAnalyzer.DiagnosticId];

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var span = context.Span;
        var text = context.Document.Text;
        var end = span.End < text.Length && text[span.End] == ' ' ? span.End + 1 : span.End;
        context.RegisterCodeFix(CodeAction.Create(DeleteTitle, [new TextChange(TextSpan.FromBounds(span.Start, end), string.Empty)]));
        context.RegisterSuggestion(CodeAction.Create(ReplaceTitle, [new TextChange(span, "essentially")], equivalenceKey: "essentially"));
        return Task.CompletedTask;
    }
}

/// <summary>Safe fix for TST0002: "!!" → "!".</summary>
public sealed class DoubledExclamationCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => [DoubledExclamationAnalyzer.DiagnosticId];

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        context.RegisterCodeFix(CodeAction.Create("Use one exclamation mark", [new TextChange(context.Span, "!")]));
        return Task.CompletedTask;
    }
}
