using BenchmarkDotNet.Attributes;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Benchmarks;

/// <summary>
/// The markup layer, stage by stage: blocks (and the prose mask and language), then sentences,
/// quotation regions and tokens of every block. Each benchmark builds from a fresh SourceText.
/// </summary>
[MemoryDiagnoser]
public class DocumentSyntaxBenchmarks
{
    private string _text = string.Empty;

    [Params("article-5KB", "single-1MB")]
    public string Input { get; set; } = "article-5KB";

    [Params(DocumentKind.PlainText, DocumentKind.Markdown)]
    public DocumentKind Kind { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var bytes = Input == "article-5KB" ? BenchEnvironment.LoadFiles(1)[0].Bytes : BenchEnvironment.LoadSingle(1).Bytes;
        _text = SourceText.Decode(bytes).ToString();
    }

    private DocumentSyntax Create() => DocumentSyntax.Create(SourceText.From(_text), Kind);

    [Benchmark(Baseline = true, Description = "blocks (+ prose mask, language)")]
    public int Blocks() => Create().Blocks.Length;

    [Benchmark(Description = "blocks + sentences")]
    public int Sentences()
    {
        var count = 0;
        foreach (var block in Create().Blocks)
        {
            count += block.Sentences.Length;
        }

        return count;
    }

    [Benchmark(Description = "blocks + quotes")]
    public int Quotes()
    {
        var count = 0;
        foreach (var block in Create().Blocks)
        {
            count += block.Quotes.Length;
        }

        return count;
    }

    [Benchmark(Description = "blocks + sentences + quotes + tokens")]
    public int Tokens()
    {
        var count = 0;
        foreach (var block in Create().Blocks)
        {
            foreach (var sentence in block.Sentences)
            {
                count += sentence.Tokens.Length;
            }
        }

        return count;
    }
}
