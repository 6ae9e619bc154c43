namespace RulesSdk.Vale;

/// <summary>The ids of import problems (docs/vale.md lists them).</summary>
public static class ValeDiagnosticIds
{
    public const string MalformedYaml = "VALE001";
    public const string UnknownKind = "VALE002";
    public const string UnsupportedField = "VALE003";
    public const string PcreOnly = "VALE004";
    public const string InvalidRegex = "VALE005";
    public const string Conflict = "VALE006";
    public const string UnsupportedScope = "VALE007";
    public const string UnsupportedAction = "VALE008";
    public const string MissingField = "VALE009";
    public const string Configuration = "VALE010";
}
