using System.Threading.Channels;
using RulesSdk.Analyzers;
using RulesSdk.Cli.Formatting;
using RulesSdk.CodeFixes;
using RulesSdk.Configuration;
using RulesSdk.Diagnostics;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Cli.Jsonl;

/// <summary>
/// Streams JSON lines: reads one document per input line, analyses (or fixes) up to
/// <c>parallelism</c> documents at once and writes one result line per document in input order, each
/// as soon as it and every line before it are done. At most a bounded number of lines are in flight,
/// so memory does not grow with the input; a line is never held beyond <see cref="MaxLineBytes"/>.
/// A malformed line gives <c>{"line":n,"error":"…"}</c> and the run goes on.
/// </summary>
public sealed class JsonlRunner
{
    private const string DefaultPath = "<jsonl>";

    private readonly AnalyzerDriver _driver;
    private readonly FixAllRunner _fixer;
    private readonly DocRulesConfiguration _configuration;
    private readonly JsonlMode _mode;
    private readonly int _parallelism;
    private readonly ShardSpec _shard;
    private readonly DiagnosticSeverity _threshold;
    private readonly FixAllOptions _fixOptions;
    private readonly JsonlFieldMap _fields;
    private int _malformed;
    private int _overThreshold;

    public JsonlRunner(
        AnalyzerDriver driver,
        CodeFixService fixes,
        DocRulesConfiguration configuration,
        JsonlMode mode,
        int parallelism,
        ShardSpec shard,
        DiagnosticSeverity threshold,
        FixAllOptions? fixOptions = null,
        JsonlFieldMap? fields = null)
    {
        _driver = driver;
        _fixer = new FixAllRunner(driver, fixes);
        _configuration = configuration;
        _mode = mode;
        _parallelism = Math.Max(1, parallelism);
        _shard = shard;
        _threshold = threshold;
        _fixOptions = fixOptions ?? FixAllOptions.Default;
        _fields = fields ?? JsonlFieldMap.Default;
    }

    /// <summary>
    /// The longest input line read: six bytes per character of the largest document (the worst case of
    /// JSON escaping, <c>\uXXXX</c>) plus 1 MiB for the other fields. A longer line is skipped as it
    /// streams in and reported, so a line without end cannot exhaust memory.
    /// </summary>
    public long MaxLineBytes => checked((_configuration.MaxFileSizeBytes * 6) + (1 << 20));

    /// <summary>Lines that were not valid requests.</summary>
    public int MalformedLines => _malformed;

    /// <summary>Documents with a diagnostic at or above the threshold (check), or left with one after fixing (fix).</summary>
    public int DocumentsOverThreshold => _overThreshold;

