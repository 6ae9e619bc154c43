using System.Collections.Immutable;
using RulesSdk.Dsl;
using RulesSdk.Workspaces;

namespace RulesSdk.Testing;

/// <summary>
/// Runs a pack over every <c>*.md</c>/<c>*.txt</c> input under its <c>tests/</c> folder and compares
/// each with <c>&lt;input&gt;.verified.txt</c> (diagnostics with fixes, "--- fixed ---", the fixed
/// text). <c>docrules test --accept</c> calls <see cref="Run"/> with <c>accept: true</c>.
/// </summary>
public static class SnapshotFolderRunner
{
    public const string TestsFolderName = "tests";

    /// <summary>
    /// One result per input (passed, failed, new, accepted, or unreadable: an input <c>docrules check</c>
    /// would not read, see <see cref="DocumentRunner.TryLoadDocument"/>), then one per dangling verified file,
    /// in path order. Failed and new inputs get a received file. Inputs are the documents' own
    /// content, so dates are not scrubbed; paths and the machine name are. Inputs are declared in
    /// the pack's language (as the DSL's own examples are), unless the pack is for any language.
    /// </summary>
    public static ImmutableArray<SnapshotResult> Run(RulePack pack, string packFolder, bool accept)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(packFolder);
        var testsFolder = Path.Combine(packFolder, TestsFolderName);
        if (!Directory.Exists(testsFolder))
        {
            return [];
        }

        var runner = DocumentRunner.For(pack);
        var results = ImmutableArray.CreateBuilder<SnapshotResult>();
        var inputs = DocumentRunner.FindInputs(testsFolder);
        var realTestsFolder = RealPath.Of(testsFolder);
        foreach (var input in inputs)
        {
            var verifiedPath = input + ".verified.txt";
            var document = DocumentRunner.TryLoadDocument(testsFolder, input, pack.Language is "any" or "" ? null : pack.Language, out var failure);
            if (document is null)
            {
                // A bad input fails its own case only; the other inputs still run.
                results.Add(new SnapshotResult(input, verifiedPath, SnapshotStatus.Unreadable) { Problem = failure!.Message });
                continue;
            }

            var run = runner.RunAsync(document).GetAwaiter().GetResult();
            var text = Snapshot.Scrub(SnapshotFormatter.Format(run), dates: false);
            try
            {
                var (status, _, diff) = Snapshot.CompareAsync(text, verifiedPath, accept, realTestsFolder).GetAwaiter().GetResult();
                results.Add(new SnapshotResult(input, verifiedPath, status, diff));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A snapshot file that cannot be read or written (a folder, a FIFO, a link, too large) fails its own case only.
                results.Add(new SnapshotResult(input, verifiedPath, SnapshotStatus.Unreadable) { Problem = e.Message });
            }
        }

        var inputSet = inputs.ToHashSet(StringComparer.Ordinal);
        foreach (var verified in DocumentRunner.FilesWithin(testsFolder, f => f.EndsWith(".verified.txt", StringComparison.Ordinal)))
        {
            var input = verified[..^".verified.txt".Length];
            if (!inputSet.Contains(input))
            {
                results.Add(new SnapshotResult(input, verified, SnapshotStatus.Dangling));
            }
        }

        return results.ToImmutable();
    }
}
