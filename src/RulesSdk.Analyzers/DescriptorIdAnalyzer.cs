using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace RulesSdk.Analyzers.Authoring;

/// <summary>
/// DRA1002: a descriptor id whose letters differ from the pack prefix (<c>build_property.DocRulesPackPrefix</c>,
/// else the prefix most of the project's ids share); DRA1003: two descriptors with the same id.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DescriptorIdAnalyzer : RulesSdkAnalyzer
{
    public const string PackPrefixProperty = "build_property.DocRulesPackPrefix";

    public static readonly DiagnosticDescriptor PrefixRule = new(
        RuleIdentifiers.DescriptorIdPrefix,
        "Descriptor id does not match the pack prefix",
        "Descriptor id '{0}' does not start with the pack prefix '{1}'",
        RuleIdentifiers.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The rules of a pack share one id prefix (PL0001, PL0002…), so configurations and suppressions can name them and ids of different packs never collide. Set the prefix with the DocRulesPackPrefix MSBuild property; without it, the prefix most ids share is expected.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.DescriptorIdPrefix),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor DuplicateRule = new(
        RuleIdentifiers.DuplicateDescriptorId,
        "Descriptor id is used twice",
        "Descriptor id '{0}' is already used by another descriptor of this project",
        RuleIdentifiers.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Two descriptors with one id cannot be configured or suppressed separately, and docrules refuses packs that define an id twice.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.DuplicateDescriptorId),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(PrefixRule, DuplicateRule);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, RulesSdkTypes types)
    {
        var ids = new ConcurrentBag<(string Id, Location Location)>();
        start.RegisterOperationAction(
            operation =>
            {
                var creation = (IObjectCreationOperation)operation.Operation;
                if (SymbolEqualityComparer.Default.Equals(creation.Type, types.DiagnosticDescriptor)
                    && creation.Arguments.Argument("id") is { Value.ConstantValue: { HasValue: true, Value: string id } } argument)
                {
                    ids.Add((id, argument.Value.Syntax.GetLocation()));
                }
            },
            OperationKind.ObjectCreation);
        start.RegisterCompilationEndAction(end =>
        {
            var ordered = ids.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ToList();
            foreach (var group in ordered.GroupBy(d => d.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                var first = group.First();
                foreach (var duplicate in group.Skip(1))
                {
                    end.ReportDiagnostic(Diagnostic.Create(DuplicateRule, duplicate.Location, new[] { first.Location }, duplicate.Id));
                }
            }

            var prefix = ConfiguredPrefix(end.Options) ?? MajorityPrefix(ordered.Select(d => d.Id));
            if (prefix is null)
            {
                return;
            }

            foreach (var (id, location) in ordered.Where(d => !string.Equals(PrefixOf(d.Id), prefix, StringComparison.Ordinal)))
            {
                end.ReportDiagnostic(Diagnostic.Create(PrefixRule, location, id, prefix));
            }
        });
    }

    private static string? ConfiguredPrefix(AnalyzerOptions options) =>
        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(PackPrefixProperty, out var prefix) && prefix.Trim().Length > 0
            ? prefix.Trim()
            : null;

    /// <summary>The prefix more than half of the ids share, or null when there is none.</summary>
    private static string? MajorityPrefix(IEnumerable<string> ids)
    {
        var prefixes = ids.Distinct(StringComparer.Ordinal).Select(PrefixOf).ToList();
        var top = prefixes.GroupBy(p => p, StringComparer.Ordinal).OrderByDescending(g => g.Count()).FirstOrDefault();
        return top is not null && top.Count() * 2 > prefixes.Count ? top.Key : null;
    }

    /// <summary>The letters before the first digit: <c>PL</c> for <c>PL0001</c>.</summary>
    private static string PrefixOf(string id)
    {
        var end = 0;
        while (end < id.Length && !char.IsDigit(id[end]))
        {
            end++;
        }

        return id.Substring(0, end);
    }
}
