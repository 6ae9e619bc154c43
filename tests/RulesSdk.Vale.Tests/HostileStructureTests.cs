namespace RulesSdk.Vale.Tests;

/// <summary>
/// Rule files whose structure, not a value, is hostile: brackets nested tens of thousands deep (YamlDotNet's recursive
/// loader would overflow the stack, which nothing can catch), a code point past U+10FFFF in a regex, a file far
/// larger than any rule. Each costs its own rule, with an error on that file; the rest of the style imports.
/// </summary>
public sealed class HostileStructureTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "rulessdk-vale-structure-" + Guid.NewGuid().ToString("N"));

    public HostileStructureTests()
    {
        Directory.CreateDirectory(Style);
        File.WriteAllText(Path.Combine(Style, "Good.yml"), "extends: existence\nmessage: x\ntokens:\n  - utilize\n");
    }

    private string Style => Path.Combine(_root, "Style");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData(100_000, "[", "]")]
    [InlineData(100_000, "{a: ", "}")]
    public void DeeplyNestedFlowCollections_AreRefusedBeforeLoading(int depth, string open, string close)
    {
        File.WriteAllText(Path.Combine(Style, "Deep.yml"), "extends: existence\nmessage: x\ntokens: [a]\nfoo: " + string.Concat(Enumerable.Repeat(open, depth)) + string.Concat(Enumerable.Repeat(close, depth)) + "\n");

        var import = ValeImporter.Import(Style);

        var error = Assert.Single(import.Diagnostics, d => d.IsError && d.Path.EndsWith("Deep.yml", StringComparison.Ordinal));
        Assert.Contains("nested more than 64 levels", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, error.Line);
        Assert.Contains(import.Rules, r => r.ValeName.EndsWith("Good", StringComparison.Ordinal));
    }

    [Fact]
    public void BracketsInsideQuotesAndAfterAnApostrophe_AreCounted_OnlyWhereTheyNest()
    {
        // "Don't" opens no quoted scalar; the quoted brackets are text.
        File.WriteAllText(Path.Combine(Style, "Quoted.yml"), "extends: existence\nmessage: \"Don't write '[[[[[[' here\"\ntokens:\n  - utilise\n");
        File.WriteAllText(Path.Combine(Style, "Apostrophe.yml"), "extends: existence\nmessage: Don't\nfoo: " + new string('[', 200) + new string(']', 200) + "\ntokens: [a]\n");

        var import = ValeImporter.Import(Style);

        Assert.Contains(import.Rules, r => r.ValeName.EndsWith("Quoted", StringComparison.Ordinal));
        Assert.Contains(import.Diagnostics, d => d.IsError && d.Path.EndsWith("Apostrophe.yml", StringComparison.Ordinal) && d.Message.Contains("nested", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(@"\x{110000}")]
    [InlineData(@"\x{D800}")]
    public void ACodePointThatIsNoScalarValue_CostsItsRuleOnly(string escape)
    {
        File.WriteAllText(Path.Combine(Style, "Hex.yml"), $"extends: existence\nmessage: x\nraw: ['{escape}']\n");

        var import = ValeImporter.Import(Style);

        Assert.Contains(import.Diagnostics, d => d.IsError && d.Path.EndsWith("Hex.yml", StringComparison.Ordinal) && d.Message.Contains("not a Unicode scalar value", StringComparison.Ordinal));
        Assert.Contains(import.Rules, r => r.ValeName.EndsWith("Good", StringComparison.Ordinal));
        Assert.DoesNotContain(import.Rules, r => r.ValeName.EndsWith("Hex", StringComparison.Ordinal));
    }

    [Fact]
    public void ARuleFileOverOneMegabyte_IsNotParsed()
    {
        File.WriteAllText(Path.Combine(Style, "Huge.yml"), "extends: existence\nmessage: x\ntokens:\n" + string.Concat(Enumerable.Repeat("  - word\n", 200_000)));

        var import = ValeImporter.Import(Style);

        Assert.Contains(import.Diagnostics, d => d.IsError && d.Path.EndsWith("Huge.yml", StringComparison.Ordinal) && d.Message.Contains("is read up to", StringComparison.Ordinal));
    }
}
