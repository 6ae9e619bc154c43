using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Tests.Hostile;

/// <summary>
/// hostile12: YAML front matter nested far deeper than <c>FrontMatterReader.MaxDepth</c> (32) overflows the
/// stack inside YamlDotNet (<c>YamlStream.Load</c> → <c>YamlNode.ParseNode</c> / <c>YamlSequenceNode.Load</c>
/// recurse once per level; the scanner's simple keys too) before the depth bound of the flattening is ever
/// reached. A stack overflow cannot be caught: <c>docrules check</c> aborts (exit 134, "Stack overflow."), a
/// <c>--jsonl</c> worker dies on the line and every line after it is lost; the language server and the
/// Roslyn analyzer host would go the same way (not run here). 50 KB of '[' is enough from the command line.
/// </summary>
/// <remarks>
/// Fixed by reading the parser's events (no recursion) and bounding the nesting before the tree is built.
/// A regression aborts the whole test host (a stack overflow is not an exception xunit can report).
/// The inputs are generated here, each under 200 KB.
/// </remarks>
public sealed class FrontMatterNestingTests
{
    private const int Depth = 100_000;

    private static DocumentSyntax Parse(string markdown) =>
        DocumentSyntax.Create(SourceText.From(markdown), DocumentKind.Markdown);

    public static TheoryData<string, string> DeepYaml => new()
    {
        // docrules check: exit 134 from 50,000 levels (40,000 pass on the CLI's thread).
        { "unclosed flow sequences", "a: " + new string('[', Depth) },
        { "balanced flow sequences", "a: " + new string('[', Depth / 2) + new string(']', Depth / 2) },
        { "unclosed flow maps", "a: " + new string('{', Depth) },
        { "nested block sequences on one line", "a:\n  " + string.Concat(Enumerable.Repeat("- ", Depth / 2)) + "x" },
        { "nested explicit keys", string.Concat(Enumerable.Repeat("? ", Depth / 2)) + "x" },
    };

    [Theory]
    [MemberData(nameof(DeepYaml))]
    public void DeeplyNestedFrontMatter_IsAnError_NotAStackOverflow(string shape, string yaml)
    {
        var syntax = Parse("---\n" + yaml + "\n---\nJe pense que oui.\n");

        Assert.True(syntax.FrontMatterError is not null, shape);
        // The body is still read (Markdig may also keep a deep list's last item as a block of its own).
        Assert.Contains(syntax.Blocks, b => syntax.Text.ToString(b.Span) == "Je pense que oui.");
    }

    [Fact]
    public void DeeplyNestedFrontMatter_KeepsTheTopLevelValuesReadBeforeIt()
    {
        var syntax = Parse("---\nlang: fr\ngenre: op-ed\ntags: [a, b]\ndeep: " + new string('[', 1_000) + "\n---\nJe pense que oui.\n");

        Assert.NotNull(syntax.FrontMatterError);
        Assert.Equal("fr", syntax.FrontMatter["lang"]);
        Assert.Equal("op-ed", syntax.FrontMatter["genre"]);
        Assert.False(syntax.FrontMatter.ContainsKey("tags"));
    }

    [Fact]
    public void DeeplyNestedFrontMatter_OnASmallStack_IsAnError()
    {
        // The language server and Roslyn run documents on thread-pool threads or smaller stacks than the
        // CLI's main thread (8 MB, where 50,000 levels overflow): on a 1.5 MB thread-pool stack YamlDotNet
        // overflows between 4,000 and 5,000 levels (5 KB of '['), on 256 KB below 800.
        FrontMatterError? error = null;
        var thread = new Thread(() => error = Parse("---\na: " + new string('[', 5_000) + "\n---\nTexte.\n").FrontMatterError, maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();

        Assert.NotNull(error);
    }
}
