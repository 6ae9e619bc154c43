namespace RulesSdk.Cli.Loading;

/// <summary>What <c>docrules check</c> analyses when given no PATH and no <c>--rules</c>: the repository's bundled <c>samples/</c>.</summary>
public static class DefaultPaths
{
    public const string SolutionFile = "RulesSdk.sln";

    public const string SamplesFolder = "samples";

    /// <summary>The samples folder of the nearest RulesSdk checkout at or above <paramref name="directory"/>, or null.</summary>
    public static string? FindSamples(string directory)
    {
        for (var current = new DirectoryInfo(Path.GetFullPath(directory)); current is not null; current = current.Parent)
        {
            var samples = Path.Combine(current.FullName, SamplesFolder);
            if (File.Exists(Path.Combine(current.FullName, SolutionFile)) && Directory.Exists(samples))
            {
                return samples;
            }
        }

        return null;
    }
}
