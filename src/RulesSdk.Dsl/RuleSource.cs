namespace RulesSdk.Dsl;

/// <summary>The text of one rule file and the path it is reported under (imports resolve against it).</summary>
public sealed record RuleSource(string Path, string Text)
{
    /// <exception cref="DslException">DSL0042: the file is not valid UTF-8.</exception>
    public static RuleSource FromFile(string path) => new(path, RuleFileText.Read(path));
}
