namespace RulesSdk.Dsl;

/// <summary>The text of one rule file and the path it is reported under (imports resolve against it).</summary>
public sealed record RuleSource(string Path, string Text)
{
    public static RuleSource FromFile(string path) => new(path, File.ReadAllText(path));
}
