namespace RulesSdk.Vale;

/// <summary>A Vale rule written as a DSL rule: its Vale name (Style.Rule), the rule id given, the file written and the Vale source.</summary>
public sealed record ValeImportedRule(string ValeName, string RuleId, string FileName, string SourcePath, string Kind);
