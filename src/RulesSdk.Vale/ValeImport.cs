using System.Collections.Immutable;

namespace RulesSdk.Vale;

/// <summary>The result of importing a Vale style: the .rules files (name → text), the rules and every problem met.</summary>
public sealed record ValeImport(
    string PackId,
    ImmutableDictionary<string, string> Files,
    ImmutableArray<ValeImportedRule> Rules,
    ImmutableArray<ValeDiagnostic> Diagnostics,
    ImmutableArray<string> SkippedRules)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The DSL rule id of Vale rule <paramref name="valeName"/> (Style.Rule), or null when it was not imported.</summary>
    public string? RuleIdOf(string valeName) => Rules.FirstOrDefault(r => r.ValeName == valeName)?.RuleId;

    /// <summary>Writes the files into <paramref name="directory"/> (created when missing).</summary>
    public void WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var (name, text) in Files)
        {
            File.WriteAllText(Path.Combine(directory, name), text);
        }
    }
}
