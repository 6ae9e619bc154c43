using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RulesSdk.Roslyn;

/// <summary>
/// Every descriptor the analyzer declares: the built-in packs' rules and the SDK's DR000x (from the generated
/// <see cref="BuiltInRules"/> table), the bridge's own, and the DR1000 fallback for rules of other packs.
/// </summary>
internal static class RuleDescriptors
{
    private static readonly Dictionary<string, (DiagnosticDescriptor Descriptor, KnownRule Rule)> ById = Build();

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.CreateRange(
        new[] { BridgeDescriptors.EngineFailed, BridgeDescriptors.NotUtf8, BridgeDescriptors.TimedOut, BridgeDescriptors.BinaryDocument, BridgeDescriptors.OtherPackRule }
            .Concat(ById.Values.Select(entry => entry.Descriptor)));

    /// <summary>The descriptor declared for <paramref name="id"/>, or null when the rule is not known in advance.</summary>
    public static DiagnosticDescriptor? Find(string id, out KnownRule? rule)
    {
        if (ById.TryGetValue(id, out var entry))
        {
            rule = entry.Rule;
            return entry.Descriptor;
        }

        rule = null;
        return null;
    }

    private static Dictionary<string, (DiagnosticDescriptor, KnownRule)> Build()
    {
        var map = new Dictionary<string, (DiagnosticDescriptor, KnownRule)>(StringComparer.Ordinal);
        foreach (var rule in BuiltInRules.All)
        {
            // The engine formats the message; the descriptor passes it through.
            var descriptor = new DiagnosticDescriptor(
                rule.Id,
                rule.Title,
                "{0}",
                rule.Category,
                rule.DefaultSeverity,
                isEnabledByDefault: true,
                helpLinkUri: rule.HelpLink);
            map[rule.Id] = (descriptor, rule);
        }

        return map;
    }
}
