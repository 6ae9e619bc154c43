using System.Text;
using BenchmarkDotNet.Attributes;
using RulesSdk.Text;

namespace RulesSdk.Benchmarks;

/// <summary>Decoding stored bytes and building the line map, against a bare UTF-8 decode.</summary>
[MemoryDiagnoser]
public class SourceTextBenchmarks
{
    private byte[] _bytes = [];

    [Params("article-5KB", "single-1MB")]
    public string Input { get; set; } = "article-5KB";

    [GlobalSetup]
    public void Setup() =>
        _bytes = Input == "article-5KB" ? BenchEnvironment.LoadFiles(1)[0].Bytes : BenchEnvironment.LoadSingle(1).Bytes;

    [Benchmark(Baseline = true, Description = "Encoding.UTF8.GetString (floor)")]
    public int Utf8GetString() => Encoding.UTF8.GetString(_bytes).Length;

    [Benchmark(Description = "SourceText.Decode")]
    public int Decode() => SourceText.Decode(_bytes).Length;

    [Benchmark(Description = "SourceText.Decode + Lines")]
    public int DecodeAndLines() => SourceText.Decode(_bytes).Lines.Count;

    [Benchmark(Description = "Decode + Lines + 1000 GetLinePosition")]
    public int LineLookups()
    {
        var text = SourceText.Decode(_bytes);
        var lines = text.Lines;
        var sum = 0;
        var step = Math.Max(1, text.Length / 1000);
        for (var position = 0; position < text.Length; position += step)
        {
            sum += lines.GetLinePosition(position).Line;
        }

        return sum;
    }
}
