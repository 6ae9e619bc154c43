namespace RulesSdk.Analyzers.Authoring;

/// <summary>The ids of the rule-author analyzers; each has docs/rules/ID.md.</summary>
internal static class RuleIdentifiers
{
    public const string ReportedIdNotSupported = "DRA1001";
    public const string DescriptorIdPrefix = "DRA1002";
    public const string DuplicateDescriptorId = "DRA1003";
    public const string DescriptorCreatedPerCall = "DRA1004";
    public const string FixableIdNotDeclared = "DRA1005";
    public const string RegexWithoutTimeout = "DRA1006";
    public const string BlockingCallInAnalyzer = "DRA1007";
    public const string StaticMutableStateInAnalyzer = "DRA1008";
    public const string LocationOutsideDocument = "DRA1009";

    public const string Category = "RulesSdk.Authoring";

    public static string HelpLink(string id) => "https://github.com/rulessdk/rulessdk/blob/main/docs/rules/" + id + ".md";
}
