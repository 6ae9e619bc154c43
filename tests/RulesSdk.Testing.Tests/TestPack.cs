using RulesSdk.Dsl;

namespace RulesSdk.Testing.Tests;

/// <summary>A tiny DSL pack, compiled once from a string.</summary>
internal static class TestPack
{
    public const string Source = """
        pack test.en "Test pack"
        language en

        rule TS0001 filler-word
          title    "Filler word"
          message  "'{match}' adds nothing"
          category style
          scope    sentence outside quotes
          match    phrase "basically"
          fix      "Delete the word" => delete match
          suggest  "Use 'essentially'" => "essentially"
          example  "It is basically done." => "It is done."
          clean    "It is done."
        end

        rule TS0002 shouting
          title    "Shouting"
          message  "Do not shout"
          scope    sentence outside quotes
          match    /\bURGENT\b/
          example  "This is URGENT now."
        end
        """;

    private static readonly Lazy<RulePack> LazyPack = new(() => RulePackVerifier.CompilePack(Source), LazyThreadSafetyMode.ExecutionAndPublication);

    public static RulePack Pack => LazyPack.Value;
}
