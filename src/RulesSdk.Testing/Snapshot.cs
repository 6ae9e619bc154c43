using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using RulesSdk.Analyzers;
using RulesSdk.Diagnostics;
using RulesSdk.Workspaces;

namespace RulesSdk.Testing;

/// <summary>
/// Snapshot verification with Verify's conventions: <c>{Class}.{Method}_{params}.verified.txt</c>
/// beside the test source file, UTF-8, LF, no trailing newline. A mismatch writes
/// <c>.received.txt</c> next to it and fails with a diff; <c>DOCRULES_ACCEPT=1</c> or
/// <see cref="AutoAccept"/> accepts (writes the verified file, deletes the received one).
/// </summary>
public static partial class Snapshot
{
    public const string AcceptVariable = "DOCRULES_ACCEPT";

    private static readonly Lock Gate = new();
    private static ImmutableList<Func<string, string>> s_customScrubbers = [];

    /// <summary>Accept every snapshot (as if <c>DOCRULES_ACCEPT=1</c>).</summary>
    public static bool AutoAccept { get; set; }

    /// <summary>Replace ISO dates and times with <c>{Date}</c> (on by default).</summary>
    public static bool ScrubDates { get; set; } = true;

    /// <summary>True when snapshots are accepted: <see cref="AutoAccept"/> or <c>DOCRULES_ACCEPT</c> set to 1 or true.</summary>
    public static bool Accepting =>
        AutoAccept || Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true" or "True";

    /// <summary>Adds a scrubber run after the built-in ones (repository root, temp folder, dates, machine name).</summary>
    public static void AddScrubber(Func<string, string> scrubber)
    {
        ArgumentNullException.ThrowIfNull(scrubber);
        lock (Gate)
        {
            s_customScrubbers = s_customScrubbers.Add(scrubber);
        }
    }

    /// <summary>Removes every scrubber added with <see cref="AddScrubber"/>.</summary>
    public static void ClearScrubbers()
    {
        lock (Gate)
        {
            s_customScrubbers = [];
        }
    }

    /// <summary>
    /// Applies the scrubbers: the repository root → <c>{RepoRoot}</c>, the temp folder →
    /// <c>{TempPath}</c>, ISO dates/times → <c>{Date}</c> (when <paramref name="dates"/>), the
    /// machine name → <c>{MachineName}</c>, then custom scrubbers. Line breaks become LF.
    /// </summary>
    public static string Scrub(string text, bool? dates = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (RepoRoot.Find() is { } root)
        {
            text = ReplacePath(text, root, "{RepoRoot}");
        }

        text = ReplacePath(text, Path.GetTempPath(), "{TempPath}");
        if (dates ?? ScrubDates)
        {
            text = IsoDate().Replace(text, "{Date}");
        }

        var machine = Environment.MachineName;
        if (machine.Length >= 2)
        {
            text = Regex.Replace(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(machine)}(?![\p{{L}}\p{{N}}])", "{MachineName}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        foreach (var scrubber in s_customScrubbers)
        {
            text = scrubber(text);
        }

        return text;
    }

    /// <summary>Verifies a text (for example a fixed document) against the test's snapshot.</summary>
    public static Task Verify(string text, string? parameters = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "") =>
        VerifyCore(text, parameters, sourceFile, method);

    /// <summary>Verifies a document's diagnostics, one finding per block (compiler line, source line and caret).</summary>
    public static Task Verify(DocumentAnalysisResult result, string? parameters = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        ArgumentNullException.ThrowIfNull(result);
        return VerifyCore(SnapshotFormatter.Format(result), parameters, sourceFile, method);
    }

    public static Task Verify((TextDocument Document, ImmutableArray<Diagnostic> Diagnostics) result, string? parameters = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "") =>
        VerifyCore(SnapshotFormatter.Format(result.Document, result.Diagnostics), parameters, sourceFile, method);

    /// <summary>Verifies a document's diagnostics with their fixes, then "--- fixed ---" and the fix-all result.</summary>
    public static Task Verify(DocumentRun run, string? parameters = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        ArgumentNullException.ThrowIfNull(run);
        return VerifyCore(SnapshotFormatter.Format(run), parameters, sourceFile, method);
    }

    /// <summary>Verifies a pack run over a folder: every document under its own header.</summary>
    public static Task Verify(FolderRun run, string? parameters = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        ArgumentNullException.ThrowIfNull(run);
        return VerifyCore(SnapshotFormatter.Format(run), parameters, sourceFile, method);
    }

    /// <summary>The verified file path for a test: <c>{dir of source}/{Class}.{Method}_{params}.verified.txt</c>.</summary>
    public static string GetVerifiedPath(string sourceFile, string method, string? parameters = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceFile);
        ArgumentException.ThrowIfNullOrEmpty(method);
        var directory = Path.GetDirectoryName(sourceFile) ?? ".";
        var name = Path.GetFileNameWithoutExtension(sourceFile) + "." + method;
        if (!string.IsNullOrEmpty(parameters))
        {
            name += "_" + SafeFileName(parameters);
        }

        return Path.Combine(directory, name + ".verified.txt");
    }

