using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text.Unicode;

// floor PATH... [--literals FILE] [--parallelism N]
//
// The least any linter must do: read every file, decode it from UTF-8 and scan it once for the
// built-in packs' literals (one vectorised SearchValues<string> scan, ignoring case). Nothing is
// parsed and nothing is reported. bench/compare.sh divides docrules' throughput by this one.
var paths = new List<string>();
var literalsPath = Path.Combine(AppContext.BaseDirectory, "literals.txt");
var parallelism = Environment.ProcessorCount;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--literals":
            literalsPath = args[++i];
            break;
        case "--parallelism":
            parallelism = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        default:
            paths.Add(args[i]);
            break;
    }
}

if (paths.Count == 0)
{
    Console.Error.WriteLine("floor PATH... [--literals FILE] [--parallelism N]");
    return 2;
}

var literals = File.ReadAllLines(literalsPath)
    .Where(l => l.Length > 0 && !l.StartsWith("# ", StringComparison.Ordinal)) // literals keep their spaces
    .Distinct(StringComparer.OrdinalIgnoreCase)
    .ToArray();
var values = SearchValues.Create(literals, StringComparison.OrdinalIgnoreCase);

var stopwatch = Stopwatch.StartNew();
var files = paths.SelectMany(p => Directory.Exists(p)
        ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
        : [p])
    .Order(StringComparer.Ordinal)
    .ToArray();

long bytesTotal = 0;
long hitsTotal = 0;
Parallel.ForEach(
    files,
    new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) },
    () => (Bytes: 0L, Hits: 0L),
    (file, loopState, local) =>
    {
        var bytes = File.ReadAllBytes(file);
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            if (Utf8.ToUtf16(bytes, chars, out var bytesRead, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                throw new InvalidDataException($"{file}: not UTF-8");
            }

            // A string, as a linter would hold the document; then one pass over it.
            var text = new string(chars, 0, written);
            var span = text.AsSpan();
            long hits = 0;
            while (true)
            {
                var index = span.IndexOfAny(values);
                if (index < 0)
                {
                    break;
                }

                hits++;
                span = span[(index + 1)..];
            }

            return (local.Bytes + bytes.Length, local.Hits + hits);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    },
    local =>
    {
        Interlocked.Add(ref bytesTotal, local.Bytes);
        Interlocked.Add(ref hitsTotal, local.Hits);
    });

stopwatch.Stop();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"floor: {files.Length} files, {bytesTotal} bytes, {literals.Length} literals, {hitsTotal} literal hits, {stopwatch.Elapsed.TotalMilliseconds:F1} ms, {bytesTotal / 1e6 / stopwatch.Elapsed.TotalSeconds:F1} MB/s"));
return 0;
