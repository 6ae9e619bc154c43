using System.Text;
using RulesSdk.Dsl;

namespace RulesSdk.PackGen;

/// <summary>
/// <c>docrules-packgen --root ROOT --out DIR PACK...</c>: compiles each pack folder (relative to ROOT,
/// so rule paths read as the tool shows them, e.g. <c>analyzers/news-fr/persona.rules</c>), runs its
/// examples, and writes <c>DIR/PACK-NAME/*.g.cs</c> and <c>DIR/manifests/KEY.json</c> for the build to
/// compile and embed. DSL problems print in MSBuild's canonical format, so a broken pack fails the
/// build at its line. Exit codes: 0 written, 1 a pack has errors, 2 bad arguments.
/// </summary>
public static class PackGenerator
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        string? root = null;
        string? outDirectory = null;
        var packs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--root" when i + 1 < args.Length:
                    root = args[++i];
                    break;
                case "--out" when i + 1 < args.Length:
                    outDirectory = args[++i];
                    break;
                default:
                    packs.Add(args[i]);
                    break;
            }
        }

        if (root is null || outDirectory is null || packs.Count == 0)
        {
            error.WriteLine("usage: docrules-packgen --root ROOT --out DIR PACK-FOLDER...   (pack folders relative to ROOT)");
            return 2;
        }

        root = Path.GetFullPath(root);
        var results = new List<(string Name, PrecompiledPackSource Source)>();
        var failed = false;
        foreach (var pack in packs)
        {
            var relative = Path.GetRelativePath(root, Path.GetFullPath(pack, root)).Replace('\\', '/').TrimEnd('/');
            var folder = Path.Combine(root, relative);
            if (!Directory.Exists(folder))
            {
                error.WriteLine($"{folder}: error PACKGEN1: rule pack folder not found");
                failed = true;
                continue;
            }

            var sources = Directory.GetFiles(folder, "*.rules", SearchOption.TopDirectoryOnly)
                .Order(StringComparer.Ordinal)
                .Select(file => new RuleSource(relative + "/" + Path.GetFileName(file), File.ReadAllText(file, Encoding.UTF8)))
                .ToList();
            if (sources.Count == 0)
            {
                error.WriteLine($"{folder}: error PACKGEN1: no .rules files in this folder");
                failed = true;
                continue;
            }

            // Imports and list files resolve against ROOT, as the embedded copies do in the tool.
            var options = new RulePackOptions { ReadFile = path => ReadUnder(root, path) };
            var source = RulePack.Precompile(sources, options);
            foreach (var diagnostic in source.Diagnostics)
            {
                error.WriteLine(Path.Combine(root, diagnostic.ToString()));
            }

            failed |= !source.Success;
            results.Add((Path.GetFileName(folder), source));
        }

        if (failed)
        {
            return 1;
        }

        // Written only when every pack compiled, and afresh: no stale file of a renamed rule survives.
        if (Directory.Exists(outDirectory))
        {
            Directory.Delete(outDirectory, recursive: true);
        }

        Directory.CreateDirectory(Path.Combine(outDirectory, "manifests"));
        foreach (var (name, source) in results)
        {
            var packDirectory = Path.Combine(outDirectory, name);
            Directory.CreateDirectory(packDirectory);
            foreach (var (file, code) in source.GeneratedSources)
            {
                File.WriteAllText(Path.Combine(packDirectory, file), code, new UTF8Encoding(false));
            }

            var manifestFile = source.ManifestResourceName[RulePack.PrecompiledResourcePrefix.Length..];
            File.WriteAllText(Path.Combine(outDirectory, "manifests", manifestFile), source.ManifestJson, new UTF8Encoding(false));
            output.WriteLine($"docrules-packgen: {name}: {source.GeneratedSources.Count} files, manifest {manifestFile}");
        }

        return 0;
    }

    private static string? ReadUnder(string root, string path)
    {
        var full = Path.GetFullPath(path, root);
        return File.Exists(full) ? File.ReadAllText(full, Encoding.UTF8) : null;
    }
}
