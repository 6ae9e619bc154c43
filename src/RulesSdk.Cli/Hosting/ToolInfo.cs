using System.Reflection;

namespace RulesSdk.Cli.Hosting;

/// <summary>What the tool says about itself in JSON and SARIF output.</summary>
public static class ToolInfo
{
    public const string Name = "docrules";

    public const string InformationUri = "https://github.com/rulessdk/rulessdk";

    /// <summary>The package version, without the source revision the SDK appends after '+'.</summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var assembly = typeof(ToolInfo).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (!string.IsNullOrEmpty(informational))
        {
            var plus = informational.IndexOf('+', StringComparison.Ordinal);
            return plus >= 0 ? informational[..plus] : informational;
        }

        return assembly.GetName().Version?.ToString(3) ?? "0.0.0";
    }
}
