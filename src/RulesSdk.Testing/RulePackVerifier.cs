using RulesSdk.Dsl;

namespace RulesSdk.Testing;

/// <summary>Creates <see cref="AnalyzerVerifier"/>s for DSL rule packs, from a folder or file, or from source text.</summary>
public static class RulePackVerifier
{
    /// <summary>
    /// A verifier for the pack at <paramref name="path"/> (a .rules file or folder; relative paths
    /// resolve against the repository root). With <paramref name="ruleId"/>, only that rule runs
    /// and <c>[|…|]</c> stands for it. The documents are declared in the rule's language (the pack's without a rule id).
    /// </summary>
    public static AnalyzerVerifier For(string path, string? ruleId = null, RulePackOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        RulePack pack;
        try
        {
            pack = RulePack.Load(RepoRoot.Resolve(path), options);
        }
        catch (DslException ex)
        {
            throw new VerificationException($"The rule pack '{path}' does not compile:\n{string.Join('\n', ex.Diagnostics.Select(d => d.ToDisplayString()))}", ex);
        }

        return For(pack, ruleId);
    }

    /// <summary>A verifier for a loaded pack; with <paramref name="ruleId"/>, only that rule runs.</summary>
    public static AnalyzerVerifier For(RulePack pack, string? ruleId = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var analyzers = pack.Analyzers.AsEnumerable();
        var fixers = pack.CodeFixProviders.AsEnumerable();
        if (ruleId is not null)
        {
            if (!pack.Rules.Any(r => string.Equals(r.Id, ruleId, StringComparison.OrdinalIgnoreCase)))
            {
                throw new VerificationException($"The pack {pack.Id} has no rule {ruleId}; its rules: {string.Join(", ", pack.Rules.Select(r => r.Id))}.");
            }

            analyzers = analyzers.Where(a => a.SupportedDiagnostics.Any(d => string.Equals(d.Id, ruleId, StringComparison.OrdinalIgnoreCase)));
            fixers = fixers.Where(f => f.FixableDiagnosticIds.Contains(ruleId, StringComparer.OrdinalIgnoreCase));
        }

        // A rule runs under its own language (a French rule in an English pack is declared fr), so
        // verifying it never silently reports nothing because the documents were in the pack's language.
        var language = ruleId is null ? pack.Language : pack.Rules.First(r => string.Equals(r.Id, ruleId, StringComparison.OrdinalIgnoreCase)).Language;
        var verifier = AnalyzerVerifier.For(analyzers, fixers, ruleId);
        return language is "any" or "" ? verifier : verifier.WithLanguage(language);
    }

    /// <summary>Compiles rule source text (one file, reported as <paramref name="path"/>) into a verifier.</summary>
    public static AnalyzerVerifier Compile(string source, string? ruleId = null, string path = "test.rules", RulePackOptions? options = null) =>
        For(CompilePack(source, path, options), ruleId);

    /// <summary>Compiles rule source text into a pack; a DSL error fails with every error printed as the compiler prints it.</summary>
    public static RulePack CompilePack(string source, string path = "test.rules", RulePackOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var compilation = RulePack.Compile([new RuleSource(path, source)], options);
        return compilation.Success
            ? compilation.Pack!
            : throw new VerificationException($"The rule source does not compile:\n{string.Join('\n', compilation.Diagnostics.Select(d => d.ToDisplayString()))}");
    }
}