    /// <summary>Runs to the end of <paramref name="input"/>; returns the exit code (2 when a line was malformed, else 1 or 0 by the threshold).</summary>
    public async Task<int> RunAsync(Stream input, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var pending = Channel.CreateBounded<Task<string>>(new BoundedChannelOptions(_parallelism * 2) { SingleReader = true, SingleWriter = true });
        using var gate = new SemaphoreSlim(_parallelism);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;
        var writer = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var result in pending.Reader.ReadAllAsync(token).ConfigureAwait(false))
                    {
                        await output.WriteLineAsync(await result.ConfigureAwait(false)).ConfigureAwait(false);
                        await output.FlushAsync(token).ConfigureAwait(false);
                    }
                }
                catch
                {
                    // Unblock the reader, which may wait for room in the channel.
                    await stop.CancelAsync().ConfigureAwait(false);
                    throw;
                }
            },
            CancellationToken.None);

        try
        {
            var lines = new JsonlLineReader(input, MaxLineBytes);
            long lineNumber = 0;
            while (await lines.ReadLineAsync(token).ConfigureAwait(false) is { } line)
            {
                lineNumber++;
                if (!_shard.Takes(lineNumber) || IsBlank(line))
                {
                    continue;
                }

                await gate.WaitAsync(token).ConfigureAwait(false);
                var number = lineNumber;
                var work = Task.Run(
                    async () =>
                    {
                        try
                        {
                            return await ProcessAsync(line, number, token).ConfigureAwait(false);
                        }
                        finally
                        {
                            gate.Release();
                        }
                    },
                    CancellationToken.None);
                await pending.Writer.WriteAsync(work, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The writer failed first; its exception is the one to report.
        }
        finally
        {
            pending.Writer.TryComplete();
        }

        await writer.ConfigureAwait(false);
        if (_malformed > 0)
        {
            return ExitCodes.BadInput;
        }

        return _overThreshold > 0 ? ExitCodes.DiagnosticsFound : ExitCodes.Success;
    }

    private static bool IsBlank(JsonlLine line) =>
        line.Utf8 is { } bytes && bytes.AsSpan().IndexOfAnyExcept((byte)' ', (byte)'\t', (byte)'\r') < 0;

    private async Task<string> ProcessAsync(JsonlLine line, long lineNumber, CancellationToken cancellationToken)
    {
        if (line.Utf8 is not { } bytes)
        {
            return Error(lineNumber, $"the line is longer than {MaxLineBytes:N0} bytes (six times the {_configuration.MaxFileSizeBytes:N0}-byte document limit, plus 1 MiB); skipped unread");
        }

        using var request = JsonlRequest.Parse(bytes, _fields, out var error);
        if (request is null)
        {
            return Error(lineNumber, error);
        }

        if (JsonlPassThrough.FindClash(request.Source.RootElement, _fields, _mode) is { } clash)
        {
            return Error(lineNumber, $"the input field \"{clash}\" has the name of a result field; rename it, or map the id with --id-field");
        }

        if (request.Text.Length > _configuration.MaxFileSizeBytes)
        {
            return Error(lineNumber, $"\"{_fields.TextField}\" has {request.Text.Length:N0} characters, over the {_configuration.MaxFileSizeBytes:N0}-byte limit");
        }

        var path = string.IsNullOrEmpty(request.Path) ? DefaultPath : request.Path;
        var document = new TextDocument(
            DocumentId.FromPath(path),
            path,
            SourceText.From(request.Text),
            declaredLanguage: request.Language ?? _configuration.GetLanguage(path),
            options: _configuration.GetOptions(path));

        return _mode == JsonlMode.Check
            ? Check(request, document, cancellationToken)
            : await FixAsync(request, document, cancellationToken).ConfigureAwait(false);
    }

    private string Check(JsonlRequest request, TextDocument document, CancellationToken cancellationToken)
    {
        var diagnostics = _driver.AnalyzeDocument(document, cancellationToken).Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();
        if (diagnostics.Any(d => d.Severity >= _threshold))
        {
            Interlocked.Increment(ref _overThreshold);
        }

        return JsonOutput.Write(JsonOutput.Compact, json =>
        {
            json.WriteStartObject();
            json.WritePropertyName("id");
            json.WriteRawValue(request.RawId);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in diagnostics)
            {
                var location = diagnostic.Location;
                json.WriteStartObject();
                json.WriteString("id", diagnostic.Id);
                json.WriteString("severity", Diagnostic.SeverityText(diagnostic.Severity));
                json.WriteString("message", diagnostic.GetMessage());
                json.WriteNumber("line", location.LineSpan.Start.Line + 1);
                json.WriteNumber("column", location.LineSpan.Start.Character + 1);
                json.WriteNumber("offset", location.SourceSpan.Start);
                json.WriteNumber("length", location.SourceSpan.Length);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            JsonlPassThrough.Write(json, request.Source.RootElement, _fields, replacementText: null);
            json.WriteEndObject();
        });
    }

    private async Task<string> FixAsync(JsonlRequest request, TextDocument document, CancellationToken cancellationToken)
    {
        var result = await _fixer.FixDocumentAsync(document, _fixOptions, cancellationToken).ConfigureAwait(false);
        if (result.RemainingDiagnostics.Any(d => d.Severity != DiagnosticSeverity.Hidden && d.Severity >= _threshold))
        {
            Interlocked.Increment(ref _overThreshold);
        }

        return JsonOutput.Write(JsonOutput.Compact, json =>
        {
            json.WriteStartObject();
            json.WritePropertyName("id");
            json.WriteRawValue(request.RawId);
            JsonlPassThrough.Write(json, request.Source.RootElement, _fields, result.FixedText.ToString());
            json.WriteNumber("fixes", result.Applied.Length);
            json.WriteEndObject();
        });
    }

    private string Error(long lineNumber, string message)
    {
        Interlocked.Increment(ref _malformed);
        return JsonOutput.Write(JsonOutput.Compact, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("line", lineNumber);
            json.WriteString("error", message);
            json.WriteEndObject();
        });
    }
}
