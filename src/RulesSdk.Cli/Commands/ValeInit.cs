using System.Text;
using RulesSdk.Cli.Hosting;

namespace RulesSdk.Cli.Commands;

/// <summary><c>docrules init --from-vale PATH</c>: a configuration whose rule pack is the imported Vale style.</summary>
internal static class ValeInit
{
    public static int Run(CliConsole console, string valePath, string cwd, string configurationFile, string configurationText)
    {
        if (File.Exists(Path.Combine(cwd, configurationFile)))
        {
            throw new CliException($"{configurationFile}: error: already exists; docrules init never overwrites a file (nothing was written)");
        }

        var exit = new ImportValeCommand(console).Import(valePath, null, force: false, "en", null, out var import, out var directory);
        var relative = Path.GetRelativePath(cwd, directory).Replace('\\', '/');
        var configuration = configurationText
            .Replace("\"rulePacks\": [\"rules\"]", $"\"rulePacks\": [\"{relative}\"]", StringComparison.Ordinal)
            .Replace("\"LOC0001\": \"warning\"", $"\"{import.Rules.FirstOrDefault()?.RuleId ?? "LOC0001"}\": \"warning\"", StringComparison.Ordinal);
        using (var stream = new FileStream(Path.Combine(cwd, configurationFile), FileMode.CreateNew, FileAccess.Write))
        {
            stream.Write(new UTF8Encoding(false).GetBytes(configuration.ReplaceLineEndings("\n")));
        }

        console.Out.WriteLine($"created {configurationFile}");
        console.Out.WriteLine($"next: `docrules test {relative}` compiles the pack; `docrules check PATH` checks documents with it.");
        return exit;
    }
}
