using RulesSdk.Diagnostics;

namespace RulesSdk.Dsl;

/// <summary>
/// <c>yields to NAME</c> takes effect only when NAME is a rule id or a category of a loaded rule: a rule's
/// kebab-case name, a family tag or a typo never outranks anything, silently. Checked over every pack loaded
/// together (a rule may yield to another pack's rules), as warnings (DSL0046) with the yielding rule's place.
/// </summary>
public static class YieldTargetCheck
{
    public static IEnumerable<DslDiagnostic> Find(IEnumerable<RulePack> packs)
    {
        ArgumentNullException.ThrowIfNull(packs);
        var rules = packs.SelectMany(p => p.Rules).ToList();
        var targets = new HashSet<string>(rules.Select(r => r.Id).Concat(rules.Select(r => r.Descriptor.Category)), StringComparer.OrdinalIgnoreCase);
        var names = rules.GroupBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
        foreach (var rule in rules)
        {
            foreach (var tag in rule.Descriptor.CustomTags)
            {
                if (!tag.StartsWith(WellKnownDiagnosticTags.YieldsToPrefix, StringComparison.Ordinal))
                {
                    continue;
                }

                var target = tag[WellKnownDiagnosticTags.YieldsToPrefix.Length..];
                if (targets.Contains(target))
                {
                    continue;
                }

                var hint = names.TryGetValue(target, out var id)
                    ? $"it is the name of rule {id}: write its id"
                    : "name a rule id or a category";
                yield return new DslDiagnostic(
                    "DSL0046",
                    $"rule {rule.Id} yields to '{target}', which is no rule id or category of the loaded packs, so it never takes effect; {hint}",
                    rule.Path,
                    rule.Line,
                    1,
                    IsWarning: true);
            }
        }
    }
}
