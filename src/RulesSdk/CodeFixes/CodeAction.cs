using System.Collections.Immutable;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.CodeFixes;

/// <summary>A titled change to a document, as Roslyn's CodeAction; its equivalence key groups it for fix-all.</summary>
public abstract class CodeAction
{
    public abstract string Title { get; }

    /// <summary>Actions with the same key are "the same fix" (fix-all, editor grouping). Defaults to the title.</summary>
    public virtual string EquivalenceKey => Title;

    /// <summary>The changes, all expressed against <paramref name="document"/>'s text.</summary>
    public abstract Task<ImmutableArray<TextChange>> GetChangesAsync(TextDocument document, CancellationToken cancellationToken);

    public async Task<SourceText> ApplyAsync(TextDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var changes = await GetChangesAsync(document, cancellationToken).ConfigureAwait(false);
        return document.Text.WithChanges(changes);
    }

    public static CodeAction Create(string title, ImmutableArray<TextChange> changes, string? equivalenceKey = null) =>
        new FixedChangesAction(title, changes, equivalenceKey ?? title);

    public static CodeAction Create(string title, Func<TextDocument, CancellationToken, Task<ImmutableArray<TextChange>>> createChanges, string? equivalenceKey = null) =>
        new DelegateAction(title, createChanges, equivalenceKey ?? title);

    /// <summary>An action that produces a whole new text; the change is reduced to the differing middle so it merges with others.</summary>
    public static CodeAction CreateWithNewText(string title, Func<TextDocument, CancellationToken, Task<SourceText>> createText, string? equivalenceKey = null) =>
        new DelegateAction(
            title,
            async (document, ct) =>
            {
                var newText = await createText(document, ct).ConfigureAwait(false);
                return [MinimalChange(document.Text, newText)];
            },
            equivalenceKey ?? title);

    public override string ToString() => Title;

    internal static TextChange MinimalChange(SourceText oldText, SourceText newText)
    {
        var a = oldText.AsSpan();
        var b = newText.AsSpan();
        var prefix = a.CommonPrefixLength(b);
        var maxSuffix = Math.Min(a.Length, b.Length) - prefix;
        var suffix = 0;
        while (suffix < maxSuffix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            suffix++;
        }

        return new TextChange(TextSpan.FromBounds(prefix, a.Length - suffix), b[prefix..(b.Length - suffix)].ToString());
    }

    private sealed class FixedChangesAction(string title, ImmutableArray<TextChange> changes, string key) : CodeAction
    {
        public override string Title => title;

        public override string EquivalenceKey => key;

        public override Task<ImmutableArray<TextChange>> GetChangesAsync(TextDocument document, CancellationToken cancellationToken) =>
            Task.FromResult(changes);
    }

    private sealed class DelegateAction(string title, Func<TextDocument, CancellationToken, Task<ImmutableArray<TextChange>>> create, string key) : CodeAction
    {
        public override string Title => title;

        public override string EquivalenceKey => key;

        public override Task<ImmutableArray<TextChange>> GetChangesAsync(TextDocument document, CancellationToken cancellationToken) =>
            create(document, cancellationToken);
    }
}
