using System.Collections.Immutable;
using RulesSdk.CodeFixes;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.TestSupport;

/// <summary>A code fix provider assembled from a delegate.</summary>
internal sealed class TestFixer(string name, ImmutableArray<string> ids, Func<CodeFixContext, Task> register) : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ids;

    public override Task RegisterCodeFixesAsync(CodeFixContext context) => register(context);

    public override string ToString() => name;

    /// <summary>A safe fix replacing the diagnostic's span with <paramref name="replacement"/>.</summary>
    public static TestFixer Replacing(string id, string replacement, string? title = null) =>
        new(
            "Replace" + id,
            [id],
            context =>
            {
                context.RegisterCodeFix(CodeAction.Create(title ?? $"Replace with '{replacement}'", [new TextChange(context.Span, replacement)]));
                return Task.CompletedTask;
            });

    /// <summary>A safe fix computed from the document text.</summary>
    public static TestFixer Computing(string id, Func<TextDocument, CodeFixContext, ImmutableArray<TextChange>> changes) =>
        new(
            "Compute" + id,
            [id],
            context =>
            {
                context.RegisterCodeFix(CodeAction.Create("Fix " + id, (document, _) => Task.FromResult(changes(document, context))));
                return Task.CompletedTask;
            });
}
