namespace RulesSdk.Dsl;

/// <summary>The text of one rule file and the path it is reported under (imports resolve against it).</summary>
public sealed record RuleSource(string Path, string Text)
{
    /// <summary>The largest rule, list or import file <see cref="FromFile"/> reads (16 MB); hosts that read such files apart use it too.</summary>
    public const long MaxFileBytes = RuleFileText.MaxBytes;

    /// <exception cref="DslException">DSL0042: the file is not valid UTF-8.</exception>
    public static RuleSource FromFile(string path) => new(path, RuleFileText.Read(path));
}
