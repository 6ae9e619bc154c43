namespace RulesSdk.LanguageServer.Tests;

/// <summary>A small pack and an article with the persona artifacts, written to a temporary folder.</summary>
internal sealed class TestPack : IDisposable
{
    public const string Rules = """
        pack test.persona "Persona leakage (test pack)"
        language fr
        help "https://example.org/rules/{id}.md"

        rule PL0001 first-person-attribution
          title       "Named speaker written in the first person"
          description "A named speaker is written as the narrator outside quotation marks."
          severity    warning
          category    attribution
          scope       sentence outside quotes
          match       /\bMoi,\s+(?<speaker>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)+),\s*(?<role>[^,]{1,80}),\s*j[’']ai\s+(?<adv>\p{L}+ment\s+)?(?<verb>plaidé|déclaré|affirmé)/
          message     "{speaker} speaks in the first person outside quotation marks"
          fix         "Restore the third-person attribution" => "{speaker}, {role}, a {adv}{verb}"
          example     "Moi, Jens Stoltenberg, secrétaire général de l’OTAN, j’ai fortement plaidé pour l’aide."
                   => "Jens Stoltenberg, secrétaire général de l’OTAN, a fortement plaidé pour l’aide."
          clean       "« J’ai fortement plaidé pour l’aide », a déclaré Jens Stoltenberg."
        end

        rule PL0007 assistant-self-reference
          title       "The text calls itself an assistant"
          severity    warning
          category    persona
          scope       sentence outside quotes
          match       phrase "pas seulement un assistant"
          message     "The writer refers to itself as an assistant"
          suggest     "Delete the sentence" => delete sentence
          example     "Je suis un expert en paraphrase, pas seulement un assistant."
        end
        """;

    public const string Article = """
        Des armes américaines utilisées contre la Russie – Moscou

        Dmitri Peskov, porte-parole du Kremlin, a déclaré vendredi aux journalistes que la Russie avait eu connaissance de l’utilisation d’armes américaines.

        Moi, Jens Stoltenberg, secrétaire général de l’OTAN, j’ai fortement plaidé pour que les États membres accordent à l’Ukraine cette permission.

        « J’ai fortement plaidé pour l’aide », a déclaré Jens Stoltenberg.

        Je suis un expert en paraphrase, pas seulement un assistant.

        """;

    public TestPack()
    {
        Root = Path.Combine(Path.GetTempPath(), "docrules-lsp-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "rules"));
        File.WriteAllText(RulesPath, Rules);
        File.WriteAllText(ArticlePath, Article);
    }

    public string Root { get; }

    public string RulesFolder => Path.Combine(Root, "rules");

    public string RulesPath => Path.Combine(RulesFolder, "persona.rules");

    public string ArticlePath => Path.Combine(Root, "article.md");

    public static string CacheDirectory { get; } = Path.Combine(Path.GetTempPath(), "docrules-lsp-tests-cache");

    public static string Uri(string path) => new Uri(path).AbsoluteUri;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
