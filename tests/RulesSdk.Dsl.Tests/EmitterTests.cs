using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RulesSdk.Dsl.Emit;

namespace RulesSdk.Dsl.Tests;

public class EmitterTests
{
    internal const string SmallPack = """
        pack golden.fr "Golden pack"
        language fr
        help "https://example.org/{id}.md"
        list feelings = "ravi" "heureux"

        rule PL0001 first-person
          title    "First person"
          message  "{who} speaks as the narrator"
          severity error
          tags     persona, "x y"
          scope    sentence outside quotes first in paragraph
          when option voice is not "first-person"
          match    /Moi, (?<who>[A-Z]\w+), j’(?<verb>ai)/i
          unless   phrase "a déclaré" | @feelings
          fix      "Restore" => "{who} {third_person(verb)}"
          suggest  "Delete" => delete sentence then capitalize next
        end

        rule PL0002 lead-in
          title    "Lead-in"
          message  "Lead-in '{match}'"
          scope    paragraph last
          match    tokens ("je" | "j’") "suis" skip(0..3) f=@feelings? Cap{1,2} number any
        end

        rule PL0003 headline
          title    "Headline repeated"
          message  "The headline is repeated"
          scope    document
          match    repeated block first
          fix      "Delete" => delete block
        end
        """;

    private static RulePackCompilation CompileSmall() => Dsl.Compile(SmallPack, options: new RulePackOptions { UseCache = false, RegexTimeout = TimeSpan.FromMilliseconds(250) });

    [Fact]
    public void Generated_code_matches_the_golden_file() => GoldenFile.Verify(CompileSmall(), "SmallPack.g.cs.txt");

    [Fact]
    public void Generated_code_parses_cleanly_with_one_sealed_class_per_rule_and_fixers_for_fixes()
    {
        var compilation = CompileSmall();
        Assert.Equal(
            ["PL0001FirstPersonAnalyzer.g.cs", "PL0001FirstPersonCodeFixProvider.g.cs", "PL0002LeadInAnalyzer.g.cs", "PL0003HeadlineAnalyzer.g.cs", "PL0003HeadlineCodeFixProvider.g.cs"],
            compilation.GeneratedSources.Keys.Order(StringComparer.Ordinal).ToArray());
        var analyzers = new List<string>();
        var fixers = new List<string>();
        foreach (var (name, source) in compilation.GeneratedSources)
        {
            var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
            Assert.Empty(tree.GetDiagnostics());
            var classes = tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().ToList();
            var single = Assert.Single(classes);
            Assert.Contains(single.Modifiers, m => m.IsKind(SyntaxKind.SealedKeyword));
            Assert.Equal("RulesSdk.Generated.GoldenFr", tree.GetRoot().DescendantNodes().OfType<FileScopedNamespaceDeclarationSyntax>().Single().Name.ToString());
            var baseType = single.BaseList!.Types.Single().ToString();
            (baseType == "DocumentAnalyzer" ? analyzers : fixers).Add(single.Identifier.Text);
            Assert.Equal(name, single.Identifier.Text + ".g.cs");
        }

        Assert.Equal(3, analyzers.Count);
        Assert.Equal(["PL0001FirstPersonCodeFixProvider", "PL0003HeadlineCodeFixProvider"], fixers.Order(StringComparer.Ordinal).ToArray());
        var pack = compilation.Pack!;
        Assert.Equal(3, pack.Analyzers.Length);
        Assert.Equal(2, pack.CodeFixProviders.Length);
        Assert.All(pack.Analyzers, a => Assert.True(a.GetType().IsSealed));
    }

    [Fact]
    public void Generated_code_uses_the_configured_regex_timeout()
    {
        var source = CompileSmall().GeneratedSources["PL0001FirstPersonAnalyzer.g.cs"];
        // Generated regexes ([GeneratedRegex]) when the SDK's generator is present, constructed ones otherwise.
        Assert.True(
            source.Contains("matchTimeoutMilliseconds: 250", StringComparison.Ordinal) || source.Contains("TimeSpan.FromMilliseconds(250)", StringComparison.Ordinal),
            source);
        Assert.Contains("RegexOptions.CultureInvariant | RegexOptions.IgnoreCase", source, StringComparison.Ordinal);
    }

    [Fact]
    public void PackCompiler_refuses_System_IO()
    {
        const string source = """
            namespace RulesSdk.Generated.Evil;
            public sealed class Evil
            {
                public static void Run() => System.IO.File.Delete("x");
            }
            """;
        var (image, errors) = PackCompiler.Compile("Evil", System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("Evil.g.cs", source));
        Assert.Null(image);
        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.File == "Evil.g.cs");
    }

    [Theory]
    [InlineData("using System.Diagnostics; public static class E { public static void R() => Process.Start(\"sh\"); }")]
    [InlineData("public static class E { public static object R() => System.Type.GetType(\"System.IO.File\")!.GetMethod(\"Delete\")!; }")]
    [InlineData("public static class E { public static void R() => System.Environment.Exit(1); }")]
    [InlineData("public static class E { public static object R() => System.Activator.CreateInstance(typeof(object))!; }")]
    [InlineData("public static class E { public static string R() => System.Environment.GetEnvironmentVariable(\"HOME\") ?? \"\"; }")]
    [InlineData("public static class E { public static object R() => \"\".GetType().GetMethods(); }")]
    [InlineData("using F = System.IO.File; public static class E { public static void R() => F.Delete(\"x\"); }")]
    public void PackCompiler_refuses_other_escapes(string source)
    {
        var (image, errors) = PackCompiler.Compile("Evil", System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("Evil.g.cs", source));
        Assert.Null(image);
        Assert.NotEmpty(errors);
    }

    [Fact]
    public void PackCompiler_accepts_plain_code()
    {
        var (image, errors) = PackCompiler.Compile("Fine", System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("Fine.g.cs", "public static class F { public static int R() => System.Math.Max(1, 2); }"));
        Assert.Empty(errors);
        Assert.NotNull(image);
    }
}
