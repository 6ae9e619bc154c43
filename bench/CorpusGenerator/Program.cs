using System.Globalization;
using System.Text;
using System.Text.Json;
using RulesSdk.Bench.CorpusGenerator;

// corpusgen [--out DIR] [--sizes 1,10,50] [--seed N] [--file-bytes 5000] [--force]
//
// Writes, for each size S (in MB of 10^6 bytes):
//   DIR/S mb/files/BBB/NNNNNN-LL.txt   articles of about --file-bytes each, French or English
//   DIR/S mb/single/corpus.txt         the same articles, concatenated (blank line between)
//   DIR/S mb/manifest.json             seed, sizes, file count, artifact counts
// The output is a pure function of the seed, the sizes and the generator's version: a folder
// whose manifest already matches is left as it is (use --force to rewrite).
const int GeneratorVersion = 1;

var outDir = Path.Combine("bench", "out", "corpus");
var sizes = new List<int> { 1, 10, 50 };
ulong seed = 20240531;
var fileBytes = 5000;
var force = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--out":
            outDir = args[++i];
            break;
        case "--sizes":
            sizes = [.. args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
            break;
        case "--seed":
            seed = ulong.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--file-bytes":
            fileBytes = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--force":
            force = true;
            break;
        case "-h" or "--help":
            Console.WriteLine("corpusgen [--out DIR] [--sizes 1,10,50] [--seed N] [--file-bytes 5000] [--force]");
            return 0;
        default:
            Console.Error.WriteLine($"corpusgen: unknown argument '{args[i]}'");
            return 2;
    }
}

var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
foreach (var size in sizes)
{
    var dir = Path.Combine(outDir, $"{size}mb");
    var manifestPath = Path.Combine(dir, "manifest.json");
    var key = $"v{GeneratorVersion} seed={seed} size={size} fileBytes={fileBytes}";
    if (!force && File.Exists(manifestPath) && JsonDocument.Parse(File.ReadAllText(manifestPath)).RootElement.GetProperty("key").GetString() == key)
    {
        Console.WriteLine($"{dir}: up to date");
        continue;
    }

    if (Directory.Exists(dir))
    {
        Directory.Delete(dir, recursive: true);
    }

    var filesDir = Path.Combine(dir, "files");
    var singleDir = Path.Combine(dir, "single");
    Directory.CreateDirectory(filesDir);
    Directory.CreateDirectory(singleDir);

    // Every size starts from the same seed: the 1 MB corpus is a prefix of the 10 MB one.
    var random = new SplitMix64(seed);
    var writer = new ArticleWriter(random, new ArtifactRates());
    var target = (long)size * 1_000_000;
    long written = 0;
    var count = 0;
    var languages = new Dictionary<string, int>(StringComparer.Ordinal);
    using (var single = new FileStream(Path.Combine(singleDir, "corpus.txt"), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
    {
        while (written < target)
        {
            var vocabulary = random.Chance(0.5) ? Vocabulary.French : Vocabulary.English;
            var article = writer.Write(vocabulary, fileBytes);
            var bytes = utf8.GetBytes(article);
            var batch = Path.Combine(filesDir, (count / 1000).ToString("000", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(batch);
            File.WriteAllBytes(Path.Combine(batch, $"{count:000000}-{vocabulary.Language}.txt"), bytes);
            if (count > 0)
            {
                single.WriteByte((byte)'\n');
                written++;
            }

            single.Write(bytes);
            written += bytes.Length;
            languages[vocabulary.Language] = languages.GetValueOrDefault(vocabulary.Language) + 1;
            count++;
        }
    }

    var manifest = new Dictionary<string, object>
    {
        ["key"] = key,
        ["seed"] = seed,
        ["targetBytes"] = target,
        ["singleFileBytes"] = written,
        ["files"] = count,
        ["languages"] = languages,
        ["artifacts"] = writer.ArtifactCounts.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value),
    };
    File.WriteAllText(manifestPath, JsonSerializer.Serialize(manifest, new JsonSerializerOptions { WriteIndented = true }));
    Console.WriteLine($"{dir}: {count} files, {written:N0} bytes");
}

return 0;
