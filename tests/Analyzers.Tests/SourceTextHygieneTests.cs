namespace Analyzers.Tests;

/// <summary>
/// No raw control character (other than tab, line feed and carriage return) in the repository's source, rules,
/// data and docs. A script that writes "\b" into a C# pattern through an ordinary string leaves a backspace where
/// the word boundary was: the pattern compiles, matches nothing, and no other test need notice.
/// </summary>
public sealed class SourceTextHygieneTests
{
    private static readonly string[] Extensions = [".cs", ".rules", ".txt", ".json", ".md", ".csproj", ".props", ".ts", ".sh"];

    private static readonly string[] SkippedFolders = ["bin", "obj", "node_modules", ".git", "out"];

    [Fact]
    public void Source_files_hold_no_control_characters()
    {
        var found = new List<string>();
        foreach (var path in Files(BuiltInPacks.RepoRoot))
        {
            var text = File.ReadAllText(path);
            var line = 1;
            var column = 1;
            foreach (var c in text)
            {
                if (char.IsControl(c) && c is not ('\t' or '\n' or '\r') && c < '\u007F')
                {
                    found.Add($"{Path.GetRelativePath(BuiltInPacks.RepoRoot, path)}({line},{column}): U+{(int)c:X4}");
                }

                (line, column) = c == '\n' ? (line + 1, 1) : (line, column + 1);
            }
        }

        Assert.True(found.Count == 0, "control characters in source files:\n" + string.Join('\n', found.Take(20)));
    }

    private static IEnumerable<string> Files(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (Extensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
            {
                yield return file;
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            if (!SkippedFolders.Contains(Path.GetFileName(sub), StringComparer.Ordinal))
            {
                foreach (var file in Files(sub))
                {
                    yield return file;
                }
            }
        }
    }
}
