using System.Reflection;
using System.Runtime.CompilerServices;
using RulesSdk.Testing;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace Analyzers.Tests;

/// <summary>
/// Snapshots of every built-in pack over every sample document and the seed article: each finding
/// with its source line and fixes, then the fix-all result. Accept changes with DOCRULES_ACCEPT=1.
/// Dates are document content here, so they are not scrubbed.
/// </summary>
public sealed class PackSnapshotTests
{
    public static TheoryData<string, string> PackSamples()
    {
        var data = new TheoryData<string, string>();
        var samples = Path.Combine(BuiltInPacks.RepoRoot, "samples");
        var files = DocumentRunner.FindInputs(samples)
            .Select(f => Path.GetRelativePath(samples, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("csharp-analyzer/", StringComparison.Ordinal) && !f.StartsWith("roslyn-docs/", StringComparison.Ordinal));
        foreach (var pack in BuiltInPacks.Names)
        {
            foreach (var file in files)
            {
                data.Add(pack, file);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PackSamples))]
    public async Task Samples(string pack, string sample)
    {
        var document = Load(Path.Combine(BuiltInPacks.RepoRoot, "samples", sample), "samples/" + sample);
        var run = await DocumentRunner.For(BuiltInPacks.Get(pack)).RunAsync(document);
        await VerifyAsync(run, $"{pack}_{sample.Replace('/', '-')}");
    }

    [Theory]
    [InlineData("news-fr")]
    [InlineData("news-en")]
    public async Task Seed(string pack)
    {
        var document = Load(Path.Combine(SeedFolder(), "seed-fr.txt"), "seed-fr.txt");
        var run = await DocumentRunner.For(BuiltInPacks.Get(pack)).RunAsync(document);
        await VerifyAsync(run, pack);
    }

    [Fact]
    public async Task Seed_FixedText()
    {
        var document = Load(Path.Combine(SeedFolder(), "seed-fr.txt"), "seed-fr.txt");
        var run = await DocumentRunner.For(BuiltInPacks.Get("news-fr")).RunAsync(document);
        Assert.True(run.FixAll.ReachedFixedPoint, "fix-all did not reach a fixed point: " + string.Join("; ", run.FixAll.Skipped.Select(s => s.Reason)));
        await Snapshot.VerifyFile(run.FixedText, Snapshot.GetVerifiedPath(ThisFile(), nameof(Seed_FixedText)), scrubDates: false);
    }

    [Theory]
    [InlineData("news-fr")]
    [InlineData("news-en")]
    public void PackFolderSnapshots(string pack)
    {
        // Each pack's own tests/ folder, as `docrules test` runs it (none yet is fine).
        var results = SnapshotFolderRunner.Run(BuiltInPacks.Get(pack), BuiltInPacks.PackFolder(pack), Snapshot.Accepting);
        var failures = results.Where(r => !r.Passed).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void NoDanglingSnapshots()
    {
        var dangling = Snapshot.FindDangling(Path.GetDirectoryName(ThisFile())!, Assembly.GetExecutingAssembly());
        Assert.True(dangling.IsEmpty, "Dangling snapshots (delete them):\n" + string.Join('\n', dangling));
    }

    private static TextDocument Load(string file, string path) =>
        new(DocumentId.FromPath(path), path, SourceText.Decode(File.ReadAllBytes(file)));

    private static Task VerifyAsync(DocumentRun run, string parameters, [CallerMemberName] string method = "") =>
        Snapshot.VerifyFile(SnapshotFormatter.Format(run), Snapshot.GetVerifiedPath(ThisFile(), method, parameters), scrubDates: false);

    private static string SeedFolder() => Path.Combine(Path.GetDirectoryName(ThisFile())!, "Seed");

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
