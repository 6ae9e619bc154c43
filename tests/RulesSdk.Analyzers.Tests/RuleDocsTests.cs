using Microsoft.CodeAnalysis.Diagnostics;
using RulesSdk.Analyzers.Authoring;

namespace RulesSdk.Analyzers.Tests;

/// <summary>Every DRA rule has docs/rules/ID.md (its help link), and every DRA page a rule.</summary>
public sealed class RuleDocsTests
{
    private static readonly string DocsFolder = Path.Combine(
        Path.GetDirectoryName(typeof(RuleDocsTests).Assembly.Location)!, "..", "..", "..", "..", "..", "docs", "rules");

    private static readonly IReadOnlyList<Microsoft.CodeAnalysis.DiagnosticDescriptor> Descriptors = typeof(SupportedDiagnosticsAnalyzer).Assembly.GetTypes()
        .Where(type => type.IsSubclassOf(typeof(DiagnosticAnalyzer)) && !type.IsAbstract)
        .SelectMany(type => ((DiagnosticAnalyzer)Activator.CreateInstance(type)!).SupportedDiagnostics)
        .ToList();

    [Fact]
    public void EveryRule_HasItsPage_AsHelpLink()
    {
        Assert.Equal(9, Descriptors.Count);
        foreach (var descriptor in Descriptors)
        {
            Assert.True(File.Exists(Path.Combine(DocsFolder, descriptor.Id + ".md")), $"docs/rules/{descriptor.Id}.md is missing");
            Assert.EndsWith("/docs/rules/" + descriptor.Id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
            Assert.StartsWith("# " + descriptor.Id + ": " + descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), File.ReadAllText(Path.Combine(DocsFolder, descriptor.Id + ".md")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryPage_BelongsToARule()
    {
        var ids = Descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var pages = Directory.GetFiles(DocsFolder, "DRA*.md").Select(Path.GetFileNameWithoutExtension);

        Assert.All(pages, page => Assert.Contains(page!, ids));
    }
}
