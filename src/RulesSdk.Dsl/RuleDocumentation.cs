using System.Text;
using RulesSdk.Diagnostics;

namespace RulesSdk.Dsl;

/// <summary>
/// Writes a rule's documentation page from the rule itself (metadata, scope, fixes, examples),
/// so the page can never drift from what the rule does. Pages live at <c>docs/rules/{id}.md</c>.
/// </summary>
public static class RuleDocumentation
{
    public static string Generate(RulePack pack, RuleInfo rule)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(rule);
        var descriptor = rule.Descriptor;
        var builder = new StringBuilder();
        builder.Append("# ").Append(descriptor.Id).Append(": ").Append(descriptor.Title).Append("\n\n");
        builder.Append("<!-- Generated from ").Append(Path.GetFileName(rule.Path)).Append(" by RuleDocumentation; edit the rule, not this page. -->\n\n");
        builder.Append("| | |\n|---|---|\n");
        builder.Append("| Id | `").Append(descriptor.Id).Append("` |\n");
        builder.Append("| Name | `").Append(rule.Name).Append("` |\n");
        builder.Append("| Pack | `").Append(pack.Id).Append("` (").Append(pack.Title).Append(") |\n");
        builder.Append("| Language | ").Append(rule.Language).Append(" |\n");
        builder.Append("| Category | ").Append(descriptor.Category).Append(" |\n");
        builder.Append("| Default severity | ").Append(Diagnostic.SeverityText(descriptor.DefaultSeverity)).Append(" |\n");
        builder.Append("| Enabled by default | ").Append(descriptor.IsEnabledByDefault ? "yes" : "no").Append(" |\n");
        builder.Append("| Scope | ").Append(rule.Scope).Append(" |\n");
        if (!descriptor.CustomTags.IsEmpty)
        {
            builder.Append("| Tags | ").Append(string.Join(", ", descriptor.CustomTags)).Append(" |\n");
        }

        builder.Append('\n');
        if (descriptor.Description.Length > 0)
        {
            builder.Append("## What it finds\n\n").Append(descriptor.Description).Append("\n\n");
        }

        builder.Append("## Fixes\n\n");
        if (rule.FixTitles.IsEmpty)
        {
            builder.Append("None: the rule reports only.\n\n");
        }
        else
        {
            for (var i = 0; i < rule.FixTitles.Length; i++)
            {
                var safe = i == 0 && rule.HasSafeFix;
                builder.Append("- ").Append(rule.FixTitles[i]).Append(safe ? " (safe fix: applied by `docrules fix`)" : " (suggestion: offered, never applied automatically)").Append('\n');
            }

            builder.Append('\n');
        }

        var flagged = rule.Examples.Where(e => !e.IsClean).ToList();
        if (flagged.Count > 0)
        {
            builder.Append("## Examples\n\n");
            foreach (var example in flagged)
            {
                builder.Append("Flagged:\n\n").Append(Block(example.Input));
                if (example.Output is not null)
                {
                    builder.Append("Fixed:\n\n").Append(Block(example.Output));
                }
            }
        }

        var clean = rule.Examples.Where(e => e.IsClean).ToList();
        if (clean.Count > 0)
        {
            builder.Append("## Not flagged\n\n");
            foreach (var example in clean)
            {
                builder.Append(Block(example.Input));
            }
        }

        builder.Append("## Configuration\n\n");
        builder.Append("Turn the rule off or change its severity in `.docrules.json`:\n\n");
        builder.Append("```json\n{ \"rules\": { \"").Append(descriptor.Id).Append("\": \"none\" } }\n```\n\n");
        builder.Append("or for one place in a document: `<!-- docrules-disable-next-line ").Append(descriptor.Id).Append(" -- reason -->`.\n");
        return builder.ToString();
    }

    private static string Block(string text)
    {
        var fence = text.Contains("```", StringComparison.Ordinal) ? "````" : "```";
        return fence + "text\n" + text + "\n" + fence + "\n\n";
    }
}
