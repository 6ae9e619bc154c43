using CsCheck;
using RulesSdk.Dsl.Binding;
using RulesSdk.Dsl.Emit;
using RulesSdk.Dsl.Parsing;

namespace RulesSdk.Dsl.Tests.Fuzzing;

/// <summary>
/// DSL text → parser, binder and emitter: whatever the text, the result is DSL diagnostics or C#,
/// never an exception (and never a stack overflow). No Roslyn compile in the short run.
/// </summary>
public sealed class DslFuzzTests
{
    private const string ValidPack = """
        pack fuzz "Fuzz"
        language any
        list words = "zut" "flûte" "a déclaré"
        list more from "more.txt"

        rule FZ0001 spelling
          title "Spelling"
          message "Spelling: {match}"
          scope sentence outside quotes
          match /(?i)\bcolour\b|(?:@words)/
          unless phrase "pas"
          fix "Use color" => "{upper(lower(match))}"
          example "The colour." => "The COLOR."
        end

        rule FZ0002 lead-in
          title "Lead-in"
          message "Lead-in {who}"
          scope sentence
          match tokens "moi" "," who=Cap+ ("," | ";") skip(0..3) @words?
          fix "Delete" => delete sentence
        end

        rule FZ0003 headline
          title "Headline"
          message "Repeated"
          scope document
          match repeated block first
          fix "Delete" => delete block
        end
        """;

    // Pieces the DSL is made of, and pieces that break it: the generator splices them in.
    private static readonly string[] Fragments =
    [
        "rule ", "PL0001 ", "end\n", "match ", "tokens ", "phrase ", "/", "(", ")", "((((", "))))", "\"", "\"\"\"", "\\", "\\u{110000}",
        "\\uD800", "@", "@words", "{", "}", "{upper(", "|", "=", "x=", "=>", "fix ", "delete ", "list ", "import \"/proc/self/environ\"",
        "scope ", "document", "sentence", "skip(3..1)", "?", "+", "*", "{2,1}", "#", "\n", "\r\n", "  ", "\t", "\0", "\u00A0",
        "\u202E", "😀", "\uDC00", "é", "’", "«", "»", "[", "]", "(?<n>", "(?i)", "\\b", "example ", "=> \"", "help ", "pack ",
    ];

    private static readonly Gen<string> Mutated =
        Gen.Int[0, 8].SelectMany(count => Gen.Select(Gen.Int[0, ValidPack.Length], Gen.Int[0, 12], Gen.Int[0, Fragments.Length - 1]).Array[count])
            .Select(edits =>
            {
                var text = ValidPack;
                foreach (var (at, delete, fragment) in edits)
                {
                    var start = Math.Min(at, text.Length);
                    text = text[..start] + Fragments[fragment] + text[Math.Min(text.Length, start + delete)..];
                }

                return text;
            });

    private static readonly Gen<string> Assembled =
        Gen.Int[0, Fragments.Length - 1].Array[0, 60].Select(pieces => string.Concat(pieces.Select(i => Fragments[i])));

    private static readonly Gen<string> DeeplyNested =
        Gen.Select(Gen.Int[1, 3000], Gen.Int[0, 3]).Select((depth, kind) => kind switch
        {
            0 => $"rule PL0001 x\n  match tokens {new string('(', depth)}\"a\"{new string(')', depth)}\nend\n",
            1 => $"rule PL0001 x\n  match /(?<w>a)/\n  fix \"f\" => \"{{{string.Concat(Enumerable.Repeat("upper(", depth))}w{new string(')', depth)}}}\"\nend\n",
            2 => $"rule PL0001 x\n  match tokens {string.Concat(Enumerable.Repeat("c=", depth))}\"a\"\nend\n",
            _ => $"rule PL0001 x\n  match /{new string('(', depth)}a{new string(')', depth)}/\nend\n",
        });

    /// <summary>Parses, binds and emits; returns the diagnostics (the emitted C# when there are none).</summary>
    private static List<DslDiagnostic> CompileWithoutRoslyn(string text)
    {
        var diagnostics = new List<DslDiagnostic>();
        var file = RuleFileParser.Parse("/fuzz/pack.rules", text, diagnostics);
        var bound = new Binder(diagnostics, path => path == "/fuzz/more.txt" ? "un\ndeux\n" : null).Bind([file]);
        if (diagnostics.Count == 0)
        {
            var generated = RuleEmitter.Emit(bound, TimeSpan.FromSeconds(1), generateRegexes: true);
            Assert.True(generated.Count >= bound.Rules.Length, "one analyzer per rule at least");
        }

        Assert.All(diagnostics, d => Assert.Matches("^DSL0[0-9]{3}$", d.Id));
        return diagnostics;
    }

    [Fact]
    public void ValidPack_HasNoDiagnostics() => Assert.Empty(CompileWithoutRoslyn(ValidPack));

    [Fact]
    public void MutatedPacks_GiveDiagnosticsNotExceptions() =>
        Mutated.Sample(text => CompileWithoutRoslyn(text), seed: FuzzSettings.Seed, iter: FuzzSettings.Iterations(150), threads: 1);

    [Fact]
    public void AssembledFragments_GiveDiagnosticsNotExceptions() =>
        Assembled.Sample(text => CompileWithoutRoslyn(text), seed: FuzzSettings.Seed, iter: FuzzSettings.Iterations(300), threads: 1);

    [Fact]
    public void DeepNesting_GivesDiagnosticsNotExceptions() =>
        DeeplyNested.Sample(text => CompileWithoutRoslyn(text), seed: FuzzSettings.Seed, iter: FuzzSettings.Iterations(40), threads: 1);
}
