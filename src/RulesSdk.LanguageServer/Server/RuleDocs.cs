using System.Text;
using RulesSdk.Diagnostics;
using RulesSdk.Dsl;

namespace RulesSdk.LanguageServer.Server;

/// <summary>A rule's documentation as Markdown, from its own metadata: title, description, fixes and an example.</summary>
internal static class RuleDocs
{
    public static string ToMarkdown(RuleInfo rule, string packId, bool allExamples = false)
    {
        var d = rule.Descriptor;
        var builder = new StringBuilder();
        builder.Append("**").Append(d.Id).Append("** ").Append(Escape(d.Title)).Append("\n\n");
        builder.Append('*').Append(Diagnostic.SeverityText(d.DefaultSeverity)).Append(" · ").Append(Escape(d.Category))
            .Append(" · ").Append(Escape(rule.Scope)).Append(" · pack `").Append(packId).Append("`*\n\n");
        if (d.Description.Length > 0)
        {
            builder.Append(Escape(d.Description)).Append("\n\n");
        }

        if (!rule.FixTitles.IsEmpty)
        {
            builder.Append("Fixes: ");
            builder.AppendJoin(", ", rule.FixTitles.Select((t, i) => i == 0 && rule.HasSafeFix ? $"**{Escape(t)}** (safe)" : Escape(t)));
            builder.Append("\n\n");
        }

        var examples = rule.Examples.Where(e => !e.IsClean).ToList();
        foreach (var example in allExamples ? examples : examples.Take(1))
        {
            builder.Append("Example:\n\n").Append(Fence(example.Input));
            if (example.Output is not null)
            {
                builder.Append("→\n\n").Append(Fence(example.Output));
            }
        }

        if (allExamples)
        {
            foreach (var clean in rule.Examples.Where(e => e.IsClean))
            {
                builder.Append("Not flagged:\n\n").Append(Fence(clean.Input));
            }
        }

        if (Uri.TryCreate(d.HelpLinkUri, UriKind.Absolute, out _))
        {
            builder.Append('[').Append(d.Id).Append(" documentation](").Append(d.HelpLinkUri).Append(")\n");
        }

        return builder.ToString().TrimEnd() + "\n";
    }

    private static string Fence(string text) => "```text\n" + text.Replace("```", "`\u200b``", StringComparison.Ordinal) + "\n```\n\n";

    private static string Escape(string text) => text.Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
