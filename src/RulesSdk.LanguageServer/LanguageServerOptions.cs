using RulesSdk.Dsl;

namespace RulesSdk.LanguageServer;

/// <summary>What a host hands the language server: the built-in packs and how the packs compile.</summary>
public sealed record LanguageServerOptions
{
    public static LanguageServerOptions Default { get; } = new();

    /// <summary>
    /// The built-in rule files (the CLI's embedded <c>analyzers/</c> tree). Each folder of the paths is
    /// one pack, as <c>analyzers/news-fr/*.rules</c> is. Empty: no built-in packs.
    /// </summary>
    public IReadOnlyList<RuleSource> BuiltInSources { get; init; } = [];

    /// <summary>Reads the list and import files of the built-in packs by path; null reads nothing.</summary>
    public Func<string, string?>? ReadBuiltInFile { get; init; }

    /// <summary>
    /// An assembly with the built-in packs precompiled (<see cref="RulePack.Precompile"/>); a built-in
    /// pack whose sources it holds loads from it, any other compiles as usual. Null: compile them all.
    /// </summary>
    public System.Reflection.Assembly? PrecompiledBuiltIns { get; init; }

    /// <summary>Cache and regex settings of every pack; examples run on save regardless.</summary>
    public RulePackOptions PackOptions { get; init; } = RulePackOptions.Default;

    /// <summary>Quiet time after an edit before a document is analysed again.</summary>
    public TimeSpan DocumentDebounce { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>Quiet time after an edit before a rule file is checked again (a compile costs more).</summary>
    public TimeSpan RuleFileDebounce { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Server version reported in <c>initialize</c>.</summary>
    public string Version { get; init; } = typeof(LanguageServerOptions).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
