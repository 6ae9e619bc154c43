using System.Runtime.CompilerServices;
using System.Text;

namespace RulesSdk.Dsl.Tests;

/// <summary>The generated C# of a pack compared with a file under Golden/ (DOCRULES_ACCEPT=1 rewrites it).</summary>
internal static class GoldenFile
{
    public static void Verify(RulePackCompilation compilation, string fileName)
    {
        Assert.True(compilation.Success, string.Join("\n", compilation.Diagnostics));
        var actual = new StringBuilder();
        foreach (var (name, source) in compilation.GeneratedSources.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            actual.Append("// ===== ").Append(name).Append(" =====\n").Append(source).Append('\n');
        }

        var path = Path.Combine(Directory(), fileName);
        if (Environment.GetEnvironmentVariable("DOCRULES_ACCEPT") == "1" || !File.Exists(path))
        {
            File.WriteAllText(path, actual.ToString());
            Assert.True(Environment.GetEnvironmentVariable("DOCRULES_ACCEPT") == "1", $"golden file {path} was missing and has been written; rerun");
        }

        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, actual.ToString());
    }

    private static string Directory([CallerFilePath] string file = "") => Path.Combine(Path.GetDirectoryName(file)!, "Golden");
}
