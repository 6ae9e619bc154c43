namespace RulesSdk.Cli.Formatting;

/// <summary>The <c>--format</c> of <c>docrules check</c>.</summary>
public enum OutputFormat
{
    Text,
    Json,
    Sarif,
}
