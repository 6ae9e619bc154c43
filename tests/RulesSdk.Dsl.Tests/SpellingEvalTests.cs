using System.Runtime.CompilerServices;
using Xunit.Abstractions;

namespace RulesSdk.Dsl.Tests;

/// <summary>
/// False positives of the bundled dictionaries on the clean evaluation texts (read in place from
/// ../shared/eval/clean beside the repository, never copied): the share of checked words flagged.
/// </summary>
public sealed class SpellingEvalTests(ITestOutputHelper output)
{
    [SkippableTheory]
    [InlineData("en")]
    [InlineData("fr")]
    public void Clean_texts_have_few_unknown_words(string language)
    {
        var folder = Path.Combine(EvalClean(), language);
        Skip.IfNot(Directory.Exists(folder), $"the evaluation texts ({folder}) are not present in this checkout");

        var pack = Dsl.CompileOk(Dsl.Pack(Dsl.Rule("message \"{word}\"\nscope paragraph\nmatch spelling skip capitalized"), language));
        var plain = Dsl.CompileOk(Dsl.Pack(Dsl.Rule("message \"{match}\"\nscope paragraph\nmatch /\\b\\p{L}[\\p{L}\\p{M}'’-]*\\b/"), language));
        int words = 0, flagged = 0;
        var unknown = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var document = Dsl.Document(File.ReadAllText(file), language, path: Path.GetFileName(file));
            words += Dsl.Analyze(plain, document).Length;
            foreach (var diagnostic in Dsl.Analyze(pack, document))
            {
                flagged++;
                var word = diagnostic.GetMessage();
                unknown[word] = unknown.GetValueOrDefault(word) + 1;
            }
        }

        var rate = words == 0 ? 0 : (double)flagged / words;
        output.WriteLine($"{language}: {flagged} of {words} words flagged ({rate:P2}); most frequent: {string.Join(", ", unknown.OrderByDescending(u => u.Value).Take(25).Select(u => $"{u.Key} ×{u.Value}"))}");
        Assert.True(words > 1_000, $"only {words} words read from {folder}");
        Assert.True(rate < 0.02, $"{rate:P2} of the words of clean texts flagged (at most 2 % expected)");
    }

    private static string EvalClean([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", "..", "shared", "eval", "clean"));
}
