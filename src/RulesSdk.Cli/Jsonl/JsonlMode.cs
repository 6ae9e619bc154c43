namespace RulesSdk.Cli.Jsonl;

/// <summary>What a JSON-lines run writes per document: its diagnostics (check) or its repaired text (fix).</summary>
public enum JsonlMode
{
    Check,
    Fix,
}
