using System.CommandLine;
using RulesSdk.Cli.Loading;
using RulesSdk.Configuration;
using RulesSdk.Dsl;

namespace RulesSdk.Cli.Commands;

/// <summary>
/// The options every analysing command shares: which packs to load (<c>--rules</c>, <c>--no-builtin</c>),
/// which configuration (<c>--config</c>) and whether compiled packs are cached (<c>--no-cache</c>).
/// </summary>
public sealed class RuleOptions
{
    public Option<string[]> Rules { get; } = new("--rules")
    {
        Description = "A .rules file or a folder of them to load (repeatable). The built-in packs are still loaded unless --no-builtin is given.",
        HelpName = "FILE|DIR",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string[]> Analyzers { get; } = new("--analyzers")
    {
        Description = "A C# analyzer assembly (.dll) or project (.csproj, built first) whose DocumentAnalyzer and CodeFixProvider types run beside the packs (repeatable).",
        HelpName = "DLL|CSPROJ",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<bool> NoBuiltIn { get; } = new("--no-builtin")
    {
        Description = "Do not load the built-in packs (only --rules and the configuration's rulePacks).",
    };

    public Option<string?> Config { get; } = new("--config")
    {
        Description = "The configuration file to use, instead of the nearest .docrules.json above the first PATH (or the current folder).",
        HelpName = "FILE",
    };

    public Option<bool> NoCache { get; } = new("--no-cache")
    {
        Description = "Compile the rule packs again instead of reusing compiled packs from the cache (the fresh result replaces the cached one).",
    };

    public Option<int?> RuleTimeout { get; } = new("--rule-timeout")
    {
        Description = "Each rule's time budget per document, in milliseconds, per 100,000 characters of a longer document (overrides the configuration's ruleTimeout); a rule past it is stopped there and reported as DR0002.",
        HelpName = "MS",
        CustomParser = result => WholeNumber.Parse(result, "--rule-timeout", 1, 3_600_000),
    };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(RuleTimeout);
        command.Options.Add(Rules);
        command.Options.Add(Analyzers);
        command.Options.Add(NoBuiltIn);
        command.Options.Add(Config);
        command.Options.Add(NoCache);
    }

    private const long LargeWorkloadChars = 1_000_000;

    /// <summary>Whether <c>--rules</c> was given at least once.</summary>
    public bool HasRules(ParseResult parse) => parse.GetValue(Rules) is { Length: > 0 };

    /// <summary>
    /// Whether the run compiles packs of its own (<c>--rules</c> or the configuration's <c>rulePacks</c>):
    /// only those depend on the workload (see <see cref="LoadCatalog"/>); the built-in packs are precompiled.
    /// </summary>
    public bool HasUserPacks(ParseResult parse, DocRulesConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return HasRules(parse) || !configuration.RulePacks.IsEmpty || parse.GetValue(Analyzers) is { Length: > 0 } || !configuration.Analyzers.IsEmpty;
    }

    public DocRulesConfiguration LoadConfiguration(ParseResult parse, string? firstPath)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var configuration = ConfigurationLoader.Load(parse.GetValue(Config), firstPath, Directory.GetCurrentDirectory());
        return parse.GetValue(RuleTimeout) is { } milliseconds ? configuration with { RuleTimeout = TimeSpan.FromMilliseconds(milliseconds) } : configuration;
    }

    /// <summary>Compiles the built-in packs (unless turned off), the <c>--rules</c> packs and the configuration's <c>rulePacks</c>.</summary>
    /// <param name="workloadChars">Characters about to be analysed; null when unknown (streams), which counts as large.</param>
    public RuleCatalog LoadCatalog(ParseResult parse, DocRulesConfiguration configuration, TextWriter error, long? workloadChars = null)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(configuration);

        // Generated regexes match several times faster but cost ~0.25 s of JIT per process: worth it
        // past about a megabyte of text, not for a handful of small files.
        var options = new RulePackOptions
        {
            // --no-cache compiles again and stores the fresh result, so it also repairs a bad cache entry.
            UseCache = true,
            RefreshCache = parse.GetValue(NoCache),
            UseRegexGenerator = workloadChars is null or > LargeWorkloadChars,
        };
        var includeBuiltIn = !parse.GetValue(NoBuiltIn) && configuration.UseBuiltInPacks;
        var paths = (parse.GetValue(Rules) ?? [])
            .Concat(configuration.RulePacks.Select(p => Path.GetFullPath(p, configuration.BaseDirectory)));
        var analyzers = (parse.GetValue(Analyzers) ?? [])
            .Concat(configuration.Analyzers.Select(p => Path.GetFullPath(p, configuration.BaseDirectory)));
        return new PackLoader(error, options).Load(paths, includeBuiltIn, analyzers);
    }
}