    /// <summary>Verifies <paramref name="actual"/> (already formatted) against <paramref name="verifiedPath"/>.</summary>
    /// <exception cref="VerificationException">No verified file, or it differs (a received file is written).</exception>
    /// <param name="actual">The text to verify; it is scrubbed first.</param>
    /// <param name="verifiedPath">The verified file.</param>
    /// <param name="scrubDates">Override <see cref="ScrubDates"/>.</param>
    /// <param name="accept">Override <see cref="Accepting"/>.</param>
    public static async Task VerifyFile(string actual, string verifiedPath, bool? scrubDates = null, bool? accept = null)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(verifiedPath);
        // A test-class snapshot is written within the folder it sits in, as a pack's are within tests/.
        var folder = RealPath.Of(Path.GetDirectoryName(Path.GetFullPath(verifiedPath))!);
        var outcome = await CompareAsync(Scrub(actual, scrubDates), verifiedPath, accept ?? Accepting, folder).ConfigureAwait(false);
        switch (outcome.Status)
        {
            case SnapshotStatus.New:
                throw new VerificationException($"new snapshot; accept it with {AcceptVariable}=1\n  received: {outcome.ReceivedPath}\n  verified: {verifiedPath}");
            case SnapshotStatus.Failed:
                throw new VerificationException($"snapshot mismatch: {verifiedPath}\n  received: {outcome.ReceivedPath} (accept it with {AcceptVariable}=1)\n\n{outcome.Diff}");
        }
    }

    private static Task VerifyCore(string text, string? parameters, string sourceFile, string method)
    {
        ArgumentNullException.ThrowIfNull(text);
        return VerifyFile(text, GetVerifiedPath(sourceFile, method, parameters));
    }

    /// <summary>
    /// Compares with the verified file, and writes the received file (or, accepting, the verified one) only within
    /// <paramref name="withinFolder"/> (a real path): as <see cref="FolderWorkspace"/> writes fixes, through
    /// <see cref="AtomicFile"/>, the target resolved again when written.
    /// </summary>
    internal static Task<(SnapshotStatus Status, string ReceivedPath, string? Diff)> CompareAsync(string actual, string verifiedPath, bool accept, string withinFolder)
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
        var receivedPath = ReceivedPathOf(verifiedPath);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        string? verified = null;
        if (File.Exists(verifiedPath) || Directory.Exists(verifiedPath))
        {
            // The policy inputs are read under: a regular file of at most 10 MB (a FIFO would block, a device never end).
            var bytes = BoundedFile.TryReadAllBytes(verifiedPath, DocumentRunner.MaxInputBytes, out var failure)
                ?? throw new IOException($"{verifiedPath}: {failure!.Message}");
            verified = utf8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF').TrimEnd('\n');
        }

        if (verified is not null && string.Equals(verified, actual, StringComparison.Ordinal))
        {
            DeleteIfExists(receivedPath);
            return Task.FromResult((SnapshotStatus.Passed, receivedPath, (string?)null));
        }

        if (accept)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(verifiedPath))!);
            Write(verifiedPath, utf8.GetBytes(actual), withinFolder);
            DeleteIfExists(receivedPath);
            return Task.FromResult((SnapshotStatus.Accepted, receivedPath, verified is null ? null : TextDiff.Unified(verified, actual, "verified", "received")));
        }

        Write(receivedPath, utf8.GetBytes(actual), withinFolder);
        return Task.FromResult(verified is null
            ? (SnapshotStatus.New, receivedPath, (string?)null)
            : (SnapshotStatus.Failed, receivedPath, TextDiff.Unified(verified, actual, "verified", "received")));
    }

    private static void Write(string path, byte[] bytes, string withinFolder)
    {
        EnsureWritable(path);
        try
        {
            AtomicFile.Replace(path, bytes, expected: null, beforeRename: null, withinFolder);
        }
        catch (SymbolicLinkOutsideFolderException ex)
        {
            // A folder on the way is a link out of the test folder (or became one): the snapshot's own words, not fix's.
            throw new IOException($"{path}: leads to {ex.Target}, outside the test folder {withinFolder}; snapshots are written within it only", ex);
        }
    }

    /// <summary>
    /// Refuses to write a snapshot through a symbolic link (it could point anywhere) or over anything that is not a
    /// regular file (a folder, a FIFO, a device).
    /// </summary>
    private static void EnsureWritable(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            throw new IOException($"{path}: is a symbolic link; snapshots are never written through a link (delete it to let the snapshot be written)");
        }

        if (Directory.Exists(path))
        {
            throw new IOException($"{path}: is a folder, not a snapshot file");
        }

        if (FileStatus.TryGet(path) is { } status && status.Kind != FileStatusKind.RegularFile)
        {
            throw new IOException($"{path}: {status.Describe()}, not a regular file; snapshots are written to regular files only");
        }
    }

    internal static string ReceivedPathOf(string verifiedPath) =>
        verifiedPath.EndsWith(".verified.txt", StringComparison.OrdinalIgnoreCase)
            ? string.Concat(verifiedPath.AsSpan(0, verifiedPath.Length - ".verified.txt".Length), ".received.txt")
            : verifiedPath + ".received.txt";

    /// <summary>
    /// Test-class snapshots under <paramref name="directory"/> whose class or method no longer
    /// exists in <paramref name="assembly"/>. Files beside an input they are named after
    /// (<c>article.md.verified.txt</c>, as <see cref="SnapshotFolderRunner"/> writes) are not test-class snapshots and are skipped.
    /// </summary>
    public static ImmutableArray<string> FindDangling(string directory, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(assembly);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            types = [.. ex.Types.OfType<Type>()];
        }

        var methodsByClass = types
            .GroupBy(t => t.Name, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
                      .Select(m => m.Name).ToHashSet(StringComparer.Ordinal),
                StringComparer.Ordinal);
        var dangling = ImmutableArray.CreateBuilder<string>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.verified.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var input = file[..^".verified.txt".Length];
            if (File.Exists(input))
            {
                continue;
            }

            var stem = Path.GetFileName(input);
            var dot = stem.IndexOf('.', StringComparison.Ordinal);
            if (dot <= 0)
            {
                dangling.Add(file);
                continue;
            }

            var className = stem[..dot];
            var rest = stem[(dot + 1)..];
            var exists = methodsByClass.TryGetValue(className, out var methods) &&
                         methods.Any(m => rest == m || rest.StartsWith(m + "_", StringComparison.Ordinal));
            if (!exists)
            {
                dangling.Add(file);
            }
        }

        return dangling.ToImmutable();
    }

    /// <summary>As <see cref="FindDangling(string, Assembly)"/>, over the calling assembly.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ImmutableArray<string> FindDangling(string directory) => FindDangling(directory, Assembly.GetCallingAssembly());

    private static string ReplacePath(string text, string path, string replacement)
    {
        var trimmed = path.TrimEnd('/', '\\');
        if (trimmed.Length < 2)
        {
            return text;
        }

        text = text.Replace(trimmed, replacement, StringComparison.OrdinalIgnoreCase);
        var other = trimmed.Contains('\\', StringComparison.Ordinal) ? trimmed.Replace('\\', '/') : trimmed.Replace('/', '\\');
        return text.Replace(other, replacement, StringComparison.OrdinalIgnoreCase);
    }

    private static string SafeFileName(string text)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(invalid.Contains(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '-' : c);
        }

        return builder.ToString();
    }

    private static void DeleteIfExists(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IsoDate();
}
