namespace RulesSdk.Cli.Tests.TestSupport;

/// <summary>
/// The tests' own small rule pack (the built-in packs are not used: every run passes
/// <c>--rules rules/test.rules --no-builtin</c>): an editorial lead-in deleted with re-capitalisation
/// (warning) and a wrong first name replaced (info).
/// </summary>
public static class TestPack
{
    public const string RelativePath = "rules/test.rules";

    public const string LeadInId = "TL0001";

    public const string FirstNameId = "TL0002";

    public const string Text = """
        # Test pack of the CLI end-to-end tests.
        pack test.cli "CLI test pack"
        language any
        help "https://example.org/rules/{id}.md"

        rule TL0001 editorial-lead-in
          title    "Editorial lead-in"
          message  "The writer steps in with '{match}'"
          severity warning
          category attribution
          tags     persona, lead-in
          scope    sentence outside quotes
          match    /\bJe suis ravi de partager que,\s*/
          fix      "Remove the lead-in" => delete match then capitalize next
          example  "Je suis ravi de partager que, selon le porte-parole, le fait est établi."
                => "Selon le porte-parole, le fait est établi."
          clean    "Selon le porte-parole, le fait est établi."
        end

        rule TL0002 wrong-first-name
          title    "Wrong first name"
          message  "'{first} Zelensky' should be 'Volodymyr Zelensky'"
          severity info
          category names
          scope    sentence
          match    /\b(?<first>Vladimir) Zelensky\b/
          fix      "Use Volodymyr" => replace first with "Volodymyr"
          example  "Vladimir Zelensky a parlé." => "Volodymyr Zelensky a parlé."
          clean    "Volodymyr Zelensky a parlé."
        end

        """;

    /// <summary>The arguments that load only this pack.</summary>
    public static string[] Args => ["--rules", RelativePath, "--no-builtin"];

    /// <summary><paramref name="args"/> followed by <see cref="Args"/>.</summary>
    public static string[] With(params string[] args) => [.. args, .. Args];
}
