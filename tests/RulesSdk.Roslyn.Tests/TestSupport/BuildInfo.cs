using System.Reflection;

namespace RulesSdk.Roslyn.Tests.TestSupport;

/// <summary>Where this build put things: the engine, the repository, the configuration (from assembly metadata).</summary>
internal static class BuildInfo
{
    public static string DocRulesDll { get; } = Get("DocRulesDll");

    public static string RepoRoot { get; } = Get("RepoRoot");

    public static string Configuration { get; } = Get("Configuration");

    /// <summary>The dotnet host running the tests (so the engine runs on the same runtime).</summary>
    public static string DotnetHost { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static string Get(string key) =>
        typeof(BuildInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
