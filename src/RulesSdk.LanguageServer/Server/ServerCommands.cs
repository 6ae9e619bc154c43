namespace RulesSdk.LanguageServer.Server;

/// <summary>The commands of <c>workspace/executeCommand</c>; each takes the document's URI first.</summary>
internal static class ServerCommands
{
    /// <summary><c>[uri]</c> or <c>[uri, ruleId]</c>: fix-all in the document, sent back with <c>workspace/applyEdit</c>.</summary>
    public const string FixAll = "docrules.fixAll";

    /// <summary><c>[uri, ruleId]</c>: sets the rule to <c>none</c> in the <c>.docrules.json</c> that applies to the document.</summary>
    public const string DisableRuleInConfiguration = "docrules.disableRuleInConfiguration";

    public static string[] All { get; } = [FixAll, DisableRuleInConfiguration];
}
