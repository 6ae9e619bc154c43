using RulesSdk.Semantics;
using Xunit.Abstractions;
using static RulesSdk.Tests.Semantics.SemanticsTestDocuments;

namespace RulesSdk.Tests.Semantics;

public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var text = File.ReadAllText("/tmp/devgen/scratch.txt");
        var semantics = Of(text, File.ReadAllText("/tmp/devgen/scratch.lang").Trim());
        output.WriteLine($"genre {semantics.Genre} {string.Join("; ", semantics.GenreAssessment.Cues)}");
        foreach (var block in semantics.Syntax.Blocks)
        {
            output.WriteLine($"[{block.Index}] {semantics.RoleOf(block)} meta={semantics.MetaOf(block)} :: {block.Text[..Math.Min(60, block.Text.Length)]}");
            foreach (var c in semantics.GetClauses(block))
            {
                output.WriteLine($"    {c.Attribution.Voice}/{c.Attribution.Source} {c.Person} «{semantics.Syntax.Text.ToString(c.Span)}»");
            }
        }

        foreach (var m in semantics.TrailingMetadata)
        {
            output.WriteLine("trailing: " + semantics.Syntax.Text.ToString(m));
        }
    }
}
