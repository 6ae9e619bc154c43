using RulesSdk.Diagnostics;
using RulesSdk.Workspaces;

namespace RulesSdk.Rules;

/// <summary>Builds a declarative rule's diagnostic: message arguments from captures, the match in its properties.</summary>
public static class RuleDiagnostics
{
    public static Diagnostic Create(DiagnosticDescriptor descriptor, TextDocument document, RuleMatch match, string[] messageCaptures)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(messageCaptures);
        var arguments = new object?[messageCaptures.Length];
        for (var i = 0; i < messageCaptures.Length; i++)
        {
            arguments[i] = Shorten(match.GetText(document.Text, messageCaptures[i]));
        }

        return Diagnostic.Create(descriptor, Location.Create(document.Path, document.Text, match.Span), match.ToProperties(), arguments);
    }

    private static string Shorten(string text)
    {
        // Messages stay on one line and readable, whatever the capture holds.
        var flat = string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return flat.Length > 80 ? flat[..77] + "…" : flat;
    }
}
