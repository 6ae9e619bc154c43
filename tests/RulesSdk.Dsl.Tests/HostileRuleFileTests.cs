using System.Text;

namespace RulesSdk.Dsl.Tests;

/// <summary>
/// Rule files built to crash the compiler or read what they should not (issue 13, items 10, 18
/// and 20): each is a DSL error with an id and a position, never a stack overflow, a file outside
/// the pack, or a silently altered string.
/// </summary>
public sealed class HostileRuleFileTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "rulessdk-hostile-" + Guid.NewGuid().ToString("N"));

    public HostileRuleFileTests() => Directory.CreateDirectory(Path.Combine(_root, "pack"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string PackFolder => Path.Combine(_root, "pack");

    private RulePackCompilation CompileFolder(RulePackOptions? options = null)
    {
        var sources = Directory.GetFiles(PackFolder, "*.rules").Select(RuleSource.FromFile);
        return RulePack.Compile(sources, options ?? new RulePackOptions { UseCache = false });
    }

    [Fact]
    public void TwoThousandNestedTokenGroups_AreDsl0040()
    {
        var pattern = new string('(', 2000) + "\"a\"" + new string(')', 2000);

        var error = Dsl.Single(Dsl.Parse(Dsl.Pack(Dsl.Rule("match tokens " + pattern))).Diagnostics, "DSL0040");

        Assert.Contains("nested deeper than 32", error.Message, StringComparison.Ordinal);
        Assert.Equal(7, error.Line);
    }

    [Fact]
    public void TwoThousandNestedCaptures_AreDsl0040()
    {
        var pattern = string.Concat(Enumerable.Repeat("x=", 2000)) + "\"a\"";

        Dsl.Single(Dsl.Parse(Dsl.Pack(Dsl.Rule("match tokens " + pattern))).Diagnostics, "DSL0040");
    }

    [Fact]
    public void NestingWithinTheLimit_Parses()
    {
        var pattern = new string('(', 20) + "\"a\"" + new string(')', 20);

        Assert.Empty(Dsl.Parse(Dsl.Pack(Dsl.Rule("match tokens " + pattern))).Diagnostics);
    }

    [Fact]
    public void ThirtyThousandNestedTemplateCalls_AreDsl0018()
    {
        var template = "{" + string.Concat(Enumerable.Repeat("upper(", 30_000)) + "w" + new string(')', 30_000) + "}";

        var error = Dsl.Single(Dsl.Bind(Dsl.Pack(Dsl.Rule("match /(?<w>\\w+)/\n  fix \"Fix\" => \"" + template + "\""))).Diagnostics, "DSL0018");

        Assert.Contains("nested deeper than 32 levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoThousandNestedRegexGroups_AreDsl0040()
    {
        var regex = new string('(', 2000) + "a" + new string(')', 2000);

        Dsl.Single(Dsl.Bind(Dsl.Pack(Dsl.Rule("match /" + regex + "/"))).Diagnostics, "DSL0040");
    }

    [Fact]
    public void ImportOutsideThePack_IsRefusedWithoutEchoingTheFile()
    {
        var secret = Path.Combine(_root, "secret.rules");
        File.WriteAllText(secret, "TOKEN=hunter2-very-secret\n");
        File.WriteAllText(Path.Combine(PackFolder, "pack.rules"), $"pack p \"P\"\nimport \"../secret.rules\"\nimport \"/proc/self/environ\"\n");

        var compilation = CompileFolder();

        Assert.Equal(2, compilation.Diagnostics.Count(d => d.Id == "DSL0041"));
        Assert.DoesNotContain(compilation.Diagnostics, d => d.ToDisplayString().Contains("hunter2", StringComparison.Ordinal));
        Assert.All(compilation.Diagnostics, d => Assert.Equal(Path.Combine(PackFolder, "pack.rules"), d.Path));
    }

    [Fact]
    public void ListFileOutsideThePack_IsRefused_UnlessItsRootIsAllowed()
    {
        var shared = Path.Combine(_root, "shared");
        Directory.CreateDirectory(shared);
        File.WriteAllText(Path.Combine(shared, "words.txt"), "zut\n");
        File.WriteAllText(Path.Combine(PackFolder, "pack.rules"), Dsl.Pack("list words from \"../shared/words.txt\"\n" + Dsl.Rule("match phrase @words")));

        Dsl.Single(CompileFolder().Diagnostics, "DSL0041");
        Assert.True(CompileFolder(new RulePackOptions { UseCache = false, AllowedRoots = [shared] }).Success);
    }

    [Fact]
    public void SymlinkInsideThePack_ToAFileOutside_IsRefused()
    {
        var secret = Path.Combine(_root, "secret.txt");
        File.WriteAllText(secret, "hunter2\n");
        File.CreateSymbolicLink(Path.Combine(PackFolder, "words.txt"), secret);
        Directory.CreateSymbolicLink(Path.Combine(PackFolder, "up"), _root);
        File.WriteAllText(Path.Combine(PackFolder, "pack.rules"), Dsl.Pack(
            "list words from \"words.txt\"\nlist more from \"up/secret.txt\"\n" + Dsl.Rule("match phrase @words | @more")));

        var errors = CompileFolder().Diagnostics.Where(d => d.Id == "DSL0041").ToList();

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Contains("resolves to", e.Message, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void LinkLoopInThePack_IsRefused_AsALoop()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        File.CreateSymbolicLink(Path.Combine(PackFolder, "a"), Path.Combine(PackFolder, "b"));
        File.CreateSymbolicLink(Path.Combine(PackFolder, "b"), Path.Combine(PackFolder, "a"));
        File.WriteAllText(Path.Combine(PackFolder, "pack.rules"), Dsl.Pack("list words from \"a/words.txt\"\n" + Dsl.Rule("match phrase @words")));

        var error = Dsl.Single(CompileFolder().Diagnostics, "DSL0041");

        Assert.Contains("(its links loop)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileWhoseNameStartsWithTwoDots_IsInsideThePack()
    {
        File.WriteAllText(Path.Combine(PackFolder, "..words.txt"), "zut\n");
        File.WriteAllText(Path.Combine(PackFolder, "pack.rules"), Dsl.Pack("list words from \"..words.txt\"\n" + Dsl.Rule("match phrase @words")));

        Assert.True(CompileFolder().Success);
    }

    [Fact]
    public void InvalidUtf8InARuleFile_IsDsl0042WithTheByteOffset()
    {
        var bytes = Encoding.UTF8.GetBytes("pack p \"P\"\n# caf").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\n")).ToArray();
        File.WriteAllBytes(Path.Combine(PackFolder, "pack.rules"), bytes);

        var error = Assert.Single(Assert.Throws<DslException>(() => RulePack.Load(PackFolder, new RulePackOptions { UseCache = false })).Diagnostics);

        Assert.Equal("DSL0042", error.Id);
        Assert.Contains("byte offset 16", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void InvalidUtf8InAListFile_IsDsl0042()
    {
        File.WriteAllBytes(Path.Combine(PackFolder, "words.txt"), [(byte)'z', 0xFF, (byte)'\n']);
        File.WriteAllText(Path.Combine(PackFolder, "pack.rules"), Dsl.Pack("list words from \"words.txt\"\n" + Dsl.Rule("match phrase @words")));

        var error = Dsl.Single(CompileFolder().Diagnostics, "DSL0042");

        Assert.Contains("byte offset 1", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("words.txt", error.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\\u{110000}", "beyond the last Unicode code point")]
    [InlineData("\\u{FFFFFFFFFF}", "not 1 to 6 hexadecimal digits")]
    [InlineData("\\uD800", "surrogate")]
    [InlineData("\\u{DFFF}", "surrogate")]
    [InlineData("\\q", "unknown escape")]
    [InlineData("\\u12", "four hexadecimal digits")]
    public void InvalidEscapes_AreDsl0043AtTheBackslash(string escape, string problem)
    {
        var text = Dsl.Pack(Dsl.Rule("match phrase \"a" + escape + "b\""));

        var error = Dsl.Single(Dsl.Parse(text).Diagnostics, "DSL0043");

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Equal(7, error.Line);
        Assert.Equal("match phrase \"a".Length + 1, error.Column);
    }

    [Fact]
    public void ValidEscapes_AndBackslashesInRegexesAndComments_AreAccepted()
    {
        var text = Dsl.Pack("# a comment with \\q\n" + Dsl.Rule("match phrase \"\\u{1F600} \\u00E9 \\\" \\\\ \\n\" | \"\"\"raw \\q\"\"\"\n  unless /\\d+ \\q/"));

        Assert.DoesNotContain(Dsl.Parse(text).Diagnostics, d => d.Id == "DSL0043");
    }

    [Fact]
    public void EmptyPhrase_IsDsl0044()
    {
        Dsl.Single(Dsl.Bind(Dsl.Pack(Dsl.Rule("match phrase \"\""))).Diagnostics, "DSL0044");
        Dsl.Single(Dsl.Bind(Dsl.Pack("list words = \"zut\" \" \"\n" + Dsl.Rule("match phrase @words"))).Diagnostics, "DSL0044");
    }

    [Fact]
    public void LongSourceLines_AreShownOnlyInPart()
    {
        var diagnostic = new DslDiagnostic("DSL0001", "syntax error", "x.rules", 1, 3, "ab" + new string('s', 10_000));

        var shown = diagnostic.ToDisplayString().Split('\n')[1];

        Assert.True(shown.Length < 2 * DslDiagnostic.MaxShownColumns, shown);
        Assert.EndsWith("…", shown, StringComparison.Ordinal);
    }
}
